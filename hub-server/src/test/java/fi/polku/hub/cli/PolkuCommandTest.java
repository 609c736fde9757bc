package fi.polku.hub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.hub.problem.StartupCode;
import fi.polku.hub.problem.StartupCodes;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class PolkuCommandTest {

  private final CliRun cli = new CliRun();

  @Test
  void helpListsTheCommands() {
    assertThat(cli.run("--help")).isZero();
    assertThat(cli.out()).contains("Usage: polku").contains("model");
  }

  @Test
  void versionNamesTheModelVersion() {
    assertThat(cli.run("--version")).isZero();
    assertThat(cli.out()).containsPattern("Information model \\d+\\.\\d+\\.\\d+");
  }

  @Test
  void modelCommandListsResourceTypesInTheChosenLanguage() {
    assertThat(cli.run("model", "--lang", "fi")).isZero();
    assertThat(cli.out())
        .contains("Learner")
        .contains("oppija")
        .contains("StudyRight")
        .contains("opiskeluoikeus")
        .contains("PolkuOrganization");
  }

  @Test
  void unknownLanguageIsAUsageError() {
    assertThat(cli.run("model", "--lang", "de")).isEqualTo(2);
    assertThat(cli.err()).contains("--lang must be fi, sv or en");
  }

  @Test
  void benchListsItsMeasurements() {
    assertThat(cli.run("bench", "--help")).isZero();
    assertThat(cli.out()).contains("ingest");
  }

  @Test
  void benchIngestOnPostgresqlNeedsTheDatabaseUrl() {
    assertThat(cli.run("bench", "ingest", "--db", "postgres")).isEqualTo(2);
    assertThat(cli.err()).contains("--db-url");
  }

  @Test
  void benchIngestRefusesANonPositiveBundleSize() {
    assertThat(cli.run("bench", "ingest", "--bundle", "0")).isEqualTo(2);
    assertThat(cli.err()).contains("--bundle");
  }

  @Test
  void unknownCommandIsAUsageError() {
    assertThat(cli.run("frobnicate")).isEqualTo(2);
    assertThat(cli.err()).contains("frobnicate");
  }

  @Test
  void loadRefusesABatchOutsideItsRangeBeforeTheHubStarts() {
    assertThat(cli.run("load", "koski", "samples", "--batch", "0")).isEqualTo(2);
    assertThat(cli.err()).contains("--batch must be within 1..1000: 0");
    assertThat(cli.run("load", "koski", "samples", "--batch", "1001")).isEqualTo(2);
    assertThat(cli.err()).contains("--batch must be within 1..1000: 1001");
  }

  @Test
  void loadIntoARemoteHubRefusesAnInvalidArchiveLimitOfItsEnvironmentBeforeItLoads() {
    String key = "polku.load.max-archive-size";
    System.setProperty(key, "16");
    try {
      assertThat(cli.run("load", "koski", "..", "--hub", "http://127.0.0.1:9/fhir")).isEqualTo(2);
    } finally {
      System.clearProperty(key);
    }
    assertThat(cli.err())
        .startsWith("polku load: POLKU-HUB-1002: The setting polku.load.max-archive-size")
        .contains("\"16B\"", "1MB")
        .doesNotContain("\tat ");
  }

  @Test
  void loadHelpNamesTheBatchSizeAndItsDefault() {
    assertThat(cli.run("load", "--help")).isZero();
    assertThat(cli.out().replaceAll("\\s+", " "))
        .contains("--batch=RECORDS")
        .contains("Source records per transaction Bundle, 1..1000 (default: 200)");
  }

  @Test
  void theHelpOfEveryCommandThatStartsAHubListsTheExitStatusOfEveryStartupCode() {
    for (String[] command :
        List.of(
            new String[] {"serve"},
            new String[] {"demo"},
            new String[] {"reindex"},
            new String[] {"bench", "ingest"},
            new String[] {"bench", "load"},
            new String[] {"bench", "search"})) {
      CliRun help = new CliRun();
      List<String> args = new ArrayList<>(List.of(command));
      args.add("--help");

      assertThat(help.run(args.toArray(String[]::new))).isZero();
      for (StartupCode c : StartupCodes.all()) {
        assertThat(help.out())
            .as("%s: %s", String.join(" ", command), c.code())
            .containsPattern("(?m)^\\s+" + c.exitStatus() + "\\s.*\\(" + c.code() + "\\)$");
      }
      assertThat(help.out())
          .as(String.join(" ", command))
          .containsPattern("(?m)^\\s+1\\s+another failure: the stack trace");
    }
  }

  @Test
  void aStatusACommandUsesForSomethingOfItsOwnListsBoth() {
    assertThat(cli.run("demo", "--help")).isZero();
    assertThat(cli.out())
        .containsPattern(
            "(?m)^\\s+2\\s+no sample data was found; an option or a setting has an invalid value"
                + " \\(POLKU-HUB-1002\\)$");
  }

  @Test
  void everyCommandPrintsItsDescriptionLinesUnbrokenWithinTheUsageWidth() {
    List<String> checked = new ArrayList<>();
    checkDescriptions(PolkuCommand.commandLine(), checked);
    assertThat(checked).contains("polku", "demo", "load", "bench ingest");
  }

  private static void checkDescriptions(CommandLine command, List<String> checked) {
    String name = command.getCommandSpec().qualifiedName().replaceFirst("^polku ", "");
    if (!checked.add(name)) {
      return;
    }
    String usage = command.getUsageMessage(CommandLine.Help.Ansi.OFF);
    for (String line : command.getCommandSpec().usageMessage().description()) {
      // A line written to fit is printed as written; a longer one is a paragraph, wrapped.
      if (line.length() <= PolkuCommand.USAGE_WIDTH
          && !line.contains("%")
          && !line.contains("${")) {
        assertThat(usage).as("help of %s", name).contains(line.strip());
      }
    }
    assertThat(usage.lines())
        .as("help of %s", name)
        .allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(PolkuCommand.USAGE_WIDTH));
    command.getSubcommands().values().forEach(sub -> checkDescriptions(sub, checked));
  }
}
