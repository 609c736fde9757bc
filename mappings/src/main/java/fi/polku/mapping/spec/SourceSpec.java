package fi.polku.mapping.spec;

import java.nio.charset.Charset;
import java.time.ZoneId;
import java.util.List;

/**
 * How a source is read: its kind and, for delimited files, the syntax; the formats of dates, flags
 * and decimals that fields use unless they say otherwise.
 *
 * @param kind csv, sql, json or xml
 * @param encoding character encoding of files
 * @param separator field separator (csv)
 * @param quote quote character (csv)
 * @param header whether the first line names the columns (csv)
 * @param multilineFields whether a quoted field may contain line breaks (csv); if not, an unclosed
 *     quote is an error of that line only
 * @param dateFormat default {@link java.time.format.DateTimeFormatter} pattern of dates
 * @param dateTimeFormat default pattern of timestamps
 * @param timeZone zone of local timestamps
 * @param trueValues texts meaning true
 * @param falseValues texts meaning false
 * @param decimalSeparator decimal separator of numbers written as text
 * @param loc where the source section is
 */
public record SourceSpec(
    SourceKind kind,
    Charset encoding,
    char separator,
    char quote,
    boolean header,
    boolean multilineFields,
    String dateFormat,
    String dateTimeFormat,
    ZoneId timeZone,
    List<String> trueValues,
    List<String> falseValues,
    char decimalSeparator,
    Loc loc) {

  /** The kinds of sources. */
  public enum SourceKind {
    /** Delimited text files, one file per entity. */
    CSV,
    /** Tables or queries of a relational database read over JDBC. */
    SQL,
    /** JSON documents, one or more records per file. */
    JSON,
    /** XML documents: records are elements at a path below the root, or the root itself. */
    XML;

    /**
     * Whether records are documents (trees read by paths, as JSON and XML are) rather than rows of
     * named columns.
     */
    public boolean documents() {
      return this == JSON || this == XML;
    }
  }
}
