package fi.polku.mapping.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.mapping.hub.StoredResource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportStoreTest {

  @TempDir Path folder;

  private static StoredResource resource(String type, String id, String family) {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("resourceType", type).put("id", id).putObject("name").put("family", family);
    return new StoredResource(type, id, json);
  }

  @Test
  void anchorsComeBackInIdOrderAndChildrenUnderTheirOwnParentInTheOrderKept() {
    try (ExportStore store = ExportStore.inFolder(folder)) {
      store.addAnchor(resource("Learner", "20", "B"));
      store.addAnchor(resource("Learner", "1", "A"));
      store.addAnchor(resource("Learner", "10", "C"));
      store.addChild("study-right", "Learner/1", resource("StudyRight", "7", "x"));
      store.addChild("study-right", "Learner/10", resource("StudyRight", "8", "y"));
      store.addChild("study-right", "Learner/1", resource("StudyRight", "5", "z"));
      store.addChild("attainment", "Learner/1", resource("StudyAttainment", "9", "w"));

      List<String> anchors = new ArrayList<>();
      store
          .anchors()
          .forEach(a -> anchors.add(a.id() + ":" + a.json().path("name").path("family").asText()));

      assertThat(anchors).containsExactly("1:A", "10:C", "20:B");
      assertThat(store.children("study-right", "Learner/1"))
          .extracting(StoredResource::id)
          .containsExactly("7", "5");
      assertThat(store.children("study-right", "Learner/10"))
          .extracting(StoredResource::id)
          .containsExactly("8");
      assertThat(store.children("attainment", "Learner/10")).isEmpty();
      assertThat(store.children("study-right", "Learner/1").get(0))
          .isEqualTo(resource("StudyRight", "7", "x"));
    }
  }

  @Test
  void theWorkFileIsEncryptedAndDeletedWhenTheExportEnds() throws IOException {
    ExportStore store = ExportStore.inFolder(folder);
    // Enough that the store writes pages to its file while the export runs.
    for (int i = 0; i < 30_000; i++) {
      store.addAnchor(resource("Learner", Integer.toString(i), "Virtanen-" + i));
    }
    store.anchors().iterator().next();
    List<Path> files;
    try (Stream<Path> s = Files.list(folder)) {
      files = s.toList();
    }
    assertThat(files)
        .singleElement()
        .satisfies(f -> assertThat(f.getFileName().toString()).startsWith(".polku-export-"));
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(30))
        .until(() -> Files.size(files.get(0)) > 500_000);
    assertThat(new String(Files.readAllBytes(files.get(0)), StandardCharsets.ISO_8859_1))
        .doesNotContain("Virtanen");

    store.close();

    try (Stream<Path> s = Files.list(folder)) {
      assertThat(s).isEmpty();
    }
  }

  @Test
  void workFilesThatKilledExportsLeftAreDeletedByTheNextExportIntoTheFolder() throws IOException {
    // What a killed export leaves: its file, no longer locked by any process.
    Path left = folder.resolve(".polku-export-" + java.util.UUID.randomUUID() + ".mv.db");
    Files.write(left, new byte[64 * 1024]);
    Path document = Files.writeString(folder.resolve("Learner-1.json"), "{}");
    Path other = Files.writeString(folder.resolve(".polku-export-notes.txt"), "kept");

    try (ExportStore store = ExportStore.inFolder(folder)) {
      store.addAnchor(resource("Learner", "1", "A"));

      assertThat(left).doesNotExist();
      assertThat(document).exists();
      assertThat(other).exists();
      assertThat(workFiles()).hasSize(1);
    }
  }

  @Test
  void theWorkFileOfAnExportStillRunningIsKept() throws IOException {
    try (ExportStore running = ExportStore.inFolder(folder)) {
      running.addAnchor(resource("Learner", "1", "A"));
      List<Path> before = workFiles();
      assertThat(before).hasSize(1);

      assertThat(ExportStore.removeLeftovers(folder)).isZero();
      try (ExportStore second = ExportStore.inFolder(folder)) {
        second.addAnchor(resource("Learner", "2", "B"));

        assertThat(workFiles()).hasSize(2).containsAll(before);
        assertThat(running.anchors()).extracting(StoredResource::id).containsExactly("1");
      }
    }
    assertThat(workFiles()).isEmpty();
  }

  @Test
  void aLeftoverThatCannotBeDeletedDoesNotStopTheExport() throws IOException {
    // Not a file this process can open for writing (here: a folder of that name).
    Path odd = Files.createDirectory(folder.resolve(".polku-export-odd.mv.db"));

    try (ExportStore store = ExportStore.inFolder(folder)) {
      store.addAnchor(resource("Learner", "1", "A"));

      assertThat(store.anchors()).extracting(StoredResource::id).containsExactly("1");
    }
    assertThat(odd).isDirectory();
  }

  private List<Path> workFiles() throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(f -> f.getFileName().toString().endsWith(".mv.db")).toList();
    }
  }
}
