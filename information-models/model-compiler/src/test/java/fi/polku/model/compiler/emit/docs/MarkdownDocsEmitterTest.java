package fi.polku.model.compiler.emit.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.polku.model.compiler.ir.Model;
import fi.polku.model.compiler.ir.ResourceType;
import fi.polku.model.compiler.testing.DocsTestModels;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownDocsEmitterTest {

  private final MarkdownDocsEmitter emitter = new MarkdownDocsEmitter();

  @Test
  void writesTheExpectedPagesForTheFixtureModel(@TempDir Path out) throws IOException {
    emitter.emit(DocsTestModels.polku(), out);

    GoldenFolder.of("docs-golden", "polku").assertMatches(readFolder(out));
  }

  @Test
  void writesAnIndexAndAnEmptyCodeListPageForAModelWithoutContent(@TempDir Path out)
      throws IOException {
    emitter.emit(DocsTestModels.empty(), out);

    GoldenFolder.of("docs-golden", "empty").assertMatches(readFolder(out));
  }

  @Test
  void namesPagesInKebabCase() {
    assertThat(emitter.render(DocsTestModels.polku()).keySet())
        .containsExactly(
            "codelists.md",
            "index.md",
            "learner.md",
            "polku-organization.md",
            "study-attainment.md");
  }

  @Test
  void startsEveryPageWithTheGeneratedNotice() {
    for (String page : emitter.render(DocsTestModels.polku()).values()) {
      assertThat(page.lines().findFirst()).contains(Md.GENERATED_NOTICE);
    }
  }

  @Test
  void producesTheSameBytesWhenEmittedTwice(@TempDir Path first, @TempDir Path second)
      throws IOException {
    emitter.emit(DocsTestModels.polku(), first);
    emitter.emit(DocsTestModels.polku(), second);

    assertThat(readFolder(first)).isEqualTo(readFolder(second));
  }

  @Test
  void listsTypesInNameOrderWhateverTheModelOrder() {
    Model model = DocsTestModels.polku();
    Model reversed =
        new Model(
            model.version(),
            model.canonicalBase(),
            model.namespace(),
            model.title(),
            List.of(model.resources().get(1), model.resources().get(0)),
            model.profiles(),
            model.extensions(),
            model.searchParams(),
            List.of(
                model.codeLists().get(3),
                model.codeLists().get(0),
                model.codeLists().get(2),
                model.codeLists().get(1)),
            model.valueSets());

    assertThat(emitter.render(reversed)).isEqualTo(emitter.render(model));
  }

  @Test
  void escapesPipesAndLineBreaksInsideTableCells() {
    String learner = emitter.render(DocsTestModels.polku()).get("learner.md");

    assertThat(learner)
        .contains("True \\| false: whether the learner has a protection order.<br>See \\*lrn-2\\*.")
        .contains("`name.given \\| name.family`")
        .contains("Given or family \\| both should be present.");
    assertThat(learner.lines().filter(l -> l.startsWith("| `Learner.protectionOrder`")))
        .singleElement()
        .satisfies(row -> assertThat(unescapedPipes(row)).isEqualTo(9));
  }

  @Test
  void escapesPipesInCodeDisplays() {
    String codeLists = emitter.render(DocsTestModels.polku()).get("codelists.md");

    assertThat(codeLists).contains("| `provider` | järjestäjä \\| ylläpitäjä |");
  }

  @Test
  void showsReferenceTargetsChoicesAndContentReferences() {
    SortedMap<String, String> pages = emitter.render(DocsTestModels.polku());

    assertThat(pages.get("study-attainment.md"))
        .contains("Reference([Learner](learner.md))")
        .contains("Reference([Organization](polku-organization.md))")
        .contains("date \\| Period")
        .contains("see `StudyAttainment.part`")
        .contains("&nbsp;&nbsp;&nbsp;&nbsp;`StudyAttainment.part.extent`");
    assertThat(pages.get("learner.md"))
        .contains(
            "Reference([Person](https://hl7.org/fhir/R5/person.html) \\|"
                + " [Organization](polku-organization.md))");
  }

  @Test
  void linksBindingsToCodeListSectionsOnlyForValueSetsOfTheModel() {
    String learner = emitter.render(DocsTestModels.polku()).get("learner.md");

    assertThat(learner)
        .contains("required: [`https://polku.fi/fhir/ValueSet/kieli`](codelists.md#kieli)")
        .contains("required: `http://hl7.org/fhir/ValueSet/administrative-gender`");
  }

  @Test
  void showsLongCodeListsAsAnExcerpt() {
    String codeLists = emitter.render(DocsTestModels.polku()).get("codelists.md");

    assertThat(codeLists)
        .contains("| `020` | Kunta 020 |")
        .doesNotContain("| `021` |")
        .contains("Showing the first 20 of 65 codes.");
  }

  @Test
  void removesGeneratedPagesOfTypesNoLongerInTheModelButKeepsOtherFiles(@TempDir Path out)
      throws IOException {
    Files.writeString(out.resolve("absence.md"), Md.GENERATED_NOTICE + "\n\n# Absence\n");
    Files.writeString(out.resolve("notes.md"), "# Hand-written notes\n");

    emitter.emit(DocsTestModels.polku(), out);

    assertThat(out.resolve("absence.md")).doesNotExist();
    assertThat(out.resolve("notes.md")).exists();
  }

  @Test
  void refusesTwoTypesThatWouldShareAPage() {
    Model model = DocsTestModels.polku();
    ResourceType learner = model.resource("Learner").orElseThrow();
    ResourceType clash =
        new ResourceType(
            "LEARNER",
            learner.rdfClass(),
            learner.label(),
            learner.definition(),
            List.of(),
            List.of(),
            learner.source());
    Model clashing =
        new Model(
            model.version(),
            model.canonicalBase(),
            model.namespace(),
            model.title(),
            List.of(learner, clash),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of());

    assertThatThrownBy(() -> emitter.render(clashing))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("learner.md");
  }

  private static long unescapedPipes(String row) {
    long count = 0;
    for (int i = 0; i < row.length(); i++) {
      if (row.charAt(i) == '|' && (i == 0 || row.charAt(i - 1) != '\\')) {
        count++;
      }
    }
    return count;
  }

  private static Map<String, String> readFolder(Path dir) throws IOException {
    SortedMap<String, String> out = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.toList()) {
        out.put(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    return out;
  }
}
