package fi.polku.samples.ecec;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A UTF-8 SQL script with LF line ends that knows the number of the next line it writes. */
final class SqlScript implements Closeable {

  private final Writer writer;
  private long lines;

  SqlScript(OutputStream out) {
    this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
  }

  /** Writes text that ends with a line end; counts its lines. */
  void lines(String text) {
    try {
      writer.write(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lines++;
      }
    }
  }

  /** Number of the line the next write starts on (1-based). */
  long nextLine() {
    return lines + 1;
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }

  /** A string literal, or NULL. */
  static String str(String value) {
    return value == null ? "NULL" : "'" + value.replace("'", "''") + "'";
  }

  /** A DATE literal, or NULL. */
  static String date(LocalDate value) {
    return value == null ? "NULL" : "DATE '" + value + "'";
  }

  /** A TIMESTAMP literal with seconds. */
  static String timestamp(LocalDateTime value) {
    LocalDate d = value.toLocalDate();
    return "TIMESTAMP '"
        + d
        + " "
        + two(value.getHour())
        + ":"
        + two(value.getMinute())
        + ":"
        + two(value.getSecond())
        + "'";
  }

  /** A K/E flag literal, or NULL. */
  static String flag(Boolean value) {
    return value == null ? "NULL" : value ? "'" + EcecCodes.YES + "'" : "'" + EcecCodes.NO + "'";
  }

  private static String two(int value) {
    return value < 10 ? "0" + value : Integer.toString(value);
  }
}
