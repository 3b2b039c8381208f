package dev.copydesk.core.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What is known about an article besides its body: from front matter, HTML {@code <meta>} and JSON-LD,
 * or the title line of a plain-text file.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder()}.
 */
public final class Metadata {

  private static final Metadata EMPTY = builder().build();

  private final @Nullable String title;
  private final List<String> authors;
  private final @Nullable String published;
  private final @Nullable LocalDate publishedDate;
  private final @Nullable String url;
  private final @Nullable String language;
  private final @Nullable String description;
  private final List<String> tags;
  private final Map<String, Object> fields;

  private Metadata(Builder b) {
    this.title = b.title;
    this.authors = List.copyOf(b.authors);
    this.published = b.published;
    this.publishedDate = b.publishedDate;
    this.url = b.url;
    this.language = b.language;
    this.description = b.description;
    this.tags = List.copyOf(b.tags);
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(b.fields));
  }

  public static Metadata empty() {
    return EMPTY;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Optional<String> title() {
    return Optional.ofNullable(title);
  }

  /** Authors or byline names, in the order given. */
  public List<String> authors() {
    return authors;
  }

  /** The publication date as written in the source. */
  public Optional<String> published() {
    return Optional.ofNullable(published);
  }

  /** The publication date, when {@link #published()} could be read as a date. */
  public Optional<LocalDate> publishedDate() {
    return Optional.ofNullable(publishedDate);
  }

  public Optional<String> url() {
    return Optional.ofNullable(url);
  }

  public Optional<String> language() {
    return Optional.ofNullable(language);
  }

  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  public List<String> tags() {
    return tags;
  }

  /**
   * Every raw field read from the source (front matter keys, meta names), in source order. Values are
   * strings, numbers, booleans, lists and maps as the front matter held them, never mutable.
   */
  public Map<String, Object> fields() {
    return fields;
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.title = title;
    b.authors.addAll(authors);
    b.published = published;
    b.publishedDate = publishedDate;
    b.url = url;
    b.language = language;
    b.description = description;
    b.tags.addAll(tags);
    b.fields.putAll(fields);
    return b;
  }

  @Override
  public String toString() {
    return "Metadata{title=" + title + ", authors=" + authors + ", published=" + published + "}";
  }

  /** Not thread-safe. */
  public static final class Builder {
    private @Nullable String title;
    private final List<String> authors = new ArrayList<>();
    private @Nullable String published;
    private @Nullable LocalDate publishedDate;
    private @Nullable String url;
    private @Nullable String language;
    private @Nullable String description;
    private final List<String> tags = new ArrayList<>();
    private final Map<String, Object> fields = new LinkedHashMap<>();

    private Builder() {}

    public Builder title(@Nullable String title) {
      this.title = blankToNull(title);
      return this;
    }

    public Builder addAuthor(String author) {
      String a = blankToNull(author);
      if (a != null && !authors.contains(a)) {
        authors.add(a);
      }
      return this;
    }

    public Builder published(@Nullable String raw, @Nullable LocalDate date) {
      this.published = blankToNull(raw);
      this.publishedDate = date;
      return this;
    }

    public Builder url(@Nullable String url) {
      this.url = blankToNull(url);
      return this;
    }

    public Builder language(@Nullable String language) {
      this.language = blankToNull(language);
      return this;
    }

    public Builder description(@Nullable String description) {
      this.description = blankToNull(description);
      return this;
    }

    public Builder addTag(String tag) {
      String t = blankToNull(tag);
      if (t != null && !tags.contains(t)) {
        tags.add(t);
      }
      return this;
    }

    public Builder field(String key, Object value) {
      fields.put(key, value);
      return this;
    }

    public boolean hasTitle() {
      return title != null;
    }

    public boolean hasPublished() {
      return published != null;
    }

    public Metadata build() {
      return new Metadata(this);
    }

    private static @Nullable String blankToNull(@Nullable String s) {
      if (s == null) {
        return null;
      }
      String t = s.strip();
      return t.isEmpty() ? null : t;
    }
  }
}
