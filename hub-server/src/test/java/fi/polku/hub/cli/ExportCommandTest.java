package fi.polku.hub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export command's refusals, which come before any hub is started. */
class ExportCommandTest {

  private final CliRun cli = new CliRun();

  @TempDir Path tmp;

  @Test
  void exportIsACommandOfItsOwn() {
    assertThat(cli.run("export", "--help")).isZero();
    assertThat(cli.out()).contains("exported: learners=<N> documents=<N>");
  }

  @Test
  void aMissingDataFolderIsRefusedWithAHint() {
    Path none = tmp.resolve("no-data");
    assertThat(cli.run("export", "koski", tmp.resolve("out").toString(), "--data", none.toString()))
        .isEqualTo(2);
    assertThat(cli.err()).contains("no hub data folder").contains("--hub URL");
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  @Test
  void anOutputPathThatIsAFileIsRefused() throws IOException {
    Path file = Files.writeString(tmp.resolve("taken.txt"), "x");
    Files.createDirectories(tmp.resolve("data"));
    assertThat(
            cli.run("export", "koski", file.toString(), "--data", tmp.resolve("data").toString()))
        .isEqualTo(2);
    assertThat(cli.err()).contains("cannot write into").contains("taken.txt");
  }

  @Test
  void aMappingOfCsvFilesCannotBeRunInReverse() {
    assertThat(cli.run("export", "student-register", tmp.resolve("out").toString())).isEqualTo(2);
    assertThat(cli.err()).contains("only mappings of JSON documents").contains("csv");
  }

  @Test
  void anUnknownMappingIsNamed() {
    assertThat(cli.run("export", "nosuch", tmp.resolve("out").toString())).isEqualTo(2);
    assertThat(cli.err()).contains("nosuch");
  }
}
