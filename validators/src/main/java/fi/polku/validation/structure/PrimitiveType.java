package fi.polku.validation.structure;

import fi.polku.validation.api.IssueCode;
import fi.polku.validation.catalogue.FormatCodes;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * FHIR R5 primitive datatypes: the JSON type each must have and the check of its lexical form (the
 * regular expressions of the FHIR R5 specification, plus the calendar, range and time-zone rules
 * stated in its text). Unbounded types (string, uri, code, base64Binary) are checked with loops
 * instead of regular expressions, so a 1 MB value costs linear time and no stack.
 */
enum PrimitiveType {
  BOOLEAN("boolean"),
  INTEGER("number"),
  POSITIVE_INT("number"),
  UNSIGNED_INT("number"),
  INTEGER64("string"),
  DECIMAL("number"),
  STRING("string"),
  MARKDOWN("string"),
  CODE("string"),
  ID("string"),
  URI("string"),
  OID("string"),
  UUID("string"),
  BASE64("string"),
  DATE("string"),
  DATETIME("string"),
  INSTANT("string"),
  TIME("string"),
  XHTML("string");

  private static final String YEAR = "([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)";
  private static final String TZ = "(Z|(\\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00))";
  private static final String CLOCK =
      "([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]{1,9})?";
  private static final Pattern DATE_FORM =
      Pattern.compile(YEAR + "(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1]))?)?");
  private static final Pattern DATETIME_FORM =
      Pattern.compile(
          YEAR + "(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1])(T" + CLOCK + TZ + ")?)?)?");
  private static final Pattern INSTANT_FORM =
      Pattern.compile(YEAR + "-(0[1-9]|1[0-2])-(0[1-9]|[1-2][0-9]|3[0-1])T" + CLOCK + TZ);
  private static final Pattern TIME_FORM = Pattern.compile(CLOCK);
  private static final Pattern INTEGER_FORM = Pattern.compile("0|[-+]?[1-9][0-9]{0,18}");
  private static final Pattern DECIMAL_FORM =
      Pattern.compile("-?(0|[1-9][0-9]{0,17})(\\.[0-9]{1,17})?([eE][+-]?[0-9]{1,9})?");
  private static final Pattern ID_FORM = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");
  private static final Pattern OID_FORM = Pattern.compile("urn:oid:[0-2](\\.(0|[1-9][0-9]*))+");
  private static final Pattern UUID_FORM =
      Pattern.compile("urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private final String jsonType;

  PrimitiveType(String jsonType) {
    this.jsonType = jsonType;
  }

  /** The JSON type values must have: {@code string}, {@code number} or {@code boolean}. */
  String jsonType() {
    return jsonType;
  }

  /** The primitive type for FHIR type {@code code}, or null if it is not a primitive. */
  static PrimitiveType of(String code) {
    return switch (code) {
      case "boolean" -> BOOLEAN;
      case "integer" -> INTEGER;
      case "positiveInt" -> POSITIVE_INT;
      case "unsignedInt" -> UNSIGNED_INT;
      case "integer64" -> INTEGER64;
      case "decimal" -> DECIMAL;
      case "string" -> STRING;
      case "markdown" -> MARKDOWN;
      case "code" -> CODE;
      case "id" -> ID;
      case "uri", "url", "canonical" -> URI;
      case "oid" -> OID;
      case "uuid" -> UUID;
      case "base64Binary" -> BASE64;
      case "date" -> DATE;
      case "dateTime" -> DATETIME;
      case "instant" -> INSTANT;
      case "time" -> TIME;
      case "xhtml" -> XHTML;
      default -> null;
    };
  }

  /**
   * Checks the lexical form of {@code text} (a string value, or a number's literal); returns the
   * issue code of the fault, or null if the value is fine. Empty strings are reported by the
   * caller, before this.
   */
  IssueCode check(String text) {
    return switch (this) {
      case BOOLEAN -> null;
      case INTEGER -> integer(text, Integer.MIN_VALUE, Integer.MAX_VALUE);
      case POSITIVE_INT -> integer(text, 1, Integer.MAX_VALUE);
      case UNSIGNED_INT -> integer(text, 0, Integer.MAX_VALUE);
      case INTEGER64 -> integer(text, Long.MIN_VALUE, Long.MAX_VALUE);
      case DECIMAL ->
          text.length() <= 64 && DECIMAL_FORM.matcher(text).matches()
              ? null
              : FormatCodes.INVALID_DECIMAL;
      case STRING, MARKDOWN ->
          Texts.hasIllegalCharacters(text) ? FormatCodes.CONTROL_CHARACTERS : null;
      case CODE -> Texts.isCode(text) ? null : FormatCodes.INVALID_CODE_FORMAT;
      case ID -> ID_FORM.matcher(text).matches() ? null : FormatCodes.INVALID_ID;
      case URI -> Texts.hasWhitespaceOrControl(text) ? FormatCodes.INVALID_URI : null;
      case OID ->
          text.length() <= 256 && OID_FORM.matcher(text).matches()
              ? null
              : FormatCodes.INVALID_VALUE;
      case UUID -> UUID_FORM.matcher(text).matches() ? null : FormatCodes.INVALID_VALUE;
      case BASE64 -> Texts.isBase64(text) ? null : FormatCodes.INVALID_BASE64;
      case DATE -> date(text) ? null : FormatCodes.INVALID_DATE;
      case DATETIME -> dateTime(text) ? null : FormatCodes.INVALID_DATETIME;
      case INSTANT ->
          text.length() <= 40 && INSTANT_FORM.matcher(text).matches() && realDate(text)
              ? null
              : FormatCodes.INVALID_INSTANT;
      case TIME ->
          text.length() <= 20 && TIME_FORM.matcher(text).matches()
              ? null
              : FormatCodes.INVALID_TIME;
      case XHTML -> Texts.looksLikeXhtmlDiv(text) ? null : FormatCodes.INVALID_XHTML;
    };
  }

  /** For integer types: the range reported in messages. */
  String[] range() {
    return switch (this) {
      case POSITIVE_INT -> new String[] {"1", Integer.toString(Integer.MAX_VALUE)};
      case UNSIGNED_INT -> new String[] {"0", Integer.toString(Integer.MAX_VALUE)};
      case INTEGER64 -> new String[] {Long.toString(Long.MIN_VALUE), Long.toString(Long.MAX_VALUE)};
      default ->
          new String[] {Integer.toString(Integer.MIN_VALUE), Integer.toString(Integer.MAX_VALUE)};
    };
  }

  private static IssueCode integer(String text, long min, long max) {
    if (text.length() > 20 || !INTEGER_FORM.matcher(text).matches()) {
      return FormatCodes.INTEGER_RANGE;
    }
    try {
      long v = Long.parseLong(text);
      return v >= min && v <= max ? null : FormatCodes.INTEGER_RANGE;
    } catch (NumberFormatException e) {
      return FormatCodes.INTEGER_RANGE; // beyond 64 bits
    }
  }

  private static boolean date(String text) {
    return text.length() <= 10 && DATE_FORM.matcher(text).matches() && realDate(text);
  }

  private static boolean dateTime(String text) {
    return text.length() <= 40 && DATETIME_FORM.matcher(text).matches() && realDate(text);
  }

  /** True unless the text has a full YYYY-MM-DD prefix that is not a calendar date (Feb 30). */
  private static boolean realDate(String text) {
    if (text.length() < 10) {
      return true;
    }
    try {
      LocalDate.of(
          Integer.parseInt(text, 0, 4, 10),
          Integer.parseInt(text, 5, 7, 10),
          Integer.parseInt(text, 8, 10, 10));
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }
}
