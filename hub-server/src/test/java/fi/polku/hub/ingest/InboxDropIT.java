package fi.polku.hub.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.hub.ingest.IngestHub.DeadLetter;
import fi.polku.hub.ingest.LoadIT.CityParams;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A register export's CSV files dropped into the inbox of a hub that holds nothing of the city yet,
 * each file a run of its own: the hub's own copy of a register export for a fresh municipality.
 */
class InboxDropIT {

  private final IngestHub hub = new IngestHub();

  @AfterEach
  void stopHub() {
    hub.close();
  }

  @Test
  void aRegistersCsvFilesDroppedTogetherLoadAsIfLoadedInOneRun() throws IOException {
    CityParams vantaa = CityParams.of(IngestHub.samples().resolve("cities/092-vantaa"));
    Path inbox = hub.data.resolve("inbox");
    // Prepared in a hidden folder, which the inbox does not read, and renamed into place at once,
    // as all files of one copy arrive before the inbox looks.
    Path staging = Files.createDirectories(inbox.resolve(".staging-vantaa"));
    Files.writeString(
        staging.resolve("mapping.properties"),
        "mapping=student-register\nparam.municipality="
            + vantaa.municipality()
            + "\nparam.provider-oid="
            + vantaa.oid()
            + "\n");
    List<String> files = new ArrayList<>();
    try (Stream<Path> csv = Files.list(vantaa.folder().resolve("register"))) {
      for (Path f : csv.sorted().toList()) {
        Files.copy(f, staging.resolve(f.getFileName()));
        files.add(f.getFileName().toString());
      }
    }
    Files.move(staging, inbox.resolve("vantaa"), StandardCopyOption.ATOMIC_MOVE);

    Path reports = inbox.resolve(".reports");
    Awaitility.await()
        .atMost(Duration.ofMinutes(3))
        .until(() -> files.stream().allMatch(f -> report(reports, f) != null));

    List<DeadLetter> dead = new ArrayList<>();
    for (String f : files) {
      dead.addAll(IngestHub.deadLetters(report(reports, f).resolve("dead-letters.csv")));
    }
    Map<String, String> faults = IngestHub.registerFaults(vantaa.folder());
    assertThat(dead)
        .as("each file loaded after the files it refers to: only the injected faults rejected")
        .allSatisfy(d -> assertThat(faults).containsEntry(d.where(), d.code()));
    assertThat(dead.stream().map(DeadLetter::where)).containsAll(faults.keySet());
    assertThat(Files.readString(report(reports, "oppilaat.csv").resolve("report.txt")))
        .containsPattern("loaded: read=(\\d+) created=\\1 ");
  }

  /** The report folder of {@code file}'s run once its report is complete, else null. */
  private static Path report(Path reports, String file) {
    if (!Files.isDirectory(reports)) {
      return null;
    }
    try (Stream<Path> runs = Files.list(reports)) {
      return runs.filter(p -> p.getFileName().toString().startsWith(file + "-"))
          .filter(p -> Files.exists(p.resolve("report.txt")))
          .findFirst()
          .orElse(null);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
