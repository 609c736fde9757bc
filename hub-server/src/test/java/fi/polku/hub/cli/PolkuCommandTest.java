package fi.polku.hub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class PolkuCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = PolkuCommand.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void helpListsTheCommands() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("Usage: polku").contains("model");
  }

  @Test
  void versionNamesTheModelVersion() {
    assertThat(run("--version")).isZero();
    assertThat(out.toString()).containsPattern("Information model \\d+\\.\\d+\\.\\d+");
  }

  @Test
  void modelCommandListsResourceTypesInTheChosenLanguage() {
    assertThat(run("model", "--lang", "fi")).isZero();
    assertThat(out.toString())
        .contains("Learner")
        .contains("oppija")
        .contains("StudyRight")
        .contains("opiskeluoikeus")
        .contains("PolkuOrganization");
  }

  @Test
  void unknownLanguageIsAUsageError() {
    assertThat(run("model", "--lang", "de")).isEqualTo(2);
    assertThat(err.toString()).contains("--lang must be fi, sv or en");
  }

  @Test
  void benchListsItsMeasurements() {
    assertThat(run("bench", "--help")).isZero();
    assertThat(out.toString()).contains("ingest");
  }

  @Test
  void benchIngestOnPostgresqlNeedsTheDatabaseUrl() {
    assertThat(run("bench", "ingest", "--db", "postgres")).isEqualTo(2);
    assertThat(err.toString()).contains("--db-url");
  }

  @Test
  void benchIngestRefusesANonPositiveBundleSize() {
    assertThat(run("bench", "ingest", "--bundle", "0")).isEqualTo(2);
    assertThat(err.toString()).contains("--bundle");
  }

  @Test
  void unknownCommandIsAUsageError() {
    assertThat(run("frobnicate")).isEqualTo(2);
    assertThat(err.toString()).contains("frobnicate");
  }
}
