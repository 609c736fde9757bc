package fi.polku.mapping.source;

import fi.polku.mapping.codes.MappingCodes;
import fi.polku.mapping.codes.RowIssue;
import fi.polku.mapping.spec.SourceSpec;
import fi.polku.validation.api.Text;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the delimited files of one entity, streaming, line by line. Per file: the encoding is
 * checked (a UTF-8 byte-order mark in a file declared otherwise rejects the file; lines with text
 * in another encoding are rejected one by one), the header is matched to the spec's columns by
 * name, exactly or else ignoring case (so columns may be reordered; extra columns are not read; a
 * missing column rejects the file), and every row is split with quoting checked and its field count
 * compared with the header.
 */
public final class CsvSourceReader extends FileSourceReader {

  /** Separators a delimited export commonly uses, tried when the declared one finds no column. */
  private static final char[] COMMON_SEPARATORS = {';', ',', '\t', '|'};

  private final String entity;
  private final List<String> columns;
  private final Set<String> ignored;
  private final SourceSpec syntax;

  /**
   * A reader of {@code files} for {@code entity}.
   *
   * @param columns the columns the mapping reads, in the spec's order
   */
  public CsvSourceReader(
      String entity, List<String> columns, SourceSpec syntax, List<InputFiles.Found> files) {
    this(entity, columns, Set.of(), syntax, files);
  }

  /**
   * A reader of {@code files} for {@code entity} that names, per record, the other columns of the
   * file holding a value, except {@code ignored} ones.
   *
   * @param columns the columns the mapping reads, in the spec's order
   * @param ignored columns deliberately not read (the spec's {@code ignore} list), any case
   */
  public CsvSourceReader(
      String entity,
      List<String> columns,
      Set<String> ignored,
      SourceSpec syntax,
      List<InputFiles.Found> files) {
    super(files);
    this.ignored = new HashSet<>();
    ignored.forEach(i -> this.ignored.add(i.trim().toLowerCase(Locale.ROOT)));
    this.entity = entity;
    this.columns = List.copyOf(columns);
    this.syntax = syntax;
  }

  @Override
  FileCursor open(InputFiles.Found file) {
    try {
      return new FileCursor(
          file, new LineReader(new BufferedInputStream(Files.newInputStream(file.path()), 8192)));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open " + file.path(), e);
    }
  }

  /** The reading state of one file. */
  private final class FileCursor implements FileSourceReader.Cursor {
    private final InputFiles.Found file;
    private final LineReader lines;
    private final LineDecoder decoder = new LineDecoder(syntax.encoding());
    private final CsvSplitter splitter = new CsvSplitter(syntax.separator(), syntax.quote());
    private final List<String> fields = new ArrayList<>();
    private final Text[] problem = new Text[1];
    private int[] ordinalToField;

    /** Header fields the spec does not read and does not ignore. */
    private int[] unreadFields = new int[0];

    private int headerWidth;
    private List<String> headerNames = List.of();
    private boolean started;
    private boolean done;

    FileCursor(InputFiles.Found file, LineReader lines) {
      this.file = file;
      this.lines = lines;
    }

    /** A rejected record of this file: its line, its text as read and why. */
    private SourceRecord rejected(long line, String raw, RowIssue issue) {
      return SourceRecord.broken(entity, file.name(), line, raw, issue);
    }

    @Override
    public long bytesRead() {
      return lines.bytesRead();
    }

    @Override
    public InputDescription finish() {
      try (LineReader l = lines) {
        String hash = l.finishHash();
        return new InputDescription(file.name(), l.bytesRead(), hash);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + file.path(), e);
      }
    }

    @Override
    public void abandon() {
      try {
        lines.close();
      } catch (IOException e) {
        // closing a read-only file that is given up on: there is nothing to recover
      }
    }

    @Override
    public SourceRecord next() {
      if (done) {
        return null;
      }
      try {
        if (!started) {
          started = true;
          SourceRecord headerProblem = header();
          if (headerProblem != null || done) {
            done = true;
            return headerProblem;
          }
        }
        return row();
      } catch (IOException e) {
        done = true;
        return rejected(
            lines.lineNumber(),
            "",
            RowIssue.of(
                MappingCodes.SOURCE_UNREADABLE,
                null,
                Map.of("origin", file.name(), "detail", String.valueOf(e.getMessage()))));
      }
    }

