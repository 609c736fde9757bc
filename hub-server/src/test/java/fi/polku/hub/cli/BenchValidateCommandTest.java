package fi.polku.hub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line of {@code polku bench validate}; the benchmark itself is tested in the
 * validators module ({@code ValidationBenchmarkIT}).
 */
class BenchValidateCommandTest {

  private final CliRun cli = new CliRun();

  @Test
  void benchWithoutABenchmarkListsValidate() {
    assertThat(cli.run("bench")).isZero();
    assertThat(cli.out()).contains("Usage: polku bench").contains("validate");
  }

  @Test
  void helpShowsTheOptionsWithShortDefaultsAndTheClosingLine() {
    assertThat(cli.run("bench", "validate", "--help")).isZero();
    // picocli wraps the help to the terminal width: compare with the line breaks folded.
    assertThat(cli.out().replaceAll("\\s+", " "))
        .contains("--threads")
        .contains("--seconds")
        .contains("--warmup")
        .contains("--corpus")
        .contains("(default: 10)")
        .contains("(default: 3)")
        .contains("validate: own=<N>/s hl7=<N>/s ratio=<R>");
  }

  @Test
  void noThreadsIsAUsageError() {
    assertThat(cli.run("bench", "validate", "--threads", "0")).isEqualTo(2);
    assertThat(cli.err()).contains("--threads");
  }

  @Test
  void aFolderWithoutACorpusIsAUsageError(@TempDir Path empty) {
    assertThat(cli.run("bench", "validate", "--corpus", empty.toString())).isEqualTo(2);
    assertThat(cli.err()).contains("No oracle corpus");
  }
}
