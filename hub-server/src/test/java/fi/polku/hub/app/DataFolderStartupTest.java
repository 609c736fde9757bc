package fi.polku.hub.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fi.polku.hub.problem.StartupCodes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.BeanCreationException;

/**
 * A data folder the hub cannot create or write to stops the start as POLKU-HUB-1003 with exit
 * status 5, naming the folder and what is in the way: checked before the hub starts, and recognised
 * in the failures of the file system and of H2 alike.
 */
class DataFolderStartupTest {

  @TempDir Path tmp;

  @Test
  void aDataFolderThatIsAFileIsRefusedNamingIt() throws IOException {
    Path file = Files.writeString(tmp.resolve("data"), "not a folder");

    StartupFailure f =
        catchThrowableOfType(() -> StartupChecks.checkDataFolderUsable(file), StartupFailure.class);

    assertThat(f.code()).isEqualTo(StartupCodes.DATA_FOLDER_UNUSABLE);
    assertThat(f.code().exitStatus()).isEqualTo(5);
    assertThat(f.getMessage())
        .isEqualTo(
            "POLKU-HUB-1003: The data folder "
                + file
                + " cannot be used: "
                + file
                + " is a file, not a folder. Give the hub a folder it can create and write to:"
                + " --data <folder> or polku.data.");
    assertThat(f.text().fi()).contains(file + " on tiedosto eikä kansio");
  }

  @Test
  void aDataFolderUnderAFileIsRefusedNamingTheFileInTheWay() throws IOException {
    Path file = Files.writeString(tmp.resolve("hostname"), "not a folder");
    Path data = file.resolve("sub");

    StartupFailure f =
        catchThrowableOfType(() -> StartupChecks.checkDataFolderUsable(data), StartupFailure.class);

    assertThat(f.getMessage())
        .contains("The data folder " + data + " cannot be used: " + file + " is a file");
  }

  @Test
  void aNewDataFolderInAWritableFolderPassesAndIsNotCreatedByTheCheck() {
    Path data = tmp.resolve("new/data");

    assertThatCode(() -> StartupChecks.checkDataFolderUsable(data)).doesNotThrowAnyException();
    assertThat(data.getParent()).doesNotExist();
  }

  @Test
  void theFileSystemsRefusalInTheDataFolderIsRecognised() throws IOException {
    Path file = Files.writeString(tmp.resolve("data"), "not a folder");
    FileSystemException refused =
        catchThrowableOfType(
            () -> Files.createDirectories(file.resolve("index")), FileSystemException.class);
    RuntimeException thrown =
        new BeanCreationException(
            "searchMapping", "Cannot open", new UncheckedIOException(refused));

    assertThat(StartupFailure.recognise(thrown, new StartupSettings(file, "")))
        .hasValueSatisfying(
            f -> {
              assertThat(f.code()).isEqualTo(StartupCodes.DATA_FOLDER_UNUSABLE);
              assertThat(f.getMessage()).contains(file + " is a file, not a folder");
              assertThat(f.getCause()).isSameAs(thrown);
            });
  }

  @Test
  void h2sRefusalToCreateTheEmbeddedDatabaseUnderAFileIsTheDataFolders() throws IOException {
    Path file = Files.writeString(tmp.resolve("hostname"), "not a folder");
    Path data = file.resolve("sub");
    // No trace file: H2 would print its failure to write one on standard error.
    String url = DatabaseConfiguration.h2Url(data) + ";TRACE_LEVEL_FILE=0";
    SQLException h2 =
        catchThrowableOfType(
            () -> DriverManager.getConnection(url, "sa", "").close(), SQLException.class);

    assertThat(StartupFailure.recognise(h2, new StartupSettings(data, "")))
        .hasValueSatisfying(
            f ->
                assertThat(f.getMessage())
                    .contains(
                        "The data folder " + data + " cannot be used: " + file + " is a file"));
  }

  @Test
  void aFileSystemRefusalOutsideTheDataFolderIsNotTheDataFolders() {
    RuntimeException thrown =
        new UncheckedIOException(new FileSystemException(tmp.resolve("tomcat").toString()));

    assertThat(StartupFailure.recognise(thrown, new StartupSettings(tmp.resolve("data"), "")))
        .isEmpty();
  }
}
