package fi.polku.hub.index;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A FHIR date, dateTime, instant or Period as the range of milliseconds it covers, both ends
 * inclusive: {@code 2024} is the whole year, {@code 2024-08-01T10:00Z} the minute. Values without a
 * time zone are read as UTC (the index and the queries do the same, so dates compare as dates). An
 * open end is {@link Long#MIN_VALUE} or {@link Long#MAX_VALUE}.
 *
 * @param low first millisecond covered
 * @param high last millisecond covered
 */
public record DateRange(long low, long high) {

  private static final Pattern FORMAT =
      Pattern.compile(
          "(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:T(\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?"
              + "(Z|[+-]\\d{2}:\\d{2})?)?)?)?");

  /** The whole time line: a period without start or end. */
  public static final DateRange ALL = new DateRange(Long.MIN_VALUE, Long.MAX_VALUE);

  /**
   * The range of a date, dateTime or instant in FHIR's format.
   *
   * @throws IllegalArgumentException when {@code text} is not such a value
   */
  public static DateRange parse(String text) {
    Matcher m = FORMAT.matcher(text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("not a FHIR date or dateTime: " + text);
    }
    int year = Integer.parseInt(m.group(1));
    if (m.group(2) == null) {
      return days(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
    }
    int month = Integer.parseInt(m.group(2));
    if (m.group(3) == null) {
      YearMonth ym = YearMonth.of(year, month);
      return days(ym.atDay(1), ym.plusMonths(1).atDay(1));
    }
    LocalDate day = LocalDate.of(year, month, Integer.parseInt(m.group(3)));
    if (m.group(4) == null) {
      return days(day, day.plusDays(1));
    }
    ZoneOffset zone = m.group(8) == null ? ZoneOffset.UTC : ZoneOffset.of(m.group(8));
    LocalDateTime time =
        day.atTime(
            Integer.parseInt(m.group(4)),
            Integer.parseInt(m.group(5)),
            m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
    long start = time.toInstant(zone).toEpochMilli();
    if (m.group(6) == null) {
      return new DateRange(start, start + 60_000 - 1);
    }
    if (m.group(7) == null) {
      return new DateRange(start, start + 1_000 - 1);
    }
    String fraction = m.group(7);
    int digits = Math.min(3, fraction.length());
    long millis = Long.parseLong(fraction.substring(0, digits));
    long unit = 1;
    for (int i = digits; i < 3; i++) {
      millis *= 10;
      unit *= 10;
    }
    return new DateRange(start + millis, start + millis + unit - 1);
  }

  /** A period from {@code start} to {@code end}; either may be null (open). */
  public static DateRange period(String start, String end) {
    long low = start == null || start.isBlank() ? Long.MIN_VALUE : parse(start).low();
    long high = end == null || end.isBlank() ? Long.MAX_VALUE : parse(end).high();
    return new DateRange(low, high);
  }

  /** One instant. */
  public static DateRange instant(long epochMillis) {
    return new DateRange(epochMillis, epochMillis);
  }

  private static DateRange days(LocalDate from, LocalDate until) {
    return new DateRange(
        from.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli(),
        until.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli() - 1);
  }

  /** Whether this range lies within {@code other}. */
  public boolean within(DateRange other) {
    return low >= other.low && high <= other.high;
  }
}
