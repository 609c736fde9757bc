package fi.polku.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class ConformingRecordsTest {

  static final java.util.List<String> RECORDS = Fixtures.WORLD;

  @ParameterizedTest
  @FieldSource("RECORDS")
  void sampleRecordsBreakNoRule(String name) {
    assertThat(Fixtures.validate(Fixtures.record(name))).isEmpty();
  }

  @ParameterizedTest
  @FieldSource("RECORDS")
  void sampleRecordsParsedByHapiBreakNoRule(String name) {
    var report =
        Fixtures.engine()
            .validate(Fixtures.resource(Fixtures.record(name)), Fixtures.options(Fixtures.world()));

    assertThat(report.issues()).isEmpty();
  }
}
