package fi.polku.validation.structure;

import fi.polku.validation.parse.JsonObject;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * FHIR R5 core datatype invariants checked on the JSON tree instead of through FHIRPath. They run
 * on every Coding, Reference, Identifier and Period of every resource, so evaluating them through
 * the FHIRPath engine cost more than the rest of validation together; each is simple enough to
 * state exactly. Each check mirrors the FHIR R5 expression quoted in its comment, including the
 * engine's boundary semantics for {@code per-1} (verified against the engine in the tests).
 */
final class NativeInvariants {

  /** An invariant decided on the JSON object of the datatype. */
  @FunctionalInterface
  interface Check {
    boolean holds(JsonObject value);
  }

  /** Offsets FHIRPath assumes for values without a time zone: the earliest and latest on Earth. */
  private static final ZoneOffset EARLIEST = ZoneOffset.ofHours(14);

  private static final ZoneOffset LATEST = ZoneOffset.ofHours(-12);

  private NativeInvariants() {}

  /** The native check of invariant {@code key} of {@code datatype}, or null if there is none. */
  static Check of(String datatype, String key) {
    return switch (datatype + "/" + key) {
      // code.exists().not() implies display.exists().not()
      case "Coding/cod-1" -> v -> has(v, "code") || !has(v, "display");
      // reference.exists() or identifier.exists() or display.exists() or extension.exists()
      case "Reference/ref-2" ->
          v ->
              has(v, "reference")
                  || has(v, "identifier")
                  || has(v, "display")
                  || has(v, "extension");
      // value.exists()
      case "Identifier/ident-1" -> v -> has(v, "value");
      // value.empty() or system.exists()
      case "ContactPoint/cpt-2" -> v -> !has(v, "value") || has(v, "system");
      // code.empty() or system.exists()
      case "Quantity/qty-3" -> v -> !has(v, "code") || has(v, "system");
      // data.empty() or contentType.exists()
      case "Attachment/att-1" -> v -> !has(v, "data") || has(v, "contentType");
      // start.hasValue().not() or end.hasValue().not()
      //   or (start.lowBoundary() <= end.highBoundary())
      case "Period/per-1" -> NativeInvariants::period;
      default -> null;
    };
  }

  /** FHIRPath {@code exists()} of a primitive or complex element: its value or its extensions. */
  private static boolean has(JsonObject v, String name) {
    return v.get(name) != null || v.get("_" + name) != null;
  }

  private static boolean period(JsonObject p) {
    String start = p.string("start");
    String end = p.string("end");
    if (start == null || end == null) {
      return true;
    }
    OffsetDateTime low = boundary(start, true);
    OffsetDateTime high = boundary(end, false);
    return low == null || high == null || !low.isAfter(high);
  }

  /**
   * The lowest or highest instant a (possibly partial) date or dateTime can mean, as FHIRPath's
   * {@code lowBoundary()}/{@code highBoundary()} compute it: missing parts take their extreme
   * values, and a value without a time zone is taken at +14:00 (low) or -12:00 (high). Null for a
   * malformed value (reported by the format check).
   */
  static OffsetDateTime boundary(String text, boolean low) {
    try {
      int t = text.indexOf('T');
      if (t < 0) {
        LocalDate day = low ? RecordDates.lowerBound(text) : RecordDates.upperBound(text);
        if (day == null) {
          return null;
        }
        LocalDateTime time = low ? day.atStartOfDay() : day.atTime(23, 59, 59, 999_000_000);
        return time.atOffset(low ? EARLIEST : LATEST);
      }
      return OffsetDateTime.parse(withMillis(text, t, low));
    } catch (DateTimeException | IndexOutOfBoundsException | NumberFormatException e) {
      return null;
    }
  }

  /** {@code text} with its fraction of seconds cut or padded to milliseconds (0s low, 9s high). */
  private static String withMillis(String text, int t, boolean low) {
    int zone = Math.max(text.indexOf('Z', t), Math.max(text.indexOf('+', t), text.indexOf('-', t)));
    String clock = text.substring(0, zone);
    String offset = text.substring(zone);
    int dot = clock.indexOf('.');
    String whole = dot < 0 ? clock : clock.substring(0, dot);
    String fraction = dot < 0 ? "" : clock.substring(dot + 1);
    String pad = low ? "000" : "999";
    String millis = (fraction + pad).substring(0, 3);
    if (fraction.length() > 3) {
      millis = fraction.substring(0, 3);
    }
    return whole + "." + millis + offset;
  }
}
