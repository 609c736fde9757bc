package fi.polku.mapping.transform;

import com.fasterxml.jackson.databind.JsonNode;
import fi.polku.mapping.codes.MappingCodes;
import fi.polku.mapping.spec.SourceSpec;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The value conversions of the spec format ({@code as: ...}) for plain values. */
final class Conversions {

  private Conversions() {}

  /** Plain text (JSON scalars as their text). */
  static Conversion string() {
    return (raw, f, ctx) -> Values.text(raw);
  }

  /** A code, with {@code system} for Coding and CodeableConcept targets (may be null). */
  static Conversion code(String system) {
    return (raw, f, ctx) -> {
      String t = Values.text(raw);
      return t == null ? null : Coded.of(system, t.trim());
    };
  }

  /** A flag: the source's true and false texts (case-insensitive), or a JSON boolean. */
  static Conversion bool(List<String> trueValues, List<String> falseValues) {
    String allowed = String.join("/", trueValues) + ", " + String.join("/", falseValues);
    return (raw, f, ctx) -> {
      if (raw instanceof JsonNode n && n.isBoolean()) {
        return n.booleanValue();
      }
      if (raw instanceof Boolean b) {
        return b;
      }
      String t = Values.text(raw);
      if (t != null) {
        String v = t.trim();
        for (String s : trueValues) {
          if (s.equalsIgnoreCase(v)) {
            return Boolean.TRUE;
          }
        }
        for (String s : falseValues) {
          if (s.equalsIgnoreCase(v)) {
            return Boolean.FALSE;
          }
        }
        // ConceptMap properties and defaults are written the FHIR way.
        if (v.equals("true") || v.equals("false")) {
          return Boolean.valueOf(v);
        }
      }
      ctx.fail(
          MappingCodes.INVALID_FLAG,
          f.column(),
          Map.of("column", f.column(), "value", f.show(raw), "allowed", allowed));
      return null;
    };
  }

  /** A whole number. */
  static Conversion integer() {
    return (raw, f, ctx) -> {
      if (raw instanceof Number n && !(raw instanceof BigDecimal)) {
        return n.longValue();
      }
      if (raw instanceof JsonNode n && n.isIntegralNumber()) {
        return n.longValue();
      }
      try {
        return Long.parseLong(Values.text(raw).trim());
      } catch (RuntimeException e) {
        return notANumber(raw, f, ctx);
      }
    };
  }

  /** A decimal number; text uses {@code separator} as the decimal separator. */
  static Conversion decimal(char separator) {
    return (raw, f, ctx) -> {
      if (raw instanceof BigDecimal d) {
        return d;
      }
      if (raw instanceof Number n) {
        return new BigDecimal(n.toString());
      }
      if (raw instanceof JsonNode n && n.isNumber()) {
        return n.decimalValue();
      }
      try {
        String t = Values.text(raw).trim();
        return new BigDecimal(separator == '.' ? t : t.replace(separator, '.'));
      } catch (RuntimeException e) {
        return notANumber(raw, f, ctx);
      }
    };
  }

  private static Object notANumber(Object raw, FieldInfo f, RowContext ctx) {
    ctx.fail(
        MappingCodes.INVALID_NUMBER,
        f.column(),
        Map.of("column", f.column(), "value", f.show(raw)));
    return null;
  }

  /**
   * A date: JDBC dates as they are, text (of a file, or a JSON or XML value) in {@code pattern}
   * (strictly: {@code 31.2.2020} is rejected). The pattern is the field's, else the source's, which
   * is ISO ({@code yyyy-MM-dd}) unless the spec says otherwise.
   */
  static Conversion date(String pattern) {
    DateTimeFormatter format = strict(pattern);
    return (raw, f, ctx) -> {
      if (raw instanceof java.sql.Date d) {
        return d.toLocalDate();
      }
      if (raw instanceof LocalDate d) {
        return d;
      }
      String t = Values.text(raw);
      try {
        return LocalDate.parse(t.trim(), format);
      } catch (DateTimeParseException | NullPointerException e) {
        ctx.fail(
            MappingCodes.INVALID_DATE,
            f.column(),
            Map.of("column", f.column(), "value", f.show(raw), "format", pattern));
        return null;
      }
    };
  }

  /** A local timestamp in {@code pattern}, placed in {@code zone}; JDBC timestamps likewise. */
  static Conversion dateTime(String pattern, ZoneId zone) {
    DateTimeFormatter format = strict(pattern);
    return (raw, f, ctx) -> {
      if (raw instanceof Timestamp ts) {
        return ts.toLocalDateTime().atZone(zone).toOffsetDateTime();
      }
      if (raw instanceof LocalDateTime ldt) {
        return ldt.atZone(zone).toOffsetDateTime();
      }
      String t = Values.text(raw);
      try {
        return LocalDateTime.parse(t.trim(), format).atZone(zone).toOffsetDateTime();
      } catch (DateTimeParseException | NullPointerException e) {
        ctx.fail(
            MappingCodes.INVALID_TIMESTAMP,
            f.column(),
            Map.of("column", f.column(), "value", f.show(raw), "format", pattern));
        return null;
      }
    };
  }

  /** A time of day in {@code pattern}. */
  static Conversion time(String pattern) {
    DateTimeFormatter format = strict(pattern);
    return (raw, f, ctx) -> {
      try {
        return LocalTime.parse(Values.text(raw).trim(), format);
      } catch (DateTimeParseException | NullPointerException e) {
        ctx.fail(
            MappingCodes.INVALID_TIMESTAMP,
            f.column(),
            Map.of("column", f.column(), "value", f.show(raw), "format", pattern));
        return null;
      }
    };
  }

  /** Milliseconds since 1970 (the organisation service's dates) as a date in {@code zone}. */
  static Conversion epochDate(ZoneId zone) {
    return (raw, f, ctx) -> {
      try {
        long ms =
            raw instanceof JsonNode n && n.isNumber()
                ? n.longValue()
                : Long.parseLong(Values.text(raw));
        return Instant.ofEpochMilli(ms).atZone(zone).toLocalDate();
      } catch (RuntimeException e) {
        return notANumber(raw, f, ctx);
      }
    };
  }

  /**
   * A strict formatter: {@code yyyy} is read as the proleptic year ({@code uuuu}), because strict
   * resolution with year-of-era would reject every date without an era.
   */
  static DateTimeFormatter strict(String pattern) {
    return DateTimeFormatter.ofPattern(pattern.replace('y', 'u'), Locale.ROOT)
        .withResolverStyle(ResolverStyle.STRICT);
  }

  /** Whether {@code source}'s defaults are used for {@code as}. */
  static Conversion forName(String as, SourceSpec source, String format, String system) {
    return switch (as) {
      case "string", "text" -> string();
      case "code" -> code(system);
      case "boolean" -> bool(source.trueValues(), source.falseValues());
      case "integer" -> integer();
      case "decimal" -> decimal(source.decimalSeparator());
      case "date" -> date(format != null ? format : source.dateFormat());
      case "dateTime" ->
          dateTime(format != null ? format : source.dateTimeFormat(), source.timeZone());
      case "time" -> time(format != null ? format : "H:mm");
      case "epoch-date" -> epochDate(source.timeZone());
      default -> null;
    };
  }
}
