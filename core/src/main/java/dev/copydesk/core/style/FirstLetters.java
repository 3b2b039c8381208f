package dev.copydesk.core.style;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Which letters and digits can come first in a match of a regular expression: the first character of
 * the match that is a letter ({@code \p{L}}) or a decimal digit ({@code \p{Nd}}), whatever punctuation
 * or space precedes it in the match. For an expression that must match at the start of a text, a text
 * whose first letter or digit is not among them cannot match, and RE2 need not be asked: each RE2/J
 * call costs a few hundred nanoseconds however soon it fails, and most units a style check judges
 * start with a word none of its shape patterns can start with.
 *
 * <p>Read from RE2 syntax by a small parser that understands literals, escapes, character classes
 * (ranges, negation, {@code \d \w \s}, {@code \p{L}}-style general categories), groups, alternation,
 * repetition and empty-width assertions; for anything else (inline flags, scripts, {@code \Q…\E}) and
 * for an expression that can match without any letter or digit, {@link #of} gives {@code null}: no
 * filter. It errs towards letting a text through, never towards turning a match away; letters and
 * digits outside ASCII, whose classes and cases depend on the Unicode version of each library's
 * tables, are always let through to RE2.
 *
 * <p>Immutable and thread-safe.
 */
final class FirstLetters {

  /**
   * The characters outside ASCII that {@link RequiredText#norm} maps onto an ASCII letter: the dotted
   * capital I, the dotless i, the long s and the Kelvin sign (checked against every character by a test).
   */
  static final char[] ASCII_CASE_VARIANTS = {'\u0130', '\u0131', '\u017F', '\u212A'};

  /** A class of more ASCII letters and digits than this gives no leads. */
  private static final int MAX_CLASS_LEADS = 36;
  /** More leads than this: none are kept. */
  private static final int MAX_LEADS = 64;
  /** Leads are lengthened up to about this many characters. */
  private static final int MAX_LEAD_LENGTH = 16;

  // ASCII letters and digits that may come first.
  private final boolean[] ascii;
  // Whether a letter or digit outside ASCII may come first.
  private final boolean other;
  // By their first character: strings (case-normalized, see RequiredText#norm) one of which every match
  // starts with at its first ASCII letter or digit ("one ", "two ", "comment", "view"), or null when
  // they are not known. Most texts that pass the first letter ("The council..." for "two comments")
  // fail here, after a character or two, where the patterns' required strings would be looked for in
  // the whole text.
  private final String @Nullable [] @Nullable [] leads;

  private FirstLetters(boolean[] ascii, boolean other, @Nullable List<String> leads) {
    this.ascii = ascii;
    this.other = other;
    this.leads = leads == null ? null : byFirst(leads);
  }

  private static String[][] byFirst(List<String> leads) {
    String[][] out = new String[128][];
    for (String lead : leads) {
      char c = lead.charAt(0); // an ASCII letter or digit: leads start with one (see Node#lead)
      String[] was = out[c];
      String[] now = was == null ? new String[1] : java.util.Arrays.copyOf(was, was.length + 1);
      now[now.length - 1] = lead;
      out[c] = now;
    }
    return out;
  }

  /**
   * The first letters and digits of {@code regex}'s matches ({@code ignoreCase}: as RE2 matches it
   * case-insensitively), or {@code null} when they cannot be told or a match may have none.
   */
  static @Nullable FirstLetters of(String regex, boolean ignoreCase) {
    Node n;
    try {
      Parser p = new Parser(regex);
      n = p.alternation();
      if (p.pos != regex.length()) {
        return null;
      }
    } catch (Unsupported e) {
      return null;
    }
    if (n.bare) {
      return null;
    }
    boolean[] ascii = n.first.clone();
    boolean other = n.firstOther;
    List<String> leads = n.lead == null || n.lead.isEmpty() ? null : n.lead;
    if (ignoreCase) {
      for (char c = 'a'; c <= 'z'; c++) {
        char u = Character.toUpperCase(c);
        boolean either = ascii[c] || ascii[u];
        ascii[c] = either;
        ascii[u] = either;
      }
      // Case folding reaches outside ASCII too (K and the Kelvin sign).
      other = true;
    }
    return new FirstLetters(ascii, other, leads);
  }

  /**
   * Strings one of which every match of {@code regex} contains, case-normalized with {@link
   * RequiredText#norm} (which is how {@link RequiredText#mayMatch} compares them, so that they serve
   * case-insensitive patterns too), or {@code null} when none is known.
   */
  static @Nullable List<String> requiredLiterals(String regex) {
    try {
      Parser p = new Parser(regex);
      Node n = p.alternation();
      return p.pos == regex.length() ? n.requiredOrExact() : null;
    } catch (Unsupported e) {
      return null;
    }
  }

  /** The joint filter of several expressions, any of which may match: {@code null} if any is. */
  static @Nullable FirstLetters union(Iterable<@Nullable FirstLetters> all) {
    boolean[] ascii = new boolean[128];
    boolean other = false;
    boolean any = false;
    List<String> leads = new ArrayList<>();
    for (FirstLetters f : all) {
      if (f == null) {
        return null;
      }
      any = true;
      for (int c = 0; c < 128; c++) {
        ascii[c] |= f.ascii[c];
      }
      other |= f.other;
      if (leads != null && f.leads != null) {
        for (String[] starting : f.leads) {
          if (starting != null) {
            for (String lead : starting) {
              if (!leads.contains(lead)) {
                leads.add(lead);
              }
            }
          }
        }
      } else {
        leads = null;
      }
    }
    return any ? new FirstLetters(ascii, other, leads) : null;
  }

  /**
   * Whether this filter lets through a text that starts with any ASCII letter, in either case: then it
   * turns away next to nothing, and a text it lets through is read whole for the patterns' required
   * strings (see {@link TermSet#wholeTextStrings}).
   */
  boolean acceptsEveryLetter() {
    for (char c = 'a'; c <= 'z'; c++) {
      if (!ascii[c] || !ascii[Character.toUpperCase(c)] || leads != null && !hasLetterAlone(leads[c])) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code starting} (leads that start alike) holds a lead of one character, which any text passes. */
  private static boolean hasLetterAlone(String @Nullable [] starting) {
    if (starting != null) {
      for (String lead : starting) {
        if (lead.length() == 1) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a match starting at offset 0 of {@code text} is possible as far as its first letter or
   * digit tells; false for a text with none.
   */
  boolean mayMatchAtStart(String text) {
    boolean allAscii = true; // so far
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (isAlnum(cp)) {
        if (cp >= 128) {
          return other;
        }
        // The leads are read from the first ASCII letter or digit of a match: only when nothing outside
        // ASCII comes before it is that surely this one (RE2's tables may call such a character a letter).
        return ascii[cp] && (leads == null || !allAscii || leadsAt(text, i));
      }
      if (Character.getType(cp) == Character.UNASSIGNED) {
        // Java's Unicode tables and RE2/J's are of different versions: a character one of them does
        // not know may be a letter to the other. Let RE2 decide.
        return true;
      }
      allAscii &= cp < 128;
      i += Character.charCount(cp);
    }
    return false;
  }

  /** Whether one of the leads is at {@code text[at]}, compared after {@link RequiredText#norm}. */
  private boolean leadsAt(String text, int at) {
    String[] starting = leads[RequiredText.norm(text.charAt(at))];
    if (starting == null) {
      return false;
    }
    for (String lead : starting) {
      if (at + lead.length() <= text.length() && startsAt(text, at, lead)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsAt(String text, int at, String lead) {
    for (int k = 1; k < lead.length(); k++) {
      if (RequiredText.norm(text.charAt(at + k)) != lead.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  static boolean isAlnum(int cp) {
    return Character.isLetter(cp) || Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER;
  }

  /** What a piece of an expression can match, as far as first letters go. */
  private static final class Node {
    // The ASCII letters and digits that can be the first letter or digit of a string it matches.
    final boolean[] first = new boolean[128];
    // Whether one outside ASCII can.
    boolean firstOther;
    // Whether it can match a string with no letter or digit at all (the empty string included).
    boolean bare;
    // The one string it matches (case-normalized, see RequiredText#norm), or null.
    @Nullable String exact;
    // Strings one of which every match contains (case-normalized), or null if none is known.
    @Nullable List<String> required;
    // Whether no match holds an ASCII letter or digit (punctuation, white space, empty-width assertions).
    boolean skippable;
    // Whether some match holds no ASCII letter or digit (the empty string included).
    boolean mayLackAscii;
    // Strings (case-normalized, each starting with an ASCII letter or digit) one of which every match
    // that holds an ASCII letter or digit starts with at the first of them; empty when no match holds
    // one, null when they are not known.
    @Nullable List<String> lead = List.of();
    // Whether such a match, from its first ASCII letter or digit to its end, is exactly one of lead: what
    // follows it in a sequence can then lengthen the leads.
    boolean leadComplete = true;

    static Node empty() {
      Node n = new Node();
      n.bare = true;
      n.exact = "";
      n.skippable = true;
      n.mayLackAscii = true;
      return n;
    }

    @Nullable List<String> requiredOrExact() {
      if (exact != null) {
        return exact.isEmpty() ? null : List.of(exact);
      }
      return required;
    }

    void addFirsts(Node o) {
      for (int c = 0; c < 128; c++) {
        first[c] |= o.first[c];
      }
      firstOther |= o.firstOther;
    }
  }

  /** A set of characters: its ASCII members, and what it may hold outside ASCII. */
  private static final class CharSet {
    final boolean[] ascii = new boolean[128];
    boolean otherAlnum;
    boolean otherNonAlnum;

    void add(CharSet o) {
      for (int c = 0; c < 128; c++) {
        ascii[c] |= o.ascii[c];
      }
      otherAlnum |= o.otherAlnum;
      otherNonAlnum |= o.otherNonAlnum;
    }

    void addChar(int cp) {
      if (cp < 128) {
        ascii[cp] = true;
      } else if (isAlnum(cp)) {
        otherAlnum = true;
        addAsciiCaseOf(cp);
      } else {
        otherNonAlnum = true;
      }
    }

    /**
     * The ASCII letter a character outside ASCII is a case variant of (the Kelvin sign of k, the long s
     * of s), which a pattern that ignores case matches with it: "\u212Aelvin" matches "kelvin".
     */
    void addAsciiCaseOf(int cp) {
      for (char c : ASCII_CASE_VARIANTS) {
        if (cp == c) {
          ascii[RequiredText.norm(c)] = true;
        }
      }
    }

    CharSet complement() {
      CharSet c = new CharSet();
      for (int i = 0; i < 128; i++) {
        c.ascii[i] = !ascii[i];
      }
      // Even the complement of every letter and digit may hold characters outside ASCII that Java's
      // tables call letters and RE2/J's, of another Unicode version, do not.
      c.otherAlnum = true;
      c.otherNonAlnum = true;
      return c;
    }

    Node node() {
      Node n = new Node();
      List<String> lead = new ArrayList<>();
      for (int c = 0; c < 128; c++) {
        if (ascii[c]) {
          if (isAlnum(c)) {
            n.first[c] = true;
            String l = String.valueOf(RequiredText.norm((char) c));
            if (!lead.contains(l)) {
              lead.add(l);
            }
          } else {
            n.bare = true;
          }
        }
      }
      n.firstOther = otherAlnum;
      n.bare |= otherNonAlnum;
      n.skippable = lead.isEmpty();
      n.mayLackAscii = n.skippable || n.bare || otherAlnum;
      // A class of many letters (\w, \p{L}) leads with anything: no leads.
      n.lead = lead.size() <= MAX_CLASS_LEADS ? List.copyOf(lead) : null;
      return n;
    }
  }

  /** Thrown inside the parser for syntax it does not follow. */
  private static final class Unsupported extends Exception {
    private static final long serialVersionUID = 1L;

    Unsupported() {
      super(null, null, false, false);
    }
  }

  private static final class Parser {
    final String s;
    int pos;

    Parser(String s) {
      this.s = s;
    }

    boolean more() {
      return pos < s.length();
    }

    char peek() {
      return s.charAt(pos);
    }

    Node alternation() throws Unsupported {
      Node n = sequence();
      if (!more() || peek() != '|') {
        return n;
      }
      List<String> required = n.requiredOrExact() == null ? null : new ArrayList<>(n.requiredOrExact());
      while (more() && peek() == '|') {
        pos++;
        Node o = sequence();
        n.addFirsts(o);
        n.bare |= o.bare;
        n.skippable &= o.skippable;
        n.mayLackAscii |= o.mayLackAscii;
        n.lead = unionOfLeads(n.lead, o.lead);
        n.leadComplete &= o.leadComplete;
        List<String> r = o.requiredOrExact();
        if (required != null && r != null) {
          required.addAll(r);
        } else {
          required = null;
        }
      }
      n.exact = null;
      n.required = required;
      return n;
    }

    Node sequence() throws Unsupported {
      Node n = Node.empty();
      boolean open = true; // whether every piece so far can be bare
      StringBuilder run = new StringBuilder(); // consecutive pieces that each match one string
      StringBuilder all = new StringBuilder();
      boolean allExact = true;
      List<String> best = null;
      List<Node> pieces = new ArrayList<>();
      while (more() && peek() != '|' && peek() != ')') {
        Node piece = repetition();
        pieces.add(piece);
        if (open) {
          n.addFirsts(piece);
          open = piece.bare;
        }
        if (piece.exact != null) {
          run.append(piece.exact);
          all.append(piece.exact);
        } else {
          allExact = false;
          best = RequiredText.better(best, run.length() == 0 ? null : List.of(run.toString()));
          run.setLength(0);
          best = RequiredText.better(best, piece.required);
        }
      }
      best = RequiredText.better(best, run.length() == 0 ? null : List.of(run.toString()));
      n.bare = open;
      n.exact = allExact ? all.toString() : null;
      n.required = best;
      leadsOfSequence(n, pieces);
      return n;
    }

    /**
     * The leads of a sequence: those of each piece that may hold its first ASCII letter or digit (the
     * first that must hold one, and those before it that may), each lengthened by the single strings of
     * the pieces after it while it is complete.
     */
    static void leadsOfSequence(Node n, List<Node> pieces) {
      List<String> lead = List.of();
      boolean complete = true;
      boolean lacking = true; // whether the pieces so far may all hold no ASCII letter or digit
      int holders = 0;
      for (int j = 0; j < pieces.size() && lacking; j++) {
        Node p = pieces.get(j);
        if (p.skippable) {
          continue;
        }
        holders++;
        if (p.lead == null) {
          lead = null;
          break;
        }
        List<String> longer = p.lead;
        boolean whole = p.leadComplete;
        for (int k = j + 1; k < pieces.size() && whole; k++) {
          String next = pieces.get(k).exact;
          if (next == null || longer.stream().anyMatch(l -> l.length() >= MAX_LEAD_LENGTH)) {
            whole = false;
          } else {
            longer = longer.stream().map(l -> l + next).toList();
          }
        }
        complete &= whole;
        lead = unionOfLeads(lead, longer);
        lacking = p.mayLackAscii;
      }
      n.lead = lead;
      n.leadComplete = lead != null && complete && holders <= 1;
      n.skippable = holders == 0;
      n.mayLackAscii = lacking;
    }

    static @Nullable List<String> unionOfLeads(@Nullable List<String> a, @Nullable List<String> b) {
      if (a == null || b == null) {
        return null;
      }
      List<String> all = new ArrayList<>(a);
      for (String l : b) {
        if (!all.contains(l)) {
          all.add(l);
        }
      }
      return all.size() <= MAX_LEADS ? all : null;
    }

    Node repetition() throws Unsupported {
      Node atom = atom();
      while (more()) {
        char c = peek();
        int min;
        int max;
        if (c == '*' || c == '?') {
          pos++;
          min = 0;
          max = c == '?' ? 1 : -1;
        } else if (c == '+') {
          pos++;
          min = 1;
          max = -1;
        } else if (c == '{' && isCount(pos)) {
          int close = s.indexOf('}', pos);
          String[] parts = s.substring(pos + 1, close).split(",", -1);
          min = Integer.parseInt(parts[0]);
          max = parts.length == 1 ? min : parts[1].isEmpty() ? -1 : Integer.parseInt(parts[1]);
          pos = close + 1;
        } else {
          break;
        }
        if (more() && peek() == '?') {
          pos++; // non-greedy: the same strings
        }
        if (max == 0) {
          atom = Node.empty();
          continue;
        }
        if (min == 0) {
          atom.bare = true;
          atom.required = null;
          atom.mayLackAscii = true;
        } else {
          atom.required = atom.requiredOrExact();
        }
        // A repeat's leads are its atom's (the first repeat that holds a letter or digit starts with one);
        // only a piece that occurs at most once can still be lengthened by what follows.
        atom.leadComplete &= max == 1;
        if (!(min == 1 && max == 1)) {
          atom.exact = null;
        }
      }
      return atom;
    }

    /** Whether a '{' at {@code at} opens a repetition count ({n}, {n,}, {n,m}); else it is a literal. */
    boolean isCount(int at) {
      int close = s.indexOf('}', at);
      if (close < 0) {
        return false;
      }
      int digits = 0;
      int comma = -1;
      for (int i = at + 1; i < close; i++) {
        char c = s.charAt(i);
        if (c == ',' && comma < 0 && digits > 0) {
          comma = i;
        } else if (c >= '0' && c <= '9' && (comma < 0 ? digits < 4 : i - comma <= 4)) {
          digits++;
        } else {
          return false;
        }
      }
      return digits > 0;
    }

    Node atom() throws Unsupported {
      char c = peek();
      switch (c) {
        case '(' -> {
          pos++;
          if (s.startsWith("?:", pos)) {
            pos += 2;
          } else if (s.startsWith("?P<", pos) || s.startsWith("?<", pos)) {
            int close = s.indexOf('>', pos);
            if (close < 0) {
              throw new Unsupported();
            }
            pos = close + 1;
          } else if (s.startsWith("?", pos)) {
            throw new Unsupported(); // inline flags change what matches
          }
          Node n = alternation();
          if (!more() || peek() != ')') {
            throw new Unsupported();
          }
          pos++;
          return n;
        }
        case '[' -> {
          pos++;
          return charClass().node();
        }
        case '.' -> {
          pos++;
          CharSet any = new CharSet().complement(); // all but nothing: every character
          return any.node();
        }
        case '^', '$' -> {
          pos++;
          return Node.empty();
        }
        case '\\' -> {
          pos++;
          if (!more()) {
            throw new Unsupported();
          }
          char e = peek();
          if ("bBAz".indexOf(e) >= 0) {
            pos++;
            return Node.empty();
          }
          if ("dDwWsSpP".indexOf(e) < 0) {
            return literal(escapedChar());
          }
          return escape().node();
        }
        case '*', '+', '?', ')', '|' -> throw new Unsupported();
        default -> {
          int cp = s.codePointAt(pos);
          pos += Character.charCount(cp);
          return literal(cp);
        }
      }
    }

    Node literal(int cp) {
      CharSet one = new CharSet();
      one.addChar(cp);
      Node n = one.node();
      // Letters outside ASCII are left out of literals: which characters RE2 takes for their other case
      // depends on its Unicode tables, not Java's. (For ASCII letters the two agree: K and s are the
      // only ones with a case variant outside ASCII, the Kelvin sign and the long s, and norm maps both.)
      boolean sure = cp < 128 || Character.isBmpCodePoint(cp) && RequiredText.hasNoCase((char) cp);
      n.exact = sure ? RequiredText.norm(String.valueOf((char) cp)) : null;
      return n;
    }

    /** After '[': the class up to and including its ']'. */
    CharSet charClass() throws Unsupported {
      boolean negated = false;
      if (more() && peek() == '^') {
        negated = true;
        pos++;
      }
      CharSet set = new CharSet();
      boolean firstItem = true;
      while (true) {
        if (!more()) {
          throw new Unsupported();
        }
        char c = peek();
        if (c == ']' && !firstItem) {
          pos++;
          break;
        }
        firstItem = false;
        if (c == '[' && s.startsWith("[:", pos)) {
          throw new Unsupported(); // POSIX classes: rare in styles, not worth the table
        }
        int lo;
        if (c == '\\') {
          pos++;
          if (!more()) {
            throw new Unsupported();
          }
          char e = peek();
          if ("dDwWsSpP".indexOf(e) >= 0) {
            set.add(escape());
            continue;
          }
          lo = escapedChar();
        } else {
          lo = s.codePointAt(pos);
          pos += Character.charCount(lo);
        }
        if (more() && peek() == '-' && pos + 1 < s.length() && s.charAt(pos + 1) != ']') {
          pos++;
          int hi;
          if (peek() == '\\') {
            pos++;
            if (!more()) {
              throw new Unsupported();
            }
            hi = escapedChar();
          } else {
            hi = s.codePointAt(pos);
            pos += Character.charCount(hi);
          }
          if (hi < lo) {
            throw new Unsupported();
          }
          for (int cp = lo; cp <= Math.min(hi, 127); cp++) {
            set.ascii[cp] = true;
          }
          if (hi >= 128) {
            // A range reaching past ASCII may hold letters, digits and others alike.
            set.otherAlnum = true;
            set.otherNonAlnum = true;
            for (char variant : ASCII_CASE_VARIANTS) {
              if (lo <= variant && variant <= hi) {
                set.addAsciiCaseOf(variant);
              }
            }
          }
        } else {
          set.addChar(lo);
        }
      }
      return negated ? set.complement() : set;
    }

    /** After a backslash, at the escaped character: a class escape or a single character. */
    CharSet escape() throws Unsupported {
      char e = peek();
      CharSet set = new CharSet();
      switch (e) {
        case 'd', 'D' -> {
          pos++;
          for (char c = '0'; c <= '9'; c++) {
            set.ascii[c] = true;
          }
          return e == 'd' ? set : set.complement();
        }
        case 'w', 'W' -> {
          pos++;
          for (int c = 0; c < 128; c++) {
            set.ascii[c] = Character.isLetterOrDigit(c) || c == '_';
          }
          return e == 'w' ? set : set.complement();
        }
        case 's', 'S' -> {
          pos++;
          for (char c : new char[] {' ', '\t', '\n', '\f', '\r'}) {
            set.ascii[c] = true;
          }
          return e == 's' ? set : set.complement();
        }
        case 'p', 'P' -> {
          pos++;
          String name;
          if (more() && peek() == '{') {
            int close = s.indexOf('}', pos);
            if (close < 0) {
              throw new Unsupported();
            }
            name = s.substring(pos + 1, close);
            pos = close + 1;
          } else if (more()) {
            name = String.valueOf(peek());
            pos++;
          } else {
            throw new Unsupported();
          }
          boolean negated = e == 'P';
          if (name.startsWith("^")) {
            negated = !negated;
            name = name.substring(1);
          }
          CharSet p = category(name);
          return negated ? p.complement() : p;
        }
        default -> {
          set.addChar(escapedChar());
          return set;
        }
      }
    }

    /** After a backslash: the one character a non-class escape stands for. */
    int escapedChar() throws Unsupported {
      char e = peek();
      pos++;
      switch (e) {
        case 'n':
          return '\n';
        case 't':
          return '\t';
        case 'r':
          return '\r';
        case 'f':
          return '\f';
        case 'v':
          return 0x0B;
        case 'a':
          return 0x07;
        case 'x': {
          if (more() && peek() == '{') {
            int close = s.indexOf('}', pos);
            if (close < 0) {
              throw new Unsupported();
            }
            String hex = s.substring(pos + 1, close);
            pos = close + 1;
            return hex(hex);
          }
          if (pos + 2 > s.length()) {
            throw new Unsupported();
          }
          String hex = s.substring(pos, pos + 2);
          pos += 2;
          return hex(hex);
        }
        default:
          if (e < 128 && Character.isLetterOrDigit(e)) {
            throw new Unsupported(); // \Q, \C, octal and other escapes
          }
          return e; // an escaped punctuation character stands for itself
      }
    }

    static int hex(String hex) throws Unsupported {
      try {
        int cp = Integer.parseInt(hex, 16);
        if (cp > Character.MAX_CODE_POINT) {
          throw new Unsupported();
        }
        return cp;
      } catch (NumberFormatException e) {
        throw new Unsupported();
      }
    }

    /** A Unicode general category by its one- or two-letter name. */
    static CharSet category(String name) throws Unsupported {
      CharSet set = new CharSet();
      boolean letters = name.startsWith("L") && name.length() <= 2;
      boolean digits = name.equals("N") || name.equals("Nd");
      boolean known = name.length() <= 2 && !name.isEmpty() && "LMNPSZC".indexOf(name.charAt(0)) >= 0;
      if (!known) {
        throw new Unsupported(); // scripts (\p{Greek}) and the like
      }
      for (int c = 0; c < 128; c++) {
        set.ascii[c] = inCategory(c, name);
      }
      set.otherAlnum = letters || digits;
      // Everything but L and Nd holds characters that are neither letter nor decimal digit.
      set.otherNonAlnum = !(letters || name.equals("Nd"));
      return set;
    }

    static boolean inCategory(int c, String name) {
      int type = Character.getType(c);
      return switch (name) {
        case "L" -> Character.isLetter(c);
        case "Lu" -> type == Character.UPPERCASE_LETTER;
        case "Ll" -> type == Character.LOWERCASE_LETTER;
        case "Lt" -> type == Character.TITLECASE_LETTER;
        case "Lm" -> type == Character.MODIFIER_LETTER;
        case "Lo" -> type == Character.OTHER_LETTER;
        case "N" -> type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
        case "Nd" -> type == Character.DECIMAL_DIGIT_NUMBER;
        // Other categories hold no ASCII letter or digit; which ASCII punctuation they hold only
        // decides whether they can be bare, and any of them can.
        default -> !Character.isLetterOrDigit(c) && name.charAt(0) != 'L' && name.charAt(0) != 'N';
      };
    }
  }
}
