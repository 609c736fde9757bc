package fi.polku.validation.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.validation.TestSupport;
import fi.polku.validation.api.IssueCode;
import fi.polku.validation.api.Severity;
import fi.polku.validation.api.Text;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The code catalogue is complete and consistent, and {@code docs/validation/codes.md} is generated
 * from it here.
 */
class CatalogueTest {

  @Test
  void findsTheStructuralCatalogueThroughTheServiceLoader() {
    assertThat(Catalogues.all()).extracting(Catalogue::name).contains("structural");
  }

  @Test
  void everyCodeIsTranslatedUniqueAndHasItsOwnMeaning() {
    assertThat(Catalogues.problems(Catalogues.all())).isEmpty();
  }

  @Test
  void everyStructuralCodeLiesInItsCategorysNumberRange() {
    for (IssueCode c : new StructuralCatalogue().codes()) {
      int n = Integer.parseInt(c.code().substring("POLKU-VAL-".length()));
      assertThat(n < 500 || n > 599)
          .as(c.code() + ": 0500–0599 belongs to the business rules")
          .isTrue();
      String expected =
          n < 100
              ? "input"
              : n < 200
                  ? "structure"
                  : n < 400
                      ? "format"
                      : n < 500 ? "terminology" : n < 700 ? "invariant" : "reference";
      assertThat(c.category()).as(c.code()).isEqualTo(expected);
    }
  }

  @Test
  void detectsTheProblemsItGuardsAgainst() {
    IssueCode a = code("POLKU-VAL-0901", new Text("a {x}", "a {x}", "A {x}."));
    IssueCode sameNumber = code("POLKU-VAL-0901", new Text("b", "b", "B."));
    IssueCode sameMeaning = code("POLKU-VAL-0902", new Text("c {x}", "c {x}", "a {x}."));
    IssueCode untranslated = code("POLKU-VAL-0903", new Text(" ", "d", "D."));
    IssueCode placeholders = code("POLKU-VAL-0904", new Text("e", "e {y}", "E {y}."));

    List<String> problems =
        Catalogues.problems(
            List.of(catalogue(a, sameNumber, sameMeaning, untranslated, placeholders)));

    assertThat(problems)
        .anyMatch(p -> p.contains("POLKU-VAL-0901 is defined twice"))
        .anyMatch(p -> p.contains("POLKU-VAL-0902 has the same meaning as POLKU-VAL-0901"))
        .anyMatch(p -> p.contains("POLKU-VAL-0903 has no fi message"))
        .anyMatch(p -> p.contains("POLKU-VAL-0904: placeholders in fi"));
  }

  @Test
  void writesTheCodeListDocument() throws IOException {
    List<Catalogue> all = Catalogues.all();
    String markdown = CatalogueDocument.markdown(all);

    for (IssueCode c : Catalogues.codes(all)) {
      assertThat(markdown).contains("| `" + c.code() + "` |");
    }
    Path docs = TestSupport.root().resolve("docs");
    if (Files.isDirectory(docs)) {
      Path file = docs.resolve("validation/codes.md");
      Files.createDirectories(file.getParent());
      Files.writeString(file, markdown, StandardCharsets.UTF_8);
    }
  }

  private static IssueCode code(String code, Text text) {
    return new IssueCode(code, "rule", Severity.ERROR, text, LocalDate.of(2026, 1, 1));
  }

  private static Catalogue catalogue(IssueCode... codes) {
    return new Catalogue() {
      @Override
      public String name() {
        return "test";
      }

      @Override
      public List<IssueCode> codes() {
        return List.of(codes);
      }
    };
  }
}
