package fi.polku.hub.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DateRangeTest {

  private static long at(String instant) {
    return Instant.parse(instant).toEpochMilli();
  }

  @Test
  void aDateCoversItsWholePrecision() {
    assertThat(DateRange.parse("2012"))
        .isEqualTo(new DateRange(at("2012-01-01T00:00:00Z"), at("2013-01-01T00:00:00Z") - 1));
    assertThat(DateRange.parse("2012-02"))
        .isEqualTo(new DateRange(at("2012-02-01T00:00:00Z"), at("2012-03-01T00:00:00Z") - 1));
    assertThat(DateRange.parse("2012-03-12"))
        .isEqualTo(new DateRange(at("2012-03-12T00:00:00Z"), at("2012-03-13T00:00:00Z") - 1));
  }

  @Test
  void aDateTimeCoversItsSecondOrMinuteAndHonoursItsZone() {
    assertThat(DateRange.parse("2012-03-12T10:00:05+02:00"))
        .isEqualTo(new DateRange(at("2012-03-12T08:00:05Z"), at("2012-03-12T08:00:05Z") + 999));
    assertThat(
            DateRange.parse("2012-03-12T10:00Z").high()
                - DateRange.parse("2012-03-12T10:00Z").low())
        .isEqualTo(59_999);
    assertThat(DateRange.parse("2012-03-12T10:00:05.5Z"))
        .isEqualTo(new DateRange(at("2012-03-12T10:00:05.500Z"), at("2012-03-12T10:00:05.599Z")));
  }

  @Test
  void aPeriodWithoutAnEndIsOpen() {
    assertThat(DateRange.period("2019-08-08", null).high()).isEqualTo(Long.MAX_VALUE);
    assertThat(DateRange.period(null, "2020").low()).isEqualTo(Long.MIN_VALUE);
  }

  @Test
  void somethingElseIsNoDate() {
    assertThatThrownBy(() -> DateRange.parse("12.3.2012"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