    private SourceRecord header() throws IOException {
      if (!lines.next()) {
        return rejected(
            0, "", RowIssue.of(MappingCodes.EMPTY_FILE, null, Map.of("file", file.name())));
      }
      Text kind = FileSignatures.spreadsheetOrUtf16(lines.bytes(), lines.length());
      if (kind != null) {
        done = true;
        return rejected(
            1,
            "",
            RowIssue.of(
                MappingCodes.NOT_DELIMITED_TEXT,
                null,
                Map.of(
                    "file",
                    file.name(),
                    "separator",
                    describe(syntax.separator()),
                    "encoding",
                    syntax.encoding().name()),
                Map.of("kind", kind)));
      }
      boolean bom = LineDecoder.hasUtf8Bom(lines.bytes(), lines.length());
      String text = decoder.decode(lines.bytes(), lines.length(), problem);
      if (bom && syntax.encoding().name().equals("UTF-8")) {
        text = text.substring(1);
      } else if (bom) {
        return wrongEncoding(text, LineDecoder.UTF8_BOM);
      }
      if (problem[0] != null) {
        return wrongEncoding(text, problem[0]);
      }
      if (!syntax.header()) {
        return headerless(text);
      }
      CsvSplitter.Status status = splitter.split(text, fields);
      if (status != CsvSplitter.Status.OK) {
        return brokenQuoting(text);
      }
      return mapHeader(text);
    }

    private SourceRecord mapHeader(String text) {
      headerWidth = fields.size();
      ordinalToField = new int[columns.size()];
      List<String> missing = new ArrayList<>();
      for (int c = 0; c < columns.size(); c++) {
        int at = headerIndex(columns.get(c), true);
        if (at < 0) {
          // Some systems write their headers in capitals (OPPILASNRO): still the same column.
          at = headerIndex(columns.get(c), false);
        }
        ordinalToField[c] = at;
        if (at < 0) {
          missing.add(columns.get(c));
        }
      }
      unreadFields = unreadHeaderFields();
      headerNames = List.copyOf(fields);
      if (!missing.isEmpty() && missing.size() == columns.size()) {
        SourceRecord separator = wrongSeparator(text);
        if (separator != null) {
          return separator;
        }
      }
      if (!missing.isEmpty()) {
        return rejected(
            lines.lineNumber(),
            text,
            RowIssue.of(
                MappingCodes.MISSING_COLUMNS,
                null,
                Map.of("file", file.name(), "columns", String.join(", ", missing))));
      }
      return null;
    }

