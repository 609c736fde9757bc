package fi.polku.mapping.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.camel.component.file.GenericFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InboxOrderTest {

  @TempDir Path inbox;

  /**
   * The files {@code names} of {@code folder}, created empty, in the order the inbox loads them.
   */
  private List<String> sorted(Path folder, String... names) throws IOException {
    Files.createDirectories(folder);
    return sorted(Stream.of(names).map(folder::resolve).toList()).stream()
        .map(p -> p.getFileName().toString())
        .toList();
  }

  /** {@code paths}, created empty, in the order the inbox loads them. */
  private static List<Path> sorted(List<Path> paths) throws IOException {
    List<GenericFile<File>> files = new ArrayList<>();
    for (Path p : paths) {
      GenericFile<File> f = new GenericFile<>();
      f.setFile(Files.createFile(p).toFile());
      files.add(f);
    }
    files.sort(new InboxOrder());
    return files.stream().map(f -> f.getFile().toPath()).toList();
  }

  @Test
  void aRegistersCsvFilesDroppedTogetherLoadInTheMappingsDependencyOrder() throws IOException {
    assertThat(
            sorted(
                inbox.resolve("student-register"),
                "poissaolot.csv",
                "ryhmajasenyydet.csv",
                "huoltajat.csv",
                "OPPILAAT.CSV",
                "luokat.csv",
                "koulut.csv",
                "export.zip"))
        .containsExactly(
            "koulut.csv",
            "luokat.csv",
            "OPPILAAT.CSV",
            "huoltajat.csv",
            "ryhmajasenyydet.csv",
            "poissaolot.csv",
            "export.zip");
  }

  @Test
  void aFolderNamedInMappingPropertiesUsesThatMappingsOrder() throws IOException {
    Path folder = inbox.resolve("vantaa");
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("mapping.properties"), "mapping=student-register\n");

    assertThat(sorted(folder, "oppilaat.csv", "koulut.csv"))
        .containsExactly("koulut.csv", "oppilaat.csv");
  }

  @Test
  void filesOfAFolderWithoutAReadableMappingLoadByName() throws IOException {
    assertThat(sorted(inbox.resolve("unknown-mapping"), "b.csv", "a.csv", "c.json"))
        .containsExactly("a.csv", "b.csv", "c.json");
  }

  @Test
  void filesOfDifferentFoldersStayTogetherByFolder() throws IOException {
    Path register = Files.createDirectories(inbox.resolve("student-register"));
    Path koski = Files.createDirectories(inbox.resolve("koski"));

    List<Path> order =
        sorted(
            List.of(
                register.resolve("oppilaat.csv"),
                koski.resolve("b.json"),
                register.resolve("koulut.csv"),
                koski.resolve("a.json")));

    assertThat(order.stream().map(p -> inbox.relativize(p).toString().replace('\\', '/')))
        .containsExactly(
            "koski/a.json",
            "koski/b.json",
            "student-register/koulut.csv",
            "student-register/oppilaat.csv");
  }
}
