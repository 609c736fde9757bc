package fi.polku.validation.structure;

import fi.polku.validation.parse.JsonArray;
import fi.polku.validation.parse.JsonObject;
import fi.polku.validation.parse.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Dates of records for code validity. A coded value is judged at the latest day the record asserts
 * it: the end of its period, or, for an open period, today (or the start, if that is later). A
 * municipality code of an organisation that closed in 2016 is judged in 2016; of one still
 * operating, today.
 */
final class RecordDates {

  private RecordDates() {}

  /** The judging date of a FHIR Period object, or null if it has no dates (or is null). */
  static LocalDate ofPeriod(JsonObject period, LocalDate asOf) {
    if (period == null) {
      return null;
    }
    LocalDate end = upperBound(period.string("end"));
    if (end != null) {
      return end;
    }
    LocalDate start = lowerBound(period.string("start"));
    if (start != null) {
      return start.isAfter(asOf) ? start : asOf;
    }
    return null;
  }

  /** The judging date from a period-valued extension at the resource root, or null. */
  static LocalDate ofRootExtensions(JsonObject root, LocalDate asOf) {
    if (!(root.get("extension") instanceof JsonArray extensions)) {
      return null;
    }
    for (JsonValue v : extensions.items()) {
      if (v instanceof JsonObject ext) {
        LocalDate d = ofPeriod(ext.object("valuePeriod"), asOf);
        if (d != null) {
          return d;
        }
      }
    }
    return null;
  }

  /** The last day a (possibly partial) FHIR date or dateTime can mean, or null. */
  static LocalDate upperBound(String text) {
    try {
      if (text == null || text.length() < 4) {
        return null;
      }
      int year = Integer.parseInt(text, 0, 4, 10);
      if (text.length() < 7) {
        return LocalDate.of(year, 12, 31);
      }
      int month = Integer.parseInt(text, 5, 7, 10);
      if (text.length() < 10) {
        return YearMonth.of(year, month).atEndOfMonth();
      }
      return LocalDate.of(year, month, Integer.parseInt(text, 8, 10, 10));
    } catch (NumberFormatException | DateTimeException e) {
      return null; // malformed dates are reported by the format check
    }
  }

  /** The first day a (possibly partial) FHIR date or dateTime can mean, or null. */
  static LocalDate lowerBound(String text) {
    try {
      if (text == null || text.length() < 4) {
        return null;
      }
      int year = Integer.parseInt(text, 0, 4, 10);
      int month = text.length() >= 7 ? Integer.parseInt(text, 5, 7, 10) : 1;
      int day = text.length() >= 10 ? Integer.parseInt(text, 8, 10, 10) : 1;
      return LocalDate.of(year, month, day);
    } catch (NumberFormatException | DateTimeException e) {
      return null;
    }
  }
}