    /** The header fields (positions) that name no column the spec reads or ignores. */
    private int[] unreadHeaderFields() {
      Set<Integer> read = new HashSet<>();
      for (int at : ordinalToField) {
        read.add(at);
      }
      List<Integer> unread = new ArrayList<>();
      for (int f = 0; f < fields.size(); f++) {
        String name = fields.get(f) == null ? "" : fields.get(f).trim();
        if (!read.contains(f)
            && !name.isEmpty()
            && !ignored.contains(name.toLowerCase(Locale.ROOT))) {
          unread.add(f);
        }
      }
      return unread.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * A rejection naming the separator, if the header is the spec's columns separated by another
     * common one (a comma or tab export read as semicolon-separated finds none of its columns).
     */
    private SourceRecord wrongSeparator(String header) {
      for (char other : COMMON_SEPARATORS) {
        if (other == syntax.separator()) {
          continue;
        }
        List<String> split = new ArrayList<>();
        if (new CsvSplitter(other, syntax.quote()).split(header, split) != CsvSplitter.Status.OK) {
          continue;
        }
        Set<String> names = new HashSet<>();
        split.forEach(f -> names.add(f == null ? "" : f.trim().toLowerCase(Locale.ROOT)));
        if (columns.stream().allMatch(c -> names.contains(c.toLowerCase(Locale.ROOT)))) {
          return rejected(
              lines.lineNumber(),
              header,
              RowIssue.of(
                  MappingCodes.WRONG_SEPARATOR,
                  null,
                  Map.of(
                      "file", file.name(),
                      "found", describe(other),
                      "declared", describe(syntax.separator()))));
        }
      }
      return null;
    }

    /** The header field named {@code column} (trimmed; exactly or ignoring case), or -1. */
    private int headerIndex(String column, boolean exact) {
      for (int f = 0; f < fields.size(); f++) {
        String name = fields.get(f) == null ? null : fields.get(f).trim();
        if (exact ? column.equals(name) : column.equalsIgnoreCase(name)) {
          return f;
        }
      }
      return -1;
    }

    /** Without a header, the spec's columns are the file's columns in order. */
    private SourceRecord headerless(String firstLine) {
      headerWidth = columns.size();
      ordinalToField = new int[columns.size()];
      for (int c = 0; c < columns.size(); c++) {
        ordinalToField[c] = c;
      }
      pending = firstLine;
      return null;
    }

    private String pending;

    private SourceRecord row() throws IOException {
      String text;
      long line;
      do {
        if (pending != null) {
          text = pending;
          pending = null;
          line = lines.lineNumber();
        } else {
          if (!lines.next()) {
            done = true;
            return null;
          }
          text = decoder.decode(lines.bytes(), lines.length(), problem);
          line = lines.lineNumber();
          if (problem[0] != null) {
            return wrongEncoding(text, problem[0]);
          }
        }
      } while (text.isEmpty());
      CsvSplitter.Status status = splitter.split(text, fields);
      while (status == CsvSplitter.Status.UNCLOSED && syntax.multilineFields() && lines.next()) {
        String more = decoder.decode(lines.bytes(), lines.length(), problem);
        text = text + "\n" + more;
        if (problem[0] != null) {
          return wrongEncoding(text, problem[0]);
        }
        status = splitter.split(text, fields);
      }
      if (status != CsvSplitter.Status.OK) {
        return brokenQuoting(text, line);
      }
      if (fields.size() != headerWidth) {
        return fieldCount(text, line);
      }
      Object[] values = new Object[columns.size()];
      for (int c = 0; c < values.length; c++) {
        values[c] = fields.get(ordinalToField[c]);
      }
      return SourceRecord.ofValues(entity, file.name(), line, text, values, unread());
    }

    /** The names of the unread columns holding a value in the current row. */
    private List<String> unread() {
      List<String> out = List.of();
      for (int f : unreadFields) {
        String v = fields.get(f);
        if (v != null && !v.isBlank()) {
          if (out.isEmpty()) {
            out = new ArrayList<>(2);
          }
          out.add(headerNames.get(f).trim());
        }
      }
      return out;
    }

    private SourceRecord fieldCount(String text, long line) {
      var code =
          fields.size() < headerWidth ? MappingCodes.TOO_FEW_FIELDS : MappingCodes.TOO_MANY_FIELDS;
      return rejected(
          line,
          text,
          RowIssue.of(
              code,
              null,
              Map.of(
                  "count", Integer.toString(fields.size()),
                  "expected", Integer.toString(headerWidth))));
    }

    private SourceRecord brokenQuoting(String text) {
      done = true;
      return brokenQuoting(text, lines.lineNumber());
    }

    private SourceRecord brokenQuoting(String text, long line) {
      return rejected(
          line,
          text,
          RowIssue.of(
              MappingCodes.BROKEN_QUOTING,
              null,
              Map.of("position", Integer.toString(splitter.errorPosition())),
              Map.of("detail", splitter.errorDetail())));
    }

    private SourceRecord wrongEncoding(String text, Text detail) {
      if (!started || lines.lineNumber() <= 1) {
        done = true;
      }
      return rejected(
          lines.lineNumber(),
          text,
          RowIssue.of(
              MappingCodes.WRONG_ENCODING,
              null,
              Map.of("encoding", syntax.encoding().name()),
              Map.of("detail", detail)));
    }
  }

  /** A separator as a message names it: {@code ";"}, {@code ","} or {@code tab}. */
  static String describe(char separator) {
    return separator == '\t' ? "tab" : "\"" + separator + "\"";
  }
}
