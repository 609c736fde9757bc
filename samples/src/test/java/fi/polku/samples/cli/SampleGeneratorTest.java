package fi.polku.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SampleGeneratorTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = SampleGenerator.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void helpListsTheOptions() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString())
        .contains("--learners", "--seed", "--out", "--cities", "--fault-rate", "--h2");
  }

  @Test
  void generatesTheChosenCitiesAndReportsWhatItWrote(@TempDir Path dir) {
    assertThat(
            run(
                "--learners",
                "120",
                "--cities",
                "837,853",
                "--fault-rate",
                "0.02",
                "--out",
                dir.toString()))
        .isZero();
    assertThat(out.toString()).contains("837-tampere:", "853-turku:", "bytes in");
    assertThat(dir.resolve("837-tampere/register/oppilaat.csv")).exists();
    assertThat(dir.resolve("853-turku/ecec/ecec.sql")).exists();
    assertThat(dir.resolve("853-turku/faults.csv")).exists();
    assertThat(dir.resolve("manifest.txt")).exists();
    assertThat(Files.exists(dir.resolve("092-vantaa"))).isFalse();
  }

  @Test
  void writesAnH2DatabaseFileOnRequest(@TempDir Path dir) {
    assertThat(run("--learners", "60", "--cities", "564", "--h2", "--out", dir.toString()))
        .isZero();
    assertThat(dir.resolve("564-oulu/ecec/ecec.mv.db")).exists();
    assertThat(out.toString()).contains("jdbc:h2:file:");
  }

  @Test
  void unknownCityIsAUsageError(@TempDir Path dir) {
    assertThat(run("--cities", "091", "--out", dir.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("unknown city 091", "092,049,564,837,853");
  }

  @Test
  void faultRateOutsideZeroToOneIsAUsageError(@TempDir Path dir) {
    assertThat(run("--fault-rate", "1.5", "--out", dir.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("--fault-rate must be within 0..1");
  }

  @Test
  void outputFolderIsRequired() {
    assertThat(run("--learners", "10")).isEqualTo(2);
    assertThat(err.toString()).contains("--out");
  }
}
