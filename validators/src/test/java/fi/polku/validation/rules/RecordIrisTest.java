package fi.polku.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.irix.IRIx;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Record IRIs of references are what resolving the reference against the base gives. */
class RecordIrisTest {

  private static final String BASE = "https://polku.fi/fhir/";
  private final RecordIris iris = new RecordIris(BASE);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Learner/1",
        "StudyRight/sr-basic",
        "Organization/a.b",
        "Learner/.",
        "Learner/..",
        "Learner/...",
        "Learner/1/_history/2",
        "https://polku.fi/fhir/Learner/1",
        "urn:uuid:0f8e2a9c-1b2d-4c3e-8f4a-5b6c7d8e9f00",
        "../Learner/1"
      })
  void referenceProjectsToTheIriResolvingGives(String reference) {
    assertThat(iris.iriOf(reference)).isEqualTo(IRIx.create(BASE).resolve(reference).str());
  }
}
