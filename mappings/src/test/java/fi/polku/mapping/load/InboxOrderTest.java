package fi.polku.mapping.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.component.file.GenericFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InboxOrderTest {

  @TempDir Path inbox;

  private List<String> sorted(Path folder, String... names) throws IOException {
    Files.createDirectories(folder);
    List<GenericFile<File>> files = new ArrayList<>();
    for (String name : names) {
      GenericFile<File> f = new GenericFile<>();
      f.setFile(Files.createFile(folder.resolve(name)).toFile());
      files.add(f);
    }
    files.sort(new InboxOrder());
    return files.stream().map(f -> f.getFile().getName()).toList();
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
    Path folder = inbox.resolve("unknown-mapping");

    assertThat(sorted(folder, "b.csv", "a.csv", "c.json"))
        .containsExactly("a.csv", "b.csv", "c.json");
  }

  @Test
  void filesOfDifferentFoldersStayTogetherByFolder() throws IOException {
    Path register = inbox.resolve("student-register");
    Path koski = inbox.resolve("koski");
    Files.createDirectories(register);
    Files.createDirectories(koski);
    List<GenericFile<File>> files = new ArrayList<>();
    for (Path p :
        List.of(
            register.resolve("oppilaat.csv"),
            koski.resolve("b.json"),
            register.resolve("koulut.csv"),
            koski.resolve("a.json"))) {
      GenericFile<File> f = new GenericFile<>();
      f.setFile(Files.createFile(p).toFile());
      files.add(f);
    }
    files.sort(new InboxOrder());

    assertThat(
            files.stream()
                .map(f -> f.getFile().getParentFile().getName() + "/" + f.getFile().getName()))
        .containsExactly(
            "koski/a.json",
            "koski/b.json",
            "student-register/koulut.csv",
            "student-register/oppilaat.csv");
  }
}
