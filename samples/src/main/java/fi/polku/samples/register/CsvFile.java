package fi.polku.samples.register;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One file of the student-register export: ISO-8859-1, fields separated by {@code ;}, lines ended
 * by CR LF, a header line first. A field is quoted with {@code "} only when it contains the
 * separator, a quote or a line break, or starts or ends with a space; a quote inside a quoted field
 * is doubled. Characters ISO-8859-1 cannot encode are an error, never silently replaced.
 */
public final class CsvFile implements Closeable {

  /** The encoding of every register file. */
  public static final Charset CHARSET = StandardCharsets.ISO_8859_1;

  /** The field separator. */
  public static final char SEPARATOR = ';';

  /** The line end. */
  public static final String LINE_END = "\r\n";

  private final Writer writer;
  private final int columns;
  private final StringBuilder line = new StringBuilder(256);
  private long lines;

  /** Opens a file on the stream and writes the header. */
  public CsvFile(OutputStream out, List<String> header) {
    this.writer =
        new BufferedWriter(
            new OutputStreamWriter(
                out,
                CHARSET
                    .newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)),
            1 << 16);
    this.columns = header.size();
    write(header.toArray(String[]::new));
  }

  /** Writes a row and returns its line number (the header is line 1). */
  public long write(String[] fields) {
    if (fields.length != columns) {
      throw new IllegalArgumentException("expected " + columns + " fields, got " + fields.length);
    }
    // One write per line: the writer's per-call locking costs more than building the line.
    line.setLength(0);
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        line.append(SEPARATOR);
      }
      line.append(quote(fields[i] == null ? "" : fields[i]));
    }
    line.append(LINE_END);
    try {
      writer.write(line.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ++lines;
  }

  /** Number of data rows written (the header not counted). */
  public long rows() {
    return lines - 1;
  }

  /** A field as written: quoted only if needed. */
  public static String quote(String field) {
    boolean needs =
        field.indexOf(SEPARATOR) >= 0
            || field.indexOf('"') >= 0
            || field.indexOf('\n') >= 0
            || field.indexOf('\r') >= 0
            || (!field.isEmpty()
                && (field.charAt(0) == ' ' || field.charAt(field.length() - 1) == ' '));
    return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
  }

  /** Splits one line (without its line end) into fields, undoing {@link #quote}. */
  public static List<String> parse(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == SEPARATOR) {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }
}
