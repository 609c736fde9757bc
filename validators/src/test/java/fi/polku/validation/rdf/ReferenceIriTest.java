package fi.polku.validation.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.irix.IRIx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shortcut for {@code Type/id} references gives the IRI a full IRI resolution gives. */
class ReferenceIriTest {

  private static final String BASE = "https://polku.fi/fhir/";

  @ParameterizedTest
  @ValueSource(
      strings = {"Learner/1", "StudyRight/sr-basic", "Organization/a.b", "X/...", "Learner/A-9.z"})
  void typeAndIdAppendedToTheBaseIsWhatResolvingGives(String reference) {
    assertThat(DirectProjection.isTypeAndId(reference)).isTrue();
    assertThat(BASE + reference).isEqualTo(IRIx.create(BASE).resolve(reference).str());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Learner/.",
        "Learner/..",
        "learner/1",
        "Learner/",
        "/1",
        "Learner",
        "Learner/1/_history/2",
        "Learner/a b",
        "Learner?identifier=x|1",
        "Learner/1#x",
        "urn:uuid:1",
        "https://other.example/Learner/1"
      })
  void otherReferencesAreLeftToFullResolution(String reference) {
    assertThat(DirectProjection.isTypeAndId(reference)).isFalse();
  }

  @Test
  void idLongerThanFhirAllowsIsLeftToFullResolution() {
    assertThat(DirectProjection.isTypeAndId("Learner/" + "a".repeat(65))).isFalse();
    assertThat(DirectProjection.isTypeAndId("Learner/" + "a".repeat(64))).isTrue();
  }
}
