package fi.polku.model.compiler.codelist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.polku.model.compiler.ir.CodeList;
import fi.polku.model.compiler.ir.CodeList.Concept;
import fi.polku.model.compiler.ir.LocalizedText;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader on small fixtures: what it keeps, and how it fails on malformed input. */
class KoodistoInputTest {

  private final KoodistoReader reader = new KoodistoReader();

  @Test
  void readsHeaderDatesCodeDatesAndTrimsTexts() {
    List<CodeList> lists = reader.read(TestData.fixture("koodisto-ok"));

    assertThat(lists).hasSize(1);
    CodeList list = lists.get(0);
    assertThat(list.id()).isEqualTo("testi");
    assertThat(list.version()).isEqualTo("3");
    assertThat(list.validFrom()).isEqualTo("2020-01-01");
    assertThat(list.validTo()).isEqualTo("2030-12-31");
    assertThat(list.title()).isEqualTo(new LocalizedText("testi", "test", null));
    // A blank description counts as missing.
    assertThat(list.description()).isEqualTo(new LocalizedText("Testikoodisto.", null, null));
    assertThat(list.origin()).contains("updated 2024-05-06");

    assertThat(list.concepts()).extracting(Concept::code).containsExactly("9", "10");
    Concept ten = list.concepts().get(1);
    assertThat(ten.display()).isEqualTo(new LocalizedText("kymmenen", null, "ten"));
    assertThat(ten.validFrom()).isEqualTo("2021-01-01");
    assertThat(ten.version()).isEqualTo("1");
    Concept nine = list.concepts().get(0);
    assertThat(nine.display()).isEqualTo(new LocalizedText("yhdeksän", "nio", null));
    assertThat(nine.properties()).containsOnlyKeys(ConceptProperties.INCLUDES);
    assertThat(nine.properties().get(ConceptProperties.INCLUDES)).containsExactly("muu_b");
    assertThat(list.properties())
        .extracting(CodeList.PropertyDef::code)
        .containsExactly(ConceptProperties.INCLUDES, ConceptProperties.VALID_FROM);
  }

  @Test
  void brokenJsonNamesTheFile() {
    Path dir = TestData.fixture("koodisto-bad-json");

    assertThatThrownBy(() -> reader.read(dir))
        .isInstanceOf(CodeListReadException.class)
        .hasMessageContaining("koodit/testi.json")
        .hasMessageContaining("not valid JSON")
        .hasCauseInstanceOf(com.fasterxml.jackson.core.JsonProcessingException.class)
        .satisfies(
            e ->
                assertThat(((CodeListReadException) e).file())
                    .isEqualTo(dir.resolve("koodit/testi.json")));
  }

  @Test
  void aCodeWithoutValueNamesTheFileAndTheCode() {
    assertThatThrownBy(() -> reader.read(TestData.fixture("koodisto-no-value")))
        .isInstanceOf(CodeListReadException.class)
        .hasMessageContaining("koodit/testi.json")
        .hasMessageContaining("code #2 (koodiUri testi_2) has no koodiArvo");
  }

  @Test
  void aMissingCodeFileNamesTheFile() {
    assertThatThrownBy(() -> reader.read(TestData.fixture("koodisto-no-codes")))
        .isInstanceOf(CodeListReadException.class)
        .hasMessageContaining("koodit/testi.json")
        .hasMessageContaining("file is missing");
  }

  @Test
  void aMissingDirectoryIsReported(@TempDir Path empty) {
    assertThatThrownBy(() -> reader.read(empty))
        .isInstanceOf(CodeListReadException.class)
        .hasMessageContaining("koodistot")
        .hasMessageContaining("directory is missing");
  }
}
