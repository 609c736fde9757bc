package fi.polku.model.compiler.check;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import fi.polku.model.compiler.Compilation;
import fi.polku.model.compiler.ModelCompiler;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each model self-check, shown on a small valid model broken in exactly one way: the build must
 * fail with a problem naming the check, the file and the element.
 */
class ModelChecksTest {

  private static final FhirContext FHIR = FhirContext.forR5Cached();
  private static final String FILE = "pupil.ttl";

  @TempDir Path dir;

  @Test
  void validFixtureCompilesWithoutProblems() throws Exception {
    Compilation c = compile(List.of());
    assertThat(c.problems()).isEmpty();
    assertThat(c.fhir().definitionsByName().get("Pupil").getSnapshot().getElement())
        .extracting(e -> e.getPath())
        .contains("Pupil.id", "Pupil.gender", "Pupil.enrolment.start");
  }

  @Test
  void missingSwedishLabelFailsNamingFileAndElement() throws Exception {
    Compilation c =
        compile(List.of(edit("\"nimi\"@fi, \"namn\"@sv, \"name\"@en", "\"nimi\"@fi, \"name\"@en")));
    assertThat(c.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.check()).isEqualTo("labels");
              assertThat(p.location().file()).isEqualTo(FILE);
              assertThat(p.element()).isEqualTo("name");
              assertThat(p.message()).contains("Swedish").contains("rdfs:label");
            });
  }

  @Test
  void missingEnglishInvariantTextFails() throws Exception {
    Compilation c = compile(List.of(edit(", \"A name or an identifier.\"@en", "")));
    assertThat(c.problems())
        .anySatisfy(
            p -> {
              assertThat(p.check()).isEqualTo("labels");
              assertThat(p.message()).contains("English").contains("pm:human");
            });
  }

  @Test
  void codedElementWithoutBindingFails() throws Exception {
    Compilation c =
        compile(
            List.of(
                edit(
                    "pm:type \"code\" ;\n  pm:binding [ pm:strength \"required\" ; pm:valueSet"
                        + " <http://hl7.org/fhir/ValueSet/administrative-gender> ] ;",
                    "pm:type \"code\" ;")));
    assertProblem(c, "binding", "Pupil.gender", "no binding");
  }

  @Test
  void bindingToUnknownValueSetFails() throws Exception {
    Compilation c =
        compile(
            List.of(
                edit(
                    "<http://hl7.org/fhir/ValueSet/publication-status>",
                    "<https://polku.fi/fhir/ValueSet/no-such-list>")));
    assertProblem(c, "binding", "Pupil.enrolment.status", "unknown value set");
  }

  @Test
  void referenceToUnknownTargetFails() throws Exception {
    Compilation c =
        compile(
            List.of(
                edit(
                    "pm:type \"Reference\" ; pm:target fhir:Organization",
                    "pm:type \"Reference\" ; pm:target polku:School")));
    assertProblem(c, "reference-target", "Pupil.school", "'School'");
  }

  @Test
  void searchParameterExpressionThatDoesNotResolveFails() throws Exception {
    Compilation c =
        compile(List.of(edit("pm:expression \"Pupil.gender\"", "pm:expression \"Pupil.gendr\"")));
    assertProblem(c, "fhirpath", "gender", "does not resolve");
  }

  @Test
  void invariantThatDoesNotParseFails() throws Exception {
    Compilation c =
        compile(List.of(edit("\"name.exists() or identifier.exists()\"", "\"name.exists( or\"")));
    assertProblem(c, "fhirpath", "pup-1", "does not resolve");
  }

  @Test
  void invariantKeyUsedByFhirCoreFails() throws Exception {
    Compilation c = compile(List.of(edit("pm:key \"pup-1\"", "pm:key \"dom-2\"")));
    assertProblem(c, "naming", "dom-2", "already used by FHIR core DomainResource");
  }

  @Test
  void badlyCasedElementNameFails() throws Exception {
    Compilation c = compile(List.of(edit("sh:name \"gender\"", "sh:name \"Gender\"")));
    assertProblem(c, "naming", "Pupil.Gender", "lowerCamelCase");
  }

  @Test
  void duplicateElementNameFails() throws Exception {
    Compilation c = compile(List.of(edit("sh:name \"gender\"", "sh:name \"name\"")));
    assertProblem(c, "naming", "Pupil.name", "duplicate element name");
  }

  @Test
  void badlyCasedSearchCodeFails() throws Exception {
    Compilation c =
        compile(List.of(edit("pm:code \"enrolment-start\"", "pm:code \"enrolmentStart\"")));
    assertProblem(c, "naming", "enrolmentStart", "lower-case-with-hyphens");
  }

  @Test
  void resourceNamedLikeFhirCoreTypeFails() throws Exception {
    Compilation c = compile(List.of(edit("polku:Pupil a owl:Class", "polku:Patient a owl:Class")));
    assertThat(c.problems()).anySatisfy(p -> assertThat(p.message()).contains("FHIR core type"));
  }

  @Test
  void unknownDatatypeFails() throws Exception {
    Compilation c = compile(List.of(edit("pm:type \"HumanName\"", "pm:type \"PersonName\"")));
    assertProblem(c, "types", "Pupil.name", "not a FHIR R5 datatype");
  }

  private static void assertProblem(
      Compilation c, String check, String element, String messagePart) {
    assertThat(c.problems())
        .as("problems of a model broken for check '%s'", check)
        .anySatisfy(
            p -> {
              assertThat(p.check()).isEqualTo(check);
              assertThat(p.location().file()).isEqualTo(FILE);
              assertThat(p.element()).isEqualTo(element);
              assertThat(p.message()).contains(messagePart);
              assertThat(p.format()).contains(FILE).contains(element);
            });
  }

  private record Edit(String find, String replace) {}

  private static Edit edit(String find, String replace) {
    return new Edit(find, replace);
  }

  private Compilation compile(List<Edit> edits) throws IOException, URISyntaxException {
    Path valid = Path.of(getClass().getResource("/check-fixtures/valid").toURI());
    for (String f : List.of("model.ttl", FILE)) {
      Files.copy(valid.resolve(f), dir.resolve(f));
    }
    Path pupil = dir.resolve(FILE);
    String text = Files.readString(pupil, StandardCharsets.UTF_8);
    for (Edit e : edits) {
      assertThat(text).as("fixture text to break").contains(e.find());
      text = text.replace(e.find(), e.replace());
    }
    Files.writeString(pupil, text, StandardCharsets.UTF_8);
    return new ModelCompiler(FHIR, null).compile(dir);
  }
}
