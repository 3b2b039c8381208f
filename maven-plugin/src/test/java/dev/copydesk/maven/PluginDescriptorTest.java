package dev.copydesk.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads the generated plugin descriptor: every goal is thread-safe, and every parameter a user can set
 * is documented and bound to a {@code copydesk.*} property (parameters inherited from
 * maven-reporting-impl keep their own names).
 */
class PluginDescriptorTest {

  private static final Set<String> FROM_REPORTING_IMPL =
      Set.of("outputDirectory", "siteDirectory", "locale", "outputTimestamp", "outputFormat", "inputEncoding", "outputEncoding");

  private static Document descriptor() throws Exception {
    try (InputStream in = PluginDescriptorTest.class.getResourceAsStream("/META-INF/maven/plugin.xml")) {
      return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
    }
  }

  private static String child(Element e, String name) {
    NodeList l = e.getElementsByTagName(name);
    return l.getLength() == 0 ? "" : l.item(0).getTextContent().strip();
  }

  @Test
  void everyGoalIsThreadSafeAndEveryParameterDocumentedAndBound() throws Exception {
    Document doc = descriptor();
    NodeList mojos = doc.getElementsByTagName("mojo");
    List<String> goals = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < mojos.getLength(); i++) {
      Element mojo = (Element) mojos.item(i);
      String goal = child(mojo, "goal");
      goals.add(goal);
      if (!"true".equals(child(mojo, "threadSafe"))) {
        problems.add(goal + " is not thread-safe");
      }
      if (goal.equals("help")) {
        continue;
      }
      Element parameters = (Element) mojo.getElementsByTagName("parameters").item(0);
      NodeList ps = parameters.getElementsByTagName("parameter");
      Element configuration = (Element) mojo.getElementsByTagName("configuration").item(0);
      for (int j = 0; j < ps.getLength(); j++) {
        Element p = (Element) ps.item(j);
        String name = child(p, "name");
        if (!"true".equals(child(p, "editable")) || FROM_REPORTING_IMPL.contains(name)) {
          continue;
        }
        if (child(p, "description").isEmpty()) {
          problems.add(goal + "." + name + " has no description");
        }
        NodeList conf = configuration.getElementsByTagName(name);
        String expression = conf.getLength() == 0 ? "" : conf.item(0).getTextContent();
        if (!expression.startsWith("${copydesk.")) {
          problems.add(goal + "." + name + " is not bound to a copydesk.* property (" + expression + ")");
        }
      }
    }
    assertEquals(List.of("baseline", "check", "fix", "help", "report", "rules"), goals.stream().sorted().toList());
    assertEquals(List.of(), problems);
  }

  @Test
  void checkRunsInVerify() throws Exception {
    NodeList mojos = descriptor().getElementsByTagName("mojo");
    for (int i = 0; i < mojos.getLength(); i++) {
      Element mojo = (Element) mojos.item(i);
      if (child(mojo, "goal").equals("check")) {
        assertEquals("verify", child(mojo, "phase"));
        return;
      }
    }
    assertTrue(false, "no check goal");
  }

  @Test
  void fixIsBoundToNoPhase() throws Exception {
    NodeList mojos = descriptor().getElementsByTagName("mojo");
    for (int i = 0; i < mojos.getLength(); i++) {
      Element mojo = (Element) mojos.item(i);
      if (child(mojo, "goal").equals("fix")) {
        assertEquals("", child(mojo, "phase"), "the goal that writes to content runs only when asked for");
        return;
      }
    }
    assertTrue(false, "no fix goal");
  }
}
