package fi.polku.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.samples.TestSets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same settings give byte-identical files; another seed gives other data. */
class DeterminismTest {

  @Test
  void sameSeedGivesTheSameBytes(@TempDir Path first, @TempDir Path second) throws IOException {
    Settings settings = Settings.of(600, 42, 0.03);
    TestSets.generate(first, settings);
    TestSets.generate(second, settings);
    List<Path> files = files(first);
    assertThat(files).hasSizeGreaterThan(40);
    assertThat(files(second)).isEqualTo(files);
    for (Path file : files) {
      assertThat(Files.readAllBytes(second.resolve(file)))
          .as(file.toString())
          .isEqualTo(Files.readAllBytes(first.resolve(file)));
    }
  }

  @Test
  void anotherSeedGivesOtherData(@TempDir Path first, @TempDir Path second) throws IOException {
    TestSets.generate(first, Settings.of(600, 42, 0));
    TestSets.generate(second, Settings.of(600, 43, 0));
    for (String file : List.of("092-vantaa/register/oppilaat.csv", "049-espoo/ecec/ecec.sql")) {
      assertThat(Files.readAllBytes(second.resolve(file)))
          .isNotEqualTo(Files.readAllBytes(first.resolve(file)));
    }
  }

  @Test
  void faultsChangeOnlyTheRowsThatCarryThem(@TempDir Path clean, @TempDir Path faulty)
      throws IOException {
    TestSets.generate(clean, Settings.of(600, 42, 0));
    TestSets.generate(faulty, Settings.of(600, 42, 0.05));
    // Injection draws from its own generator: the population itself does not move.
    assertThat(Files.readAllBytes(faulty.resolve("092-vantaa/register/koulut.csv")))
        .isEqualTo(Files.readAllBytes(clean.resolve("092-vantaa/register/koulut.csv")));
    List<String> cleanPupils =
        Files.readAllLines(
            clean.resolve("092-vantaa/register/oppilaat.csv"),
            java.nio.charset.StandardCharsets.ISO_8859_1);
    List<String> faultyPupils =
        Files.readAllLines(
            faulty.resolve("092-vantaa/register/oppilaat.csv"),
            java.nio.charset.StandardCharsets.ISO_8859_1);
    long unchanged = faultyPupils.stream().filter(cleanPupils::contains).count();
    assertThat(unchanged).isGreaterThan((long) (cleanPupils.size() * 0.9));
  }

  @Test
  void citiesCanBeGeneratedAlone(@TempDir Path dir) throws IOException {
    TestSets.generate(dir, new Settings(300, 1, List.of("564"), 0));
    assertThat(TestSets.cities(dir))
        .extracting(p -> p.getFileName().toString())
        .containsExactly("564-oulu");
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
    }
  }
}
