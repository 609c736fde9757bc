package fi.polku.samples.generate;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Records every injected fault in a city's {@code faults.csv} (UTF-8, semicolon-separated, LF), as
 * it is injected, so tests can check that a mapping rejects each one.
 *
 * <p>Columns: {@code file} (path under the city folder), {@code line} (1-based physical line of the
 * faulty row; the header is line 1), {@code table} (file name without extension, or the SQL table),
 * {@code key} (the row's key as {@code column=value}, comma-separated for composite keys), {@code
 * kind} ({@link FaultKind#code()}), {@code column} (the column that carries the fault) and {@code
 * detail} (a short explanation).
 */
public final class FaultLog implements Closeable {

  /** The header line. */
  public static final String HEADER = "file;line;table;key;kind;column;detail";

  private final Writer writer;
  private long count;

  /** A log writing to the stream; the header is written at once. */
  public FaultLog(OutputStream out) {
    this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    write(HEADER);
  }

  /** Records one fault. */
  public void record(
      String file,
      long line,
      String table,
      String key,
      FaultKind kind,
      String column,
      String detail) {
    count++;
    write(
        String.join(
            ";", file, Long.toString(line), table, clean(key), kind.code(), column, clean(detail)));
  }

  /** Number of faults recorded. */
  public long count() {
    return count;
  }

  private void write(String line) {
    try {
      writer.write(line);
      writer.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Details never contain the separator or quotes, so the file needs no quoting. */
  private static String clean(String text) {
    return text.replace(';', ',').replace('"', '\'');
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }
}
