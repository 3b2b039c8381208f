package dev.copydesk.core.report;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where rule documentation lives: a home page and a URI template with {@code {id}} standing for a rule
 * id. Reports link each rule to its page.
 *
 * <p>Immutable and thread-safe.
 *
 * @param home the documentation's home page, an absolute URI
 * @param template an absolute URI template containing {@code {id}}
 */
public record RuleDocs(String home, String template) {

  public RuleDocs {
    requireAbsolute(home, "documentation home");
    if (!template.contains("{id}")) {
      throw new IllegalArgumentException("rule documentation URL template must contain {id}: '" + template + "'");
    }
    requireAbsolute(template.replace("{id}", "rule-id"), "rule documentation URL template");
  }

  /** Documentation at {@code template} ({@code {id}} for the rule id), home page derived from it. */
  public static RuleDocs of(String template) {
    String probe = template.replace("{id}", "rule-id");
    requireAbsolute(probe, "rule documentation URL template");
    URI u = URI.create(probe);
    return new RuleDocs(u.getScheme() + "://" + u.getRawAuthority() + "/", template);
  }

  /** The documentation page of rule {@code id}. */
  public String uriFor(String id) {
    return template.replace("{id}", id);
  }

  private static void requireAbsolute(String uri, String what) {
    try {
      URI u = new URI(uri);
      if (!u.isAbsolute() || u.getRawAuthority() == null) {
        throw new IllegalArgumentException(what + " must be an absolute http(s) URL: '" + uri + "'");
      }
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(what + " is not a valid URL: '" + uri + "' (" + e.getMessage() + ")", e);
    }
  }
}
