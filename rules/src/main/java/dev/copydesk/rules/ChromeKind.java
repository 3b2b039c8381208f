package dev.copydesk.rules;

/** The kinds of page chrome {@link PageChromeRule} recognises, each with its phrase list and advice. */
enum ChromeKind {
  COMMENT("comment.txt", "a comment form or comment section"),
  SHARE("share.txt", "a share or social-media widget"),
  NEWSLETTER("newsletter.txt", "a newsletter or subscription prompt"),
  RELATED("related.txt", "a related-content list"),
  RELATED_LINK("related-markers.txt", "a related-content link or continue-reading marker"),
  COOKIE("cookie.txt", "a cookie or privacy notice"),
  ADVERTISEMENT("advertisement.txt", "an advertisement marker"),
  SITE("platform.txt", "site furniture (navigation, search, platform credit or error page)"),
  COPYRIGHT("", "a copyright footer");

  private final String resource;
  private final String description;

  ChromeKind(String resource, String description) {
    this.resource = resource;
    this.description = description;
  }

  /** The phrase list under {@code page-chrome/}, or empty when the kind is recognised by code only. */
  String resource() {
    return resource;
  }

  String description() {
    return description;
  }

  /** Whether the short, headline-like blocks after such a heading are the items of its list. */
  boolean headsList() {
    return this == RELATED;
  }
}
