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

/**
 * The committed sample set is exactly what the generator produces, so it can never drift. If this
 * fails after a deliberate change to the generator, regenerate the set with the command in the
 * message and commit it.
 */
class GoldenSampleSetTest {

  /** The settings of the committed set; also in samples/README.md and its manifest.txt. */
  static final Settings COMMITTED = Settings.of(1000, Settings.DEFAULT_SEED, 0.01);

  @Test
  void committedSampleSetEqualsTheGeneratorsOutput(@TempDir Path dir) throws IOException {
    Path committed = TestSets.root().resolve("samples/data/cities");
    String hint =
        "regenerate from the repository root: "
            + SampleSet.command(COMMITTED, "samples/data/cities");
    TestSets.generate(dir, COMMITTED);
    assertThat(files(committed)).as(hint).isEqualTo(files(dir));
    for (Path file : files(dir)) {
      assertThat(Files.readAllBytes(committed.resolve(file)))
          .as(file + ": " + hint)
          .isEqualTo(Files.readAllBytes(dir.resolve(file)));
    }
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .map(root::relativize)
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted()
          .toList();
    }
  }
}
