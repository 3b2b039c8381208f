package dev.copydesk.core.fix;

import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.engine.Linter;
import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.parse.SourceDecoder;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Writes the fixes of a lint result into its file, the only place Copydesk writes to content: asked for
 * explicitly (the command line's {@code --fix}), and atomically. The file is read again and must decode
 * to exactly the text its findings were found in, and that text must encode back to exactly its bytes
 * (same charset, same byte-order mark, same line breaks); otherwise it is left alone and the outcome
 * says why. A read-only file (no write permission for anyone, even when the run could write it, as
 * root can) is never fixed. The fixed text goes to a temporary file beside it, with
 * the file's permissions (and group and owner, where the run may set them), which then replaces it in
 * one rename: a reader sees the old file or the new one, never half of either. A symbolic link's target
 * is replaced and the link kept; another hard link to the file keeps the old text.
 *
 * <p>The fixes are made in passes ({@link FixPlan#inPasses}): the text a pass makes is linted again in
 * memory, and the next pass makes the fixes that overlapped one already made and those the fixes
 * brought about.
 *
 * <p>Immutable and thread-safe.
 */
public final class FileFixer {

  /** What became of one file. */
  public enum Status {
    /** The plan's edits were written. */
    FIXED,
    /** Nothing to write: no finding had one fix (or none that could be made). */
    NOTHING_TO_FIX,
    /** Left alone: the file is read-only, changed since it was linted, or was not read from a file. */
    SKIPPED,
    /** Left alone: the file could not be read, written back exactly, or replaced. */
    FAILED
  }

  /**
   * The outcome for one result.
   *
   * @param plan the edits made (or, when not {@code FIXED}, planned), null when none were planned
   * @param problem why a file was skipped or failed, for a message naming it; empty otherwise
   * @param charset the file's charset, in which a diff of the plan applies to it; null when the file
   *     was not read
   * @param byteOrderMark whether the file starts with a byte-order mark
   */
  public record Outcome(LintResult result, Status status, @Nullable FixPlan plan, String problem, @Nullable Charset charset,
      boolean byteOrderMark) {

    /** An outcome for a file that was not read. */
    public Outcome(LintResult result, Status status, @Nullable FixPlan plan, String problem) {
      this(result, status, plan, problem, null, false);
    }

    /**
     * The plan as a unified diff ({@link UnifiedDiff}) in the file's charset, with its byte-order mark
     * if it has one, so that the diff applies to the file's bytes; empty without a plan that changes
     * the text. Standard input's (not read from a file) is in UTF-8.
     */
    public byte[] diff(String oldName, String newName) {
      if (plan == null) {
        return new byte[0];
      }
      String text = UnifiedDiff.of(oldName, newName, plan, byteOrderMark ? "\uFEFF" : "");
      return text.getBytes(charset == null ? java.nio.charset.StandardCharsets.UTF_8 : charset);
    }
  }

  private final Linter linter;
  private final SourceDecoder decoder;
  private final UnaryOperator<LintResult> shown;

  /** A fixer for results of {@code linter}: files are decoded as it decodes them. */
  public FileFixer(Linter linter) {
    this(linter, UnaryOperator.identity());
  }

  /**
   * A fixer whose passes after the first fix the findings {@code shown} leaves of a result of the text
   * fixed so far: a baseline's {@code apply}, so that what it accepts stays as it is in every pass, as
   * the caller left it out of the first.
   */
  public FileFixer(Linter linter, UnaryOperator<LintResult> shown) {
    this.linter = Objects.requireNonNull(linter, "linter");
    this.decoder = new SourceDecoder(linter.encoding());
    this.shown = Objects.requireNonNull(shown, "shown");
  }

  /**
   * A result's findings of the rules {@code ruleIds} only, so that only those rules' fixes are made (the
   * command line's {@code --fix-rules}); every finding when {@code ruleIds} is empty. Compose it with a
   * baseline's {@code apply} for {@link #FileFixer(Linter, UnaryOperator)}.
   *
   * @throws IllegalArgumentException if an id is none of {@code linter}'s rules; the message names it and
   *     the nearest
   */
  public static UnaryOperator<LintResult> onlyRules(Linter linter, java.util.Collection<String> ruleIds) {
    for (String id : ruleIds) {
      if (!linter.rules().contains(id)) {
        throw new IllegalArgumentException("no rule '" + id + "'"
            + linter.rules().closestId(id).map(best -> " (did you mean '" + best + "'?)").orElse(""));
      }
    }
    java.util.Set<String> ids = java.util.Set.copyOf(ruleIds);
    if (ids.isEmpty()) {
      return UnaryOperator.identity();
    }
    return r -> r.findings().stream().allMatch(f -> ids.contains(f.ruleId()))
        ? r
        : r.withFindings(r.findings().stream().filter(f -> ids.contains(f.ruleId())).toList(), r.suppressed());
  }

  /**
   * Makes the fixes of {@code result}'s findings in its file; with {@code write} false, only works out
   * what they would be.
   */
  public Outcome fix(LintResult result, boolean write) {
    if (result.findings().stream().noneMatch(FixPlan::isFixable)) {
      return new Outcome(result, Status.NOTHING_TO_FIX, null, "");
    }
    Path file = result.path();
    Format format = result.format();
    if (file == null || format == null || !result.isLinted()) {
      return new Outcome(result, Status.SKIPPED, null, "not read from a file");
    }
    if (file.getFileName() != null && Format.isCompressed(file.getFileName().toString())) {
      // Read decompressed, but never written: a fix would have to compress the file again.
      return new Outcome(result, Status.SKIPPED, null, "compressed (gzip); fix it in the uncompressed article");
    }
    try {
      if (isReadOnly(file)) {
        return new Outcome(result, Status.SKIPPED, null, "read-only");
      }
    } catch (IOException e) {
      return new Outcome(result, Status.FAILED, null, "cannot read it again: " + reason(e));
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      return new Outcome(result, Status.FAILED, null, "cannot read it again: " + reason(e));
    }
    SourceDecoder.Decoded decoded = decoder.decode(bytes, format);
    String text = decoded.text();
    Article article = result.article();
    if (text == null || article == null || !text.equals(article.source())) {
      return new Outcome(result, Status.SKIPPED, null, "changed since it was linted; lint it again");
    }
    Optional<byte[]> same = decoded.encode(bytes, text);
    if (same.isEmpty() || !Arrays.equals(same.get(), bytes)) {
      return new Outcome(result, Status.FAILED, null,
          "its bytes do not encode back exactly from its text in " + decoded.charset() + "; fix it by hand");
    }
    Charset charset = decoded.charset();
    boolean mark = decoded.markLength() > 0;
    FixPlan plan = FixPlan.inPasses(linter, result, shown);
    if (!plan.changes()) {
      return new Outcome(result, Status.NOTHING_TO_FIX, plan, "", charset, mark);
    }
    Optional<byte[]> fixed = decoded.encode(bytes, plan.fixed());
    if (fixed.isEmpty()) {
      return new Outcome(result, Status.FAILED, plan,
          "a fix holds a character " + charset + " cannot write; fix it by hand", charset, mark);
    }
    if (!write) {
      return new Outcome(result, Status.FIXED, plan, "", charset, mark);
    }
    try {
      replace(file, bytes, fixed.get());
    } catch (ChangedMeanwhile e) {
      return new Outcome(result, Status.SKIPPED, plan, "changed while it was being fixed; lint it again", charset, mark);
    } catch (IOException e) {
      return new Outcome(result, Status.FAILED, plan, "cannot write it: " + reason(e), charset, mark);
    }
    return new Outcome(result, Status.FIXED, plan, "", charset, mark);
  }

  /**
   * Whether the file is marked read-only (no write permission for anyone), or this run may not write it.
   * The marks count even for a run that could write anyway, as root can.
   */
  private static boolean isReadOnly(Path file) throws IOException {
    PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
    if (posix != null) {
      java.util.Set<java.nio.file.attribute.PosixFilePermission> p = posix.readAttributes().permissions();
      if (!p.contains(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE)
          && !p.contains(java.nio.file.attribute.PosixFilePermission.GROUP_WRITE)
          && !p.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_WRITE)) {
        return true;
      }
    }
    return !Files.isWritable(file);
  }

  /** Thrown when the file no longer holds what was read. */
  private static final class ChangedMeanwhile extends IOException {
    private static final long serialVersionUID = 1L;
  }

  /** Replaces {@code file}, which must still hold {@code expected}, with {@code content}, in one rename. */
  private static void replace(Path file, byte[] expected, byte[] content) throws IOException {
    Path target = file.toRealPath(); // a link's target is fixed, and the link stays a link
    Path dir = target.getParent();
    Path temporary = Files.createTempFile(dir, "." + target.getFileName(), ".copydesk-fix");
    try {
      Files.write(temporary, content);
      PosixFileAttributeView posix = Files.getFileAttributeView(target, PosixFileAttributeView.class);
      if (posix != null) {
        PosixFileAttributes attributes = posix.readAttributes();
        PosixFileAttributeView copy = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
        copy.setPermissions(attributes.permissions());
        try {
          // The group, and the owner when the run may give it away (as root may): usually both are
          // already the run's, and otherwise the file keeps what the run can keep.
          copy.setGroup(attributes.group());
          copy.setOwner(attributes.owner());
        } catch (IOException | UnsupportedOperationException e) {
          // Not this run's to give: the permissions are kept, the owner is the run's.
        }
      }
      if (!Arrays.equals(Files.readAllBytes(target), expected)) {
        throw new ChangedMeanwhile();
      }
      try {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private static String reason(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
  }
}
