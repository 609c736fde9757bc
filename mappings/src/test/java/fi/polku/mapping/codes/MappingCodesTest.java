package fi.polku.mapping.codes;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.mapping.testing.Samples;
import fi.polku.validation.api.IssueCode;
import fi.polku.validation.catalogue.Catalogue;
import fi.polku.validation.catalogue.CatalogueDocument;
import fi.polku.validation.catalogue.Catalogues;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The mapping codes with every other catalogue on the class path are one consistent code list, and
 * the codes that stop a run are documented for those who meet them.
 */
class MappingCodesTest {

  @Test
  void everyCodeIsTranslatedUniqueAndHasItsOwnMeaning() {
    assertThat(Catalogues.all()).extracting(c -> c.name()).contains("mapping");
    assertThat(Catalogues.problems(Catalogues.all())).isEmpty();
  }

  @Test
  void writesTheListOfLoadCodes() throws IOException {
    List<Catalogue> mapping =
        Catalogues.all().stream().filter(c -> c.name().equals("mapping")).toList();
    String markdown =
        CatalogueDocument.markdown(
            mapping,
            "Load codes",
            "`MappingCodesTest`",
            "A load rejects a source record, or stops at an input it cannot use at all, with one of"
                + " these stable codes. They are in the run's dead-letter CSV (with the file, line"
                + " and the message in Finnish and English) and its report; the"
                + " [mapping guide](../mappings.md) explains the cases. A code keeps its meaning"
                + " forever. `{placeholders}` are filled with files, lines, columns, fields and"
                + " values, never with the values of fields a spec marks `sensitive` (names,"
                + " identity codes). Records the hub refuses carry the"
                + " [validation codes](codes.md).");

    assertThat(mapping).hasSize(1);
    for (IssueCode c : MappingCodes.all()) {
      assertThat(markdown).contains("| `" + c.code() + "` |");
    }
    Path docs = Samples.root().resolve("docs");
    if (Files.isDirectory(docs)) {
      Files.writeString(docs.resolve("validation/load-codes.md"), markdown, StandardCharsets.UTF_8);
    }
  }

  @Test
  void everyCodeOfAnArchiveThatCannotBeUsedIsListedInTheMappingGuideWithItsText()
      throws IOException {
    String guide = Files.readString(Samples.root().resolve("docs/mappings.md"));
    List<IssueCode> archiveCodes =
        List.of(
            MappingCodes.ZIP_NOT_AN_ARCHIVE,
            MappingCodes.ZIP_INCOMPLETE,
            MappingCodes.ZIP_ENTRY_DAMAGED,
            MappingCodes.ZIP_ENCRYPTED,
            MappingCodes.ZIP_ENTRY_OUTSIDE,
            MappingCodes.ZIP_TOO_LARGE,
            MappingCodes.ZIP_TOO_MANY_ENTRIES);

    for (IssueCode c : archiveCodes) {
      assertThat(guide).as(c.code()).contains("| `" + c.code() + "` | " + c.message().en() + " |");
    }
  }
}
