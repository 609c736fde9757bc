package fi.polku.model.compiler.codelist;

import java.nio.file.Path;

/**
 * A code-list source that cannot be read at all: a missing file, broken JSON, a code without a
 * value. The snapshots are build configuration, so such a problem stops the build; the message
 * names the file so the author can fix it.
 */
public class CodeListReadException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Path file;

  /** A problem in {@code file}, without an underlying exception. */
  public CodeListReadException(Path file, String message) {
    super(file + ": " + message);
    this.file = file;
  }

  /** A problem in {@code file} caused by {@code cause} (I/O or parse error). */
  public CodeListReadException(Path file, String message, Throwable cause) {
    super(file + ": " + message, cause);
    this.file = file;
  }

  /** The file (or directory) that could not be read. */
  public Path file() {
    return file;
  }
}
