package dev.copydesk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.copydesk.core.model.Format;
import dev.copydesk.core.rule.Finding;
import dev.copydesk.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnsourcedClaimRuleTest {

  private final RuleTester tester = RuleTester.forRule(new UnsourcedClaimRule());

  private static final String TITLE = "Summit plans\n\n";

  @Test
  void flagsUnnamedGroupsThatClaim() {
    tester.assertFlags(Format.TEXT, TITLE + "«Experts speculate» that the visit was about a summit. The talks ended.\n");
    tester.assertFlags(Format.TEXT, TITLE + "«Some say» the plan will fail. The vote is next week.\n");
    tester.assertFlags(Format.TEXT, TITLE + "«Many analysts have long argued» that rates will rise. The bank meets today.\n");
    tester.assertFlags(Format.TEXT, TITLE + "Rates will rise, «say analysts». The bank meets today.\n");
    tester.assertFlags(Format.TEXT, TITLE + "«Archaeologists speculate» that the site was a temple. It is large.\n");
    tester.assertFlags(Format.TEXT, TITLE + "«Historians speculate» that the fort was older. It is large.\n");
    tester.assertFlags(Format.TEXT, TITLE + "For years «many people had speculated» that the fort was older. It is large.\n");
    // Read from its ending from seven letters up: "jurists" is a profession, "Asians" too short to say.
    tester.assertFlags(Format.TEXT, TITLE + "The law is unclear, «jurists argue». It is old.\n");
    tester.assertClean(Format.TEXT, TITLE + "The law is unclear, lyrics argue. It is old.\n");
    tester.assertClean(Format.TEXT, TITLE + "The law is unclear, Asians argue. It is old.\n");
  }

  @Test
  void flagsImpersonalClaims() {
    tester.assertFlags(Format.TEXT, TITLE + "«There are also concerns that» the deal will collapse. Talks go on.\n");
    tester.assertFlags(Format.TEXT, TITLE + "«It is widely thought» the minister will resign. Talks go on.\n");
    tester.assertFlags(Format.TEXT, TITLE + "The firm «is said to» be close to a deal. Talks go on.\n");
    tester.assertFlags(Format.TEXT, TITLE + "The deal will close soon, «according to reports». Talks go on.\n");
  }

  @Test
  void leavesNamedOrDefiniteGroupsAlone() {
    tester.assertClean(Format.TEXT, TITLE + "Analysts at Capital Economics said rates would rise.\n");
    // "Others" in a named speaker's company.
    tester.assertClean(Format.TEXT, TITLE + "Sen. Lindsey Graham, R-South Carolina, and others have suggested a delay.\n");
    tester.assertClean(Format.TEXT, TITLE + "Smith and others say the plan will fail.\n");
    tester.assertFlags(Format.TEXT, TITLE + "Critics and «others say» the plan will fail. The vote is next week.\n");
    tester.assertFlags(Format.TEXT, TITLE + "Parents and «others say» the plan will fail. The vote is next week.\n");
    // After a qualifier, the verb agrees with the plural group: a noun ending in -s is not its verb.
    tester.assertClean(Format.TEXT, TITLE + "The paper spoke to a number of analysts on Monday about shareholder worries.\n");
    tester.assertFlags(Format.TEXT, TITLE + "«Analysts on the trading floor say» rates will rise. The bank meets today.\n");
    tester.assertClean(Format.TEXT, TITLE + "Goldman Sachs analysts said rates would rise.\n");
    tester.assertClean(Format.TEXT, TITLE + "The analysts said rates would rise.\n");
    tester.assertClean(Format.TEXT, TITLE + "Some 300 people said they would attend.\n");
  }

  @Test
  void leavesClaimsSourcedInTheSameOrNextSentenceAlone() {
    tester.assertClean(
        Format.TEXT, TITLE + "Analysts said the figures were weak. \"This is a disappointing set of numbers,\" said Jane Smith.\n");
    tester.assertClean(
        Format.TEXT, TITLE + "Critics say the plan is flawed. Jane Smith, an economist at ING, said it would cost jobs.\n");
    tester.assertClean(Format.TEXT, TITLE + "There are concerns that the deal will collapse, according to the Financial Times.\n");
    tester.assertClean(Format.TEXT, TITLE + "Experts believe the virus spreads by air.\n\nProfessor Ann Lee said the evidence was strong.\n");
  }

  @Test
  void aNameThatOpensTheReportedClauseDoesNotSourceTheClaim() {
    tester.assertFlags(
        Format.TEXT,
        TITLE + "«Commentators claim» shoppers cut back. «Analysts said» Wal-Mart faced a stand-off with shoppers.\n");
  }

  @Test
  void leavesOrdinaryUsesOfTheWordsAlone() {
    tester.assertClean(Format.TEXT, TITLE + "Many people attended the concert. Some stayed late.\n");
    tester.assertClean(Format.TEXT, TITLE + "The research note was published on Monday.\n");
    tester.assertClean(Format.TEXT, TITLE + "She said the reports were accurate.\n");
  }

  @Test
  void aNounAfterAQuantifierIsNoClaim() {
    // A quantifier takes a plural verb: "many questions" is a noun, "many question" a claim.
    tester.assertClean(Format.TEXT, TITLE + "There are many questions about her health. I am no expert.\n");
    tester.assertClean(Format.TEXT, TITLE + "The memo raises as many questions for Comey as it does for Trump.\n");
    tester.assertClean(Format.TEXT, TITLE + "Some claims in the report were later withdrawn.\n");
    // "to say" right after the noun is what the things are for, not what anyone says.
    tester.assertClean(Format.TEXT, TITLE + "The voters have some newsworthy things to say about the plan.\n");
    tester.assertClean(Format.TEXT, TITLE + "Many experts to watch this year are young.\n");
    tester.assertClean(Format.TEXT, TITLE + "Worries about crime have prompted many employers to consider cameras.\n");
    tester.assertFlags(Format.TEXT, TITLE + "The note leads «many to believe» he has gone. The police are searching.\n");
    tester.assertFlags(Format.TEXT, TITLE + "«Many experts continue to say» the plan will fail. The vote is next week.\n");
    List<Finding> reports = tester.assertFlags(Format.TEXT, TITLE + "«Some reports say» the plan will fail. The vote is next week.\n");
    assertEquals("\u201CSome reports say\u201D does not say which: name the source, quote it or link it.", reports.get(0).message());
    List<Finding> many = tester.assertFlags(Format.TEXT, TITLE + "«Many question» the cost of the plan. The vote is next week.\n");
    assertEquals("\u201CMany question\u201D does not say who: name who questions, quote them or link the source.", many.get(0).message());
  }

  @Test
  void aGroupEndsAtTheMarkBeforeIt() {
    List<Finding> found =
        tester.assertFlags(Format.TEXT, TITLE + "For many years, «scientists have suspected» there is water. The probe will tell.\n");
    assertEquals("\u201Cscientists have suspected\u201D does not say who: name who suspects, quote them or link the source.",
        found.get(0).message());
    tester.assertFlags(Format.TEXT, TITLE + "«Many well-known experts say» the plan will fail. The vote is next week.\n");
    // Across the comma, the earlier clause's words say nothing of the group.
    tester.assertFlags(Format.TEXT, TITLE + "Growth will slow in December, «analysts said». The bank meets today.\n");
    tester.assertClean(Format.TEXT, TITLE + "At the meeting, researchers showed off robots that walk.\n");
  }

  @Test
  void aQuotationAnUnnamedGroupIsSaidToSaySourcesNothing() {
    List<Finding> found =
        tester.assertFlags(Format.TEXT, TITLE + "\"Rates will rise this year,\" «said analysts». The bank meets today.\n");
    assertEquals("\u201Csaid analysts\u201D does not say who: name who says so: a quotation from no one in particular"
        + " sources nothing.", found.get(0).message());
    tester.assertFlags(Format.TEXT, TITLE + "\u201CRates will rise,\u201D «analysts said». The bank meets today.\n");
    // A named speaker's quotation, a quantifier inside it, and a group noun in a speaker's title.
    tester.assertClean(Format.TEXT, TITLE + "\"Rates will rise for some people,\" said Mr Smith. The bank meets today.\n");
    tester.assertClean(Format.TEXT, TITLE + "\"Rates will rise,\" said research fellow Diane Carr. The bank meets today.\n");
    tester.assertClean(Format.TEXT, TITLE + "Many are turning away from TV, say analysts Jupiter Research. It is a survey.\n");
    // A verb of believing is no speaker's: the quotation may be someone else's.
    tester.assertClean(Format.TEXT, TITLE + "Experts suspect, as the minister put it, that \"the plan will fail before the summer is out\". The bank meets today.\n");
  }

  @Test
  void aVerbBeforeTheGroupClaimsOnlyWhenItOpensItsClause() {
    tester.assertFlags(Format.TEXT, TITLE + "Rates will rise \u2013 «said analysts». The bank meets today.\n");
    tester.assertFlags(Format.TEXT, TITLE + "«Say some experts»: the plan will fail. The vote is next week.\n");
    tester.assertClean(
        Format.TEXT, TITLE + "Under the policy, police officers stop and question pedestrians regardless of suspicion.\n");
  }
}
