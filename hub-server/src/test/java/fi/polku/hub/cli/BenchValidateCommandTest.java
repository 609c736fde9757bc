package fi.polku.hub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The command line of {@code polku bench validate}; the benchmark itself is tested in the
 * validators module ({@code ValidationBenchmarkIT}).
 */
class BenchValidateCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = PolkuCommand.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void benchWithoutABenchmarkListsValidate() {
    assertThat(run("bench")).isZero();
    assertThat(out.toString()).contains("Usage: polku bench").contains("validate");
  }

  @Test
  void helpShowsTheOptionsWithShortDefaultsAndTheClosingLine() {
    assertThat(run("bench", "validate", "--help")).isZero();
    // picocli wraps the help to the terminal width: compare with the line breaks folded.
    assertThat(out.toString().replaceAll("\\s+", " "))
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
    assertThat(run("bench", "validate", "--threads", "0")).isEqualTo(2);
    assertThat(err.toString()).contains("--threads");
  }

  @Test
  void aFolderWithoutACorpusIsAUsageError(@TempDir Path empty) {
    assertThat(run("bench", "validate", "--corpus", empty.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("No oracle corpus");
  }
}
