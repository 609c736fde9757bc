package fi.polku.mapping.load;

import fi.polku.mapping.codes.RowIssue;
import fi.polku.mapping.source.SourceRecord;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes rejected records to {@code dead-letters.csv} in the run folder: UTF-8 with a byte order
 * mark (as Excel needs to read it as UTF-8), {@code ;}-separated (as Finnish Excel splits it), one
 * line per problem, with the record's origin, line, key, the code, the column, the message in
 * Finnish and English, and the original record as read. The original record may hold personal data
 * (that is its purpose: it can be corrected and loaded again), so the file stays in the run folder
 * and is never logged.
 */
final class DeadLetterWriter implements AutoCloseable {

  static final String HEADER = "file;line;entity;key;code;column;message_fi;message_en;original";

  private final Path file;
  private Writer out;
  private long count;

  DeadLetterWriter(Path file) {
    this.file = file;
  }

  /** Writes one line per issue of {@code record}. */
  synchronized void write(SourceRecord record, String key, Iterable<RowIssue> issues) {
    try {
      if (out == null) {
        out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
        // A byte order mark: spreadsheet programs then read the file as UTF-8, not as the
        // Windows code page, and show the Finnish messages' ä and ö as they are.
        out.write('\uFEFF');
        out.write(HEADER);
        out.write('\n');
      }
      for (RowIssue i : issues) {
        field(record.origin());
        field(Long.toString(record.line()));
        field(record.entity());
        field(key);
        field(i.code().code());
        field(i.column());
        field(i.message().fi());
        field(i.message().en());
        out.write(quote(record.raw()));
        out.write('\n');
        count++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the dead letters " + file, e);
    }
  }

  private void field(String value) throws IOException {
    out.write(quote(value));
    out.write(';');
  }

  static String quote(String value) {
    if (value == null) {
      return "";
    }
    boolean needs =
        value.indexOf(';') >= 0
            || value.indexOf('"') >= 0
            || value.indexOf('\n') >= 0
            || value.indexOf('\r') >= 0
            || (!value.isEmpty()
                && (value.charAt(0) == ' ' || value.charAt(value.length() - 1) == ' '));
    return needs ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }

  /** Lines written (one per problem). */
  long count() {
    return count;
  }

  /** The file, or null if nothing was rejected. */
  Path file() {
    return out == null ? null : file;
  }

  @Override
  public synchronized void close() {
    if (out != null) {
      try {
        out.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
