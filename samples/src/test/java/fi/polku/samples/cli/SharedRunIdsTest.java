package fi.polku.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.samples.TestSets;
import fi.polku.samples.generate.RunIds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sets written with one {@link RunIds} can be loaded into one hub side by side (a benchmark loads a
 * warm-up set before the measured one): they share no identity codes, learner numbers or school
 * numbers.
 */
class SharedRunIdsTest {

  @TempDir Path dir;

  @Test
  void setsWrittenWithOneRunShareNoRunWideIdentifiers() throws IOException {
    RunIds run = new RunIds();
    Path first = write("first", new Settings(400, Settings.DEFAULT_SEED, List.of("092"), 0), run);
    Path second = write("second", new Settings(400, 7, List.of("049"), 0), run);

    assertThat(values(second, "oppilaat.csv", "hetu"))
        .doesNotContainAnyElementsOf(values(first, "oppilaat.csv", "hetu"))
        .doesNotContainAnyElementsOf(values(first, "huoltajat.csv", "hetu"));
    assertThat(values(second, "huoltajat.csv", "hetu"))
        .doesNotContainAnyElementsOf(values(first, "oppilaat.csv", "hetu"))
        .doesNotContainAnyElementsOf(values(first, "huoltajat.csv", "hetu"));
    assertThat(values(second, "oppilaat.csv", "oppijanumero"))
        .doesNotContainAnyElementsOf(values(first, "oppilaat.csv", "oppijanumero"));
    assertThat(values(second, "koulut.csv", "oppilaitosnumero"))
        .doesNotContainAnyElementsOf(values(first, "koulut.csv", "oppilaitosnumero"));
  }

  @Test
  void separateRunsDoCollideWhichIsWhyARunCanBeShared() throws IOException {
    Path first = write("a", new Settings(400, Settings.DEFAULT_SEED, List.of("092"), 0), null);
    Path second = write("b", new Settings(400, 7, List.of("049"), 0), null);

    assertThat(values(second, "oppilaat.csv", "oppijanumero"))
        .containsAnyElementsOf(values(first, "oppilaat.csv", "oppijanumero"));
  }

  @Test
  void theFirstSetOfASharedRunIsTheSetWrittenAlone() throws IOException {
    Settings settings = new Settings(300, Settings.DEFAULT_SEED, List.of("092"), 0);
    Path alone = write("alone", settings, null);
    Path shared = write("shared", settings, new RunIds());

    for (String file : List.of("oppilaat.csv", "huoltajat.csv", "koulut.csv")) {
      assertThat(Files.readAllBytes(register(shared).resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(register(alone).resolve(file)));
    }
  }

  private Path write(String name, Settings settings, RunIds run) throws IOException {
    Path folder = dir.resolve(name);
    if (run == null) {
      SampleSet.write(settings, SampleSet.folder(folder));
    } else {
      SampleSet.write(settings, SampleSet.folder(folder), run);
    }
    return folder;
  }

  private static Path register(Path set) {
    return TestSets.cities(set).get(0).resolve("register");
  }

  private static Set<String> values(Path set, String file, String column) {
    Set<String> values = new HashSet<>();
    for (TestSets.Row row : TestSets.csv(register(set).resolve(file))) {
      if (!row.get(column).isEmpty()) {
        values.add(row.get(column));
      }
    }
    assertThat(values).as(file + " " + column).isNotEmpty();
    return values;
  }
}
