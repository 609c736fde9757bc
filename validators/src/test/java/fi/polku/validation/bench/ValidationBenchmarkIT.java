package fi.polku.validation.bench;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.validation.PolkuValidators;
import fi.polku.validation.TestSupport;
import fi.polku.validation.oracle.KnownDifferences;
import fi.polku.validation.oracle.OracleCorpus;
import fi.polku.validation.oracle.SharedHl7;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's whole code path (corpus, verdict check, warm-up, measurement, report) on a
 * three-resource corpus with a budget of a fraction of a second. Timings are not checked, only what
 * the benchmark reports. An integration test because it needs the HL7 validator, which it shares
 * with {@code OracleAgreementIT}: once that is loaded, this runs in seconds.
 */
class ValidationBenchmarkIT {

  private static final String LINE = "validate: own=\\d+/s hl7=\\d+/s ratio=\\d+\\.\\d";

  @Test
  void endsWithTheThroughputLineAndReportsTheVerdicts(@TempDir Path dir) throws IOException {
    Path corpus = smallCorpus(dir);
    StringWriter text = new StringWriter();
    ValidationBenchmark.Settings settings =
        new ValidationBenchmark.Settings(
            corpus,
            TestSupport.root().resolve(KnownDifferences.DOCUMENT),
            2,
            Duration.ZERO,
            Duration.ofMillis(300));

    ValidationBenchmark.Result result =
        new ValidationBenchmark(new PrintWriter(text))
            .run(settings, PolkuValidators.structural(), SharedHl7.validator());

    List<String> lines = text.toString().lines().toList();
    assertThat(lines.get(lines.size() - 1)).matches(LINE).isEqualTo(result.line());
    assertThat(text.toString())
        .containsPattern("verdicts: \\d+ identical, \\d+ documented differences")
        .contains("0 unexplained")
        .contains("own: measuring")
        .contains("hl7: measuring");
    assertThat(result.unexplained()).isZero();
    assertThat(result.own().validated()).isGreaterThanOrEqualTo(2);
    assertThat(result.hl7().validated()).isGreaterThanOrEqualTo(2);
  }

  /** Three base instances of the oracle corpus (the generator adds their faults). */
  private static Path smallCorpus(Path dir) throws IOException {
    Path source = TestSupport.root().resolve(OracleCorpus.SOURCE_FOLDER).resolve("base");
    for (String file :
        List.of(
            "Learner/koski-esiopetus-valmis.json",
            "StudyRight/koski-esiopetus-valmis.json",
            "PolkuOrganization/" + firstFile(source.resolve("PolkuOrganization")))) {
      Path target = dir.resolve("base").resolve(file);
      Files.createDirectories(target.getParent());
      Files.copy(source.resolve(file), target);
    }
    return dir;
  }

  private static String firstFile(Path folder) throws IOException {
    try (var files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).sorted().findFirst().orElseThrow();
    }
  }
}
