package fi.polku.validation.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.polku.validation.TestSupport;
import fi.polku.validation.oracle.KnownDifferences;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ValidationBenchmarkTest {

  @Test
  void closingLineGivesWholeRatesAndTheRatioToOneDecimal() {
    ValidationBenchmark.Result result =
        new ValidationBenchmark.Result(
            new ValidationBenchmark.Throughput("own", 123_456, 10.0),
            new ValidationBenchmark.Throughput("hl7", 1_000, 10.0),
            0);

    assertThat(result.line()).isEqualTo("validate: own=12346/s hl7=100/s ratio=123.5");
  }

  @Test
  void defaultsFindTheRepositorysCorpusAndDifferencesAndStayShort() {
    ValidationBenchmark.Settings defaults =
        ValidationBenchmark.Settings.defaults(TestSupport.root().resolve("validators"));

    assertThat(defaults.corpus().resolve("base")).isDirectory();
    assertThat(defaults.differences())
        .isEqualTo(TestSupport.root().resolve(KnownDifferences.DOCUMENT).toAbsolutePath());
    assertThat(defaults.warmup().plus(defaults.measured()).multipliedBy(2))
        .isLessThanOrEqualTo(Duration.ofSeconds(30));
    assertThat(defaults.threads()).isEqualTo(Runtime.getRuntime().availableProcessors());
  }

  @Test
  void settingsRefuseNoThreadsAndAnEmptyMeasurement() {
    Path corpus = Path.of("corpus");

    assertThatThrownBy(
            () ->
                new ValidationBenchmark.Settings(
                    corpus, null, 0, Duration.ZERO, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new ValidationBenchmark.Settings(corpus, null, 1, Duration.ZERO, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
