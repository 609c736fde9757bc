package fi.polku.hub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The export command's refusals, which come before any hub is started. */
class ExportCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @TempDir Path tmp;

  private int run(String... args) {
    CommandLine cli = PolkuCommand.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void exportIsACommandOfItsOwn() {
    assertThat(run("export", "--help")).isZero();
    assertThat(out.toString()).contains("exported: learners=<N> documents=<N>");
  }

  @Test
  void aMissingDataFolderIsRefusedWithAHint() {
    Path none = tmp.resolve("no-data");
    assertThat(run("export", "koski", tmp.resolve("out").toString(), "--data", none.toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("no hub data folder").contains("--hub URL");
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  @Test
  void anOutputPathThatIsAFileIsRefused() throws IOException {
    Path file = Files.writeString(tmp.resolve("taken.txt"), "x");
    Files.createDirectories(tmp.resolve("data"));
    assertThat(run("export", "koski", file.toString(), "--data", tmp.resolve("data").toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("cannot write into").contains("taken.txt");
  }

  @Test
  void aMappingOfCsvFilesCannotBeRunInReverse() {
    assertThat(run("export", "student-register", tmp.resolve("out").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("only mappings of JSON documents").contains("csv");
  }

  @Test
  void anUnknownMappingIsNamed() {
    assertThat(run("export", "nosuch", tmp.resolve("out").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("nosuch");
  }
}
