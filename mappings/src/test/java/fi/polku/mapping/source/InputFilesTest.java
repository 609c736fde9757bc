package fi.polku.mapping.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {

  @TempDir Path tmp;

  @Test
  void fileNamesMatchInAnyCapitals() throws IOException {
    Path export = Files.createDirectories(tmp.resolve("export"));
    Files.writeString(export.resolve("OPPILAAT.CSV"), "");
    Files.writeString(export.resolve("Koulut.csv"), "");
    Files.writeString(export.resolve("luokat.csv"), "");

    assertThat(InputFiles.find(List.of(export), "oppilaat.csv"))
        .extracting(InputFiles.Found::name)
        .containsExactly("export/OPPILAAT.CSV");
    assertThat(InputFiles.find(List.of(export), "koulut.csv"))
        .extracting(InputFiles.Found::name)
        .containsExactly("export/Koulut.csv");
    assertThat(InputFiles.find(List.of(export), "*.csv")).hasSize(3);
    assertThat(InputFiles.find(List.of(export.resolve("OPPILAAT.CSV")), "oppilaat.csv"))
        .extracting(InputFiles.Found::name)
        .containsExactly("OPPILAAT.CSV");
  }

  @Test
  void aGlobFindsDocumentsInSubfoldersButNotHiddenOnes() throws IOException {
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    Files.createDirectories(docs.resolve("2026/11"));
    Files.createDirectories(docs.resolve(".cache"));
    Files.writeString(docs.resolve("2026/11/A.JSON"), "{}");
    Files.writeString(docs.resolve("b.json"), "{}");
    Files.writeString(docs.resolve(".cache/c.json"), "{}");
    Files.writeString(docs.resolve("notes.txt"), "");

    assertThat(InputFiles.find(List.of(docs), "*.json"))
        .extracting(InputFiles.Found::name)
        .containsExactly("docs/2026/11/A.JSON", "docs/b.json");
    assertThat(InputFiles.all(List.of(docs)))
        .extracting(InputFiles.Found::name)
        .containsExactly("docs/2026/11/A.JSON", "docs/b.json", "docs/notes.txt");
  }

  @Test
  void noFileMatchingGivesNothing() throws IOException {
    Path export = Files.createDirectories(tmp.resolve("export"));
    Files.writeString(export.resolve("oppilaat_2026.csv"), "");

    assertThat(InputFiles.find(List.of(export), "oppilaat.csv")).isEmpty();
  }
}
