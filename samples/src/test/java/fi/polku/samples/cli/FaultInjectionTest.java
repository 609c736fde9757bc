package fi.polku.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.samples.FaultFinder;
import fi.polku.samples.TestSets;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * faults.csv lists exactly the faults the exports contain: an independent checker, applying the
 * README's rules, finds every recorded fault at its line and nothing else.
 */
class FaultInjectionTest {

  @TempDir static Path dir;
  static Path set;

  @BeforeAll
  static void generate() {
    set = TestSets.generate(dir, Settings.of(1000, 5, 0.05));
  }

  @Test
  void everyRegisterFaultIsRecordedAtItsLineAndNothingElseIsWrong() {
    for (Path city : TestSets.cities(set)) {
      Set<FaultFinder.Found> recorded = new TreeSet<>();
      for (TestSets.Fault f : TestSets.faults(city)) {
        if (f.file().startsWith("register/")) {
          recorded.add(new FaultFinder.Found(f.file() + ":" + f.line(), f.kind(), f.column()));
        }
      }
      assertThat(recorded).as(city.getFileName().toString()).isNotEmpty();
      assertThat(FaultFinder.register(city)).as(city.getFileName().toString()).isEqualTo(recorded);
    }
  }

  @Test
  void everyEcecFaultIsRecordedWithItsKeyAndLine() throws Exception {
    for (Path city : TestSets.cities(set)) {
      List<String> script =
          Files.readAllLines(city.resolve("ecec/ecec.sql"), StandardCharsets.UTF_8);
      Set<FaultFinder.Found> recorded = new TreeSet<>();
      for (TestSets.Fault f : TestSets.faults(city)) {
        if (f.file().equals("ecec/ecec.sql")) {
          recorded.add(new FaultFinder.Found(f.table() + ":" + f.key(), f.kind(), f.column()));
          String firstValue = f.key().substring(f.key().indexOf('=') + 1).split(",")[0];
          assertThat(script.get((int) f.line() - 1))
              .as(f.toString())
              .startsWith("(" + firstValue + ", ");
        }
      }
      assertThat(recorded).as(city.getFileName().toString()).isNotEmpty();
      assertThat(FaultFinder.ecec(city)).as(city.getFileName().toString()).isEqualTo(recorded);
    }
  }

  @Test
  void everyKindOfFaultIsInjected() {
    Set<String> kinds = new TreeSet<>();
    for (Path city : TestSets.cities(set)) {
      TestSets.faults(city).forEach(f -> kinds.add(f.kind()));
    }
    assertThat(kinds)
        .containsExactlyInAnyOrder(
            "bad-checksum",
            "impossible-date",
            "unknown-code",
            "dangling-key",
            "duplicate-key",
            "missing-value");
  }

  @Test
  void theFaultRateIsTheShareOfFaultyRows() throws Exception {
    long faults = 0;
    long rows = 0;
    for (Path city : TestSets.cities(set)) {
      faults += TestSets.faults(city).size();
    }
    for (String line : Files.readAllLines(set.resolve("manifest.txt"))) {
      if (line.contains(" rows=")) {
        rows += Long.parseLong(line.substring(line.indexOf(" rows=") + 6));
      }
    }
    // Schools and ECEC units never carry faults; they are a tiny share of the rows.
    assertThat(faults / (double) rows).isBetween(0.04, 0.06);
  }
}
