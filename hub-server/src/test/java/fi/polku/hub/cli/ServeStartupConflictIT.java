package fi.polku.hub.cli;

import static fi.polku.hub.cli.StartupOutput.assertNoStackTraceOrErrorLogged;
import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.hub.problem.StartupCodes;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * {@code polku serve} when another program holds what the hub needs: the port, or (another hub) the
 * data folder's database. The operator gets one line with the code, the address or folder and what
 * to do, the exit status tells the reason, and neither the console nor the log shows a stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class ServeStartupConflictIT {

  @TempDir Path data;

  private final CliRun cli = new CliRun();

  @Test
  void aPortInUseStopsServeWithOneLineNamingTheAddressItsCodeAndExitStatus(CapturedOutput output)
      throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
      int port = taken.getLocalPort();

      int status =
          cli.run(
              "serve",
              "--port",
              Integer.toString(port),
              "--bind",
              "127.0.0.1",
              "--data",
              data.toString());

      assertThat(status).isEqualTo(StartupCodes.PORT_IN_USE.exitStatus());
      assertThat(cli.err().lines())
          .singleElement()
          .asString()
          .startsWith("polku serve: POLKU-HUB-1000: ")
          .contains("127.0.0.1:" + port)
          .contains("--port")
          .contains("polku.server.port");
      assertNoStackTraceOrErrorLogged(output);
    }
  }

  @Test
  void aDataFolderWhoseDatabaseAnotherHubHasOpenStopsServeNamingTheFolder(CapturedOutput output)
      throws IOException, SQLException {
    try (FileChannel otherHub = databaseOfAnotherHub()) {

      int status = cli.run("serve", "--port", "0", "--data", data.toString());

      assertThat(status).isEqualTo(StartupCodes.DATA_FOLDER_IN_USE.exitStatus());
      assertThat(cli.err().lines())
          .singleElement()
          .asString()
          .startsWith("polku serve: POLKU-HUB-1001: ")
          .contains(data.toAbsolutePath().normalize().toString())
          .contains("--data")
          .contains("polku.data");
      assertNoStackTraceOrErrorLogged(output);
    }
  }

  @Test
  void aDataFolderAnotherHubHoldsStopsServeWhateverItsDatabase(CapturedOutput output)
      throws IOException {
    Files.createDirectories(data);
    try (FileChannel lockFile =
            FileChannel.open(
                data.resolve("polku.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock otherHub = lockFile.lock()) {

      // PostgreSQL has no lock in the data folder; the folder's own lock is met before the
      // database is even tried (nothing listens on port 1).
      int status =
          cli.run(
              "serve",
              "--port",
              "0",
              "--data",
              data.toString(),
              "--polku.database.url=jdbc:postgresql://127.0.0.1:1/polku");

      assertThat(status).isEqualTo(StartupCodes.DATA_FOLDER_IN_USE.exitStatus());
      assertThat(cli.err().lines())
          .singleElement()
          .asString()
          .startsWith("polku serve: POLKU-HUB-1001: ")
          .contains(data.toAbsolutePath().normalize().toString());
      assertNoStackTraceOrErrorLogged(output);
    }
  }

  @Test
  void demoOnAPortInUseStopsLikeServe(CapturedOutput output) throws IOException {
    Files.createDirectories(data.resolve("samples/cities"));
    try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
      int port = taken.getLocalPort();

      int status =
          cli.run(
              "demo",
              "--port",
              Integer.toString(port),
              "--data",
              data.resolve("hub").toString(),
              "--samples",
              data.resolve("samples").toString());

      assertThat(status).isEqualTo(StartupCodes.PORT_IN_USE.exitStatus());
      assertThat(cli.err().lines())
          .singleElement()
          .asString()
          .startsWith("polku demo: POLKU-HUB-1000: ")
          .contains("127.0.0.1:" + port);
      assertNoStackTraceOrErrorLogged(output);
    }
  }

  @Test
  void loadIntoTheDataFolderOfARunningHubSaysToLoadOverHttpInstead(CapturedOutput output)
      throws IOException, SQLException {
    try (FileChannel otherHub = databaseOfAnotherHub()) {

      int status = cli.run("load", "koski", data.toString(), "--data", data.toString());

      assertThat(status).isEqualTo(1);
      assertThat(cli.err().lines())
          .hasSize(2)
          .satisfies(l -> assertThat(l.get(0)).startsWith("polku load: POLKU-HUB-1001: "))
          .satisfies(l -> assertThat(l.get(1)).contains("--hub http://"));
      assertNoStackTraceOrErrorLogged(output);
    }
  }

  @Test
  void benchSearchOnADataFolderInUseStopsLikeServeWithoutAStackTrace(CapturedOutput output)
      throws IOException, SQLException {
    try (FileChannel otherHub = databaseOfAnotherHub()) {

      int status = cli.run("bench", "search", "--data", data.toString());

      assertThat(status).isEqualTo(StartupCodes.DATA_FOLDER_IN_USE.exitStatus());
      assertThat(cli.err().lines())
          .singleElement()
          .asString()
          .startsWith("polku bench search: POLKU-HUB-1001: ")
          .contains(data.toAbsolutePath().normalize().toString());
      assertNoStackTraceOrErrorLogged(output);
    }
  }

  /**
   * The data folder's database as a hub in another process holds it: created, and its file locked
   * as H2 locks the file of an open database (this JVM's H2 meets that lock as it meets another
   * process's). Closing the channel releases the lock.
   */
  private FileChannel databaseOfAnotherHub() throws IOException, SQLException {
    Path db = data.resolve("db");
    Files.createDirectories(db);
    DriverManager.getConnection("jdbc:h2:file:" + db.resolve("polku"), "sa", "").close();
    FileChannel file =
        FileChannel.open(
            db.resolve("polku.mv.db"), StandardOpenOption.READ, StandardOpenOption.WRITE);
    try {
      file.lock();
      return file;
    } catch (IOException e) {
      file.close();
      throw e;
    }
  }
}
