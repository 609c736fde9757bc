package fi.polku.hub.index;

/**
 * Names of the index fields. Each search parameter gets typed fields named after its code, with a
 * prefix per kind of field, so parameters of the same code but different types on different
 * resource types never share a field. Field templates declare each prefix once ({@link
 * ResourceBinder}).
 */
public final class IndexFields {

  /** Resource type (keyword). */
  public static final String TYPE = "type";

  /** Logical id (keyword, sortable): {@code _id}. */
  public static final String ID = "rid";

  /** Row id in the store (long, sortable, projectable): the final tie-breaker of every sort. */
  public static final String PID = "pid";

  /** Last updated, epoch milliseconds (long, sortable, projectable): {@code _lastUpdated}. */
  public static final String UPDATED = "lu";

  /** Codes of the parameters that have a value in the resource: {@code :missing}. */
  public static final String PRESENT = "has";

  /** Nested date range object: its low and high bounds. */
  public static final String LOW = "lo";

  /** See {@link #LOW}. */
  public static final String HIGH = "hi";

  /** Nested quantity object: its value. */
  public static final String QUANTITY_VALUE = "v";

  /** Nested quantity object: its unit as tokens. */
  public static final String QUANTITY_UNIT = "u";

  /**
   * Version of the field layout. Part of the index fingerprint, so an index written by a hub that
   * wrote other fields is rebuilt at start-up. Raise it whenever what a resource's document holds
   * changes. 2: a date parameter with one value has flat bounds instead of a nested object; 3:
   * {@code _profile} holds the profile a model type's stored JSON names, also when not sent.
   */
  public static final int LAYOUT = 3;

  private IndexFields() {}

  /** Token values ({@code =code}, {@code system|code}, {@code |code}, {@code system|}). */
  public static String token(String code) {
    return "tk_" + code;
  }

  /** Identifier type tokens for {@code :of-type}: {@code typeSystem|typeCode|value}. */
  public static String ofType(String code) {
    return "to_" + code;
  }

  /** Normalised display texts of codes, for {@code :text}. */
  public static String tokenText(String code) {
    return "tt_" + code;
  }

  /** Normalised strings. */
  public static String string(String code) {
    return "s_" + code;
  }

  /** Strings as stored, for {@code :exact}. */
  public static String exact(String code) {
    return "se_" + code;
  }

  /**
   * Nested date ranges, for resources with several values of the parameter (a range must match as a
   * whole, so its bounds stay together in one nested object).
   */
  public static String date(String code) {
    return "d_" + code;
  }

  /**
   * Low bound of the only value of a date parameter (long). In the embedded index a resource with
   * one value (the usual case: a birth date, a period) gets flat bound fields instead of a nested
   * object, which Lucene answers without joining nested documents to their resource. A cluster
   * index keeps nested objects for every value: it refuses a nested query on a path that no
   * document has yet.
   */
  public static String dateLow(String code) {
    return "dl_" + code;
  }

  /** High bound of the only value of a date parameter (long); see {@link #dateLow}. */
  public static String dateHigh(String code) {
    return "dh_" + code;
  }

  /** The parameter code of a {@link #date} field name. */
  static String dateCode(String dateField) {
    return dateField.substring(2);
  }

  /** References: {@code Type/id}, {@code id}, or an absolute URL. */
  public static String reference(String code) {
    return "r_" + code;
  }

  /** Identifiers of references, as tokens, for {@code :identifier}. */
  public static String referenceIdentifier(String code) {
    return "ri_" + code;
  }

  /** Numbers. */
  public static String number(String code) {
    return "n_" + code;
  }

  /** Nested quantities. */
  public static String quantity(String code) {
    return "q_" + code;
  }

  /** URIs as stored. */
  public static String uri(String code) {
    return "u_" + code;
  }

  /** Sort key of a text-like parameter: its smallest value (keyword, single-valued). */
  public static String sortText(String code) {
    return "o_" + code;
  }

  /** Sort key of a date or number parameter: its smallest value (single-valued). */
  public static String sortNumber(String code) {
    return "on_" + code;
  }
}
