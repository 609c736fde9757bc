package fi.polku.mapping.source;

import com.fasterxml.jackson.databind.JsonNode;
import fi.polku.mapping.codes.RowIssue;
import java.util.List;

/**
 * One record read from a source: a CSV row, a database row or a JSON record, with what a dead
 * letter needs to point back at it (origin, line, original text). A record the reader could not
 * split into fields carries the {@link #problem()} instead of values.
 */
public final class SourceRecord {

  private final String entity;
  private final String origin;
  private final String stem;
  private final long line;
  private final String raw;
  private final Object[] values;
  private final JsonNode document;
  private final RowIssue problem;
  private final List<String> unreadColumns;

  private SourceRecord(
      String entity,
      String origin,
      String stem,
      long line,
      String raw,
      Object[] values,
      JsonNode document,
      RowIssue problem,
      List<String> unreadColumns) {
    this.entity = entity;
    this.origin = origin;
    this.stem = stem;
    this.line = line;
    this.raw = raw;
    this.values = values;
    this.document = document;
    this.problem = problem;
    this.unreadColumns = unreadColumns;
  }

  /**
   * A record of fields (CSV, SQL).
   *
   * @param values field values in the order of the entity's {@code columns} (null: absent)
   */
  public static SourceRecord ofValues(
      String entity, String origin, long line, String raw, Object[] values) {
    return ofValues(entity, origin, line, raw, values, List.of());
  }

  /**
   * A record of fields with values in columns the spec does not read (an export with columns
   * added), which the load report lists.
   *
   * @param unreadColumns names of the columns not read that hold a value in this record
   */
  public static SourceRecord ofValues(
      String entity,
      String origin,
      long line,
      String raw,
      Object[] values,
      List<String> unreadColumns) {
    return new SourceRecord(
        entity, origin, stemOf(origin), line, raw, values, null, null, unreadColumns);
  }

  /** A JSON record. */
  public static SourceRecord ofDocument(
      String entity, String origin, long line, String raw, JsonNode document) {
    return new SourceRecord(
        entity, origin, stemOf(origin), line, raw, null, document, null, List.of());
  }

  /** A JSON record whose {@link #stem()} is not its file's (one of several documents in a file). */
  public static SourceRecord ofDocument(
      String entity, String origin, String stem, long line, String raw, JsonNode document) {
    return new SourceRecord(entity, origin, stem, line, raw, null, document, null, List.of());
  }

  /** A record that could not be read; it is rejected with {@code problem}. */
  public static SourceRecord broken(
      String entity, String origin, long line, String raw, RowIssue problem) {
    return new SourceRecord(
        entity, origin, stemOf(origin), line, raw, null, null, problem, List.of());
  }

  /** Columns of the record's file that the spec does not read and that hold a value here. */
  public List<String> unreadColumns() {
    return unreadColumns;
  }

  /** The entity (spec name) this record belongs to. */
  public String entity() {
    return entity;
  }

  /** Where it came from: a file path relative to the input, or a table name. */
  public String origin() {
    return origin;
  }

  /** The origin's file name without folders and extension (a JSON document's own key). */
  public String stem() {
    return stem;
  }

  /** The 1-based physical line of a file, or the row number of a query. */
  public long line() {
    return line;
  }

  /** The original text (the CSV line, the row's columns, the JSON record) for dead letters. */
  public String raw() {
    return raw;
  }

  /** The value of column {@code ordinal} of the spec's column list. */
  public Object value(int ordinal) {
    return values[ordinal];
  }

  /** The JSON record, or null for field records. */
  public JsonNode document() {
    return document;
  }

  /** Why the record could not be read, or null. */
  public RowIssue problem() {
    return problem;
  }

  /** The file name of {@code origin} without folders and extension. */
  static String stemOf(String origin) {
    if (origin == null) {
      return null;
    }
    int slash = Math.max(origin.lastIndexOf('/'), origin.lastIndexOf('\\'));
    String name = origin.substring(slash + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
