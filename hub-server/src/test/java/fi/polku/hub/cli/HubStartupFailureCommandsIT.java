package fi.polku.hub.cli;

import static fi.polku.hub.cli.StartupOutput.assertNoStackTraceOrErrorLogged;
import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.hub.problem.StartupCodes;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The commands besides {@code serve} that start a hub tell why it cannot start as serve does: one
 * line with the code, no stack trace; the commands that list the start-up codes' exit statuses exit
 * with them, {@code load} with its own 1.
 */
@ExtendWith(OutputCaptureExtension.class)
class HubStartupFailureCommandsIT {

  @TempDir Path work;

  private final CliRun cli = new CliRun();

  @Test
  void benchIngestOnAnUnreachableDatabaseStopsWithOneLineAndItsStatus(CapturedOutput output)
      throws IOException {
    int port = closedPort();

    int status =
        cli.run(
            "bench",
            "ingest",
            "--db",
            "postgres",
            "--db-url",
            "jdbc:postgresql://127.0.0.1:" + port + "/polku",
            "--db-password",
            "s3cret");

    assertThat(status).isEqualTo(StartupCodes.DATABASE_UNREACHABLE.exitStatus());
    assertThat(cli.err().lines())
        .singleElement()
        .asString()
        .startsWith("polku bench ingest: POLKU-HUB-1004: Cannot connect to the database")
        .contains("127.0.0.1:" + port + "/polku");
    assertNoStackTraceOrErrorLogged(output);
    assertThat(output.getAll() + cli.err()).doesNotContain("s3cret");
  }

  @Test
  void demoOnAPortOutOfRangeStopsWithTheSettingsLine(CapturedOutput output) throws IOException {
    Files.createDirectories(work.resolve("samples/cities"));

    int status =
        cli.run(
            "demo",
            "--port",
            "70000",
            "--data",
            work.resolve("hub").toString(),
            "--samples",
            work.resolve("samples").toString());

    assertThat(status).isEqualTo(StartupCodes.SETTING_INVALID.exitStatus());
    assertThat(cli.err().lines())
        .singleElement()
        .asString()
        .startsWith(
            "polku demo: POLKU-HUB-1002: The setting polku.server.port cannot be \"70000\": it"
                + " must be at most 65535.");
    assertNoStackTraceOrErrorLogged(output);
  }

  @Test
  void loadIntoADataFolderThatIsAFileSaysSoInOneLineAndExitsWithItsOwnStatus(CapturedOutput output)
      throws IOException {
    Path file = Files.writeString(work.resolve("data"), "not a folder");

    int status = cli.run("load", "koski", work.toString(), "--data", file.toString());

    assertThat(status).isEqualTo(1);
    assertThat(cli.err().lines())
        .singleElement()
        .asString()
        .startsWith("polku load: POLKU-HUB-1003: The data folder " + file)
        .contains(file + " is a file, not a folder");
    assertNoStackTraceOrErrorLogged(output);
  }

  @Test
  void reindexWithAValueOfTheWrongTypeStopsWithTheSettingsLine(CapturedOutput output) {
    int status =
        cli.run(
            "reindex",
            "--data",
            work.resolve("data").toString(),
            "--polku.search.commit-interval=often");

    assertThat(status).isEqualTo(StartupCodes.SETTING_INVALID.exitStatus());
    assertThat(cli.err().lines())
        .singleElement()
        .asString()
        .startsWith(
            "polku reindex: POLKU-HUB-1002: The setting polku.search.commit-interval cannot be"
                + " \"often\": it must be a duration such as 30s or 5m.");
    assertNoStackTraceOrErrorLogged(output);
  }

  /** A port of this machine nothing listens on (it did a moment ago). */
  private static int closedPort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      return s.getLocalPort();
    }
  }
}
