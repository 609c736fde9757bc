package fi.polku.mapping.codes;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.mapping.testing.Samples;
import fi.polku.validation.api.IssueCode;
import fi.polku.validation.catalogue.Catalogues;
import java.io.IOException;
import java.nio.file.Files;
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
