package fi.polku.validation.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import fi.polku.model.generated.Learner;
import fi.polku.model.generated.PolkuModelTypes;
import fi.polku.model.generated.StudyRight;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r5.model.Reference;
import org.junit.jupiter.api.Test;

class InMemoryReferenceResolverTest {

  private static final FhirContext FHIR = fhir();

  private static FhirContext fhir() {
    FhirContext ctx = FhirContext.forR5();
    PolkuModelTypes.registerAll(ctx);
    return ctx;
  }

  private static StudyRight studyRight(String id, String learner) {
    StudyRight sr = new StudyRight();
    sr.setId(id);
    sr.setLearner(new Reference(learner));
    return sr;
  }

  private static Learner learner(String id) {
    Learner l = new Learner();
    l.setId(id);
    return l;
  }

  private final InMemoryReferenceResolver resolver =
      new InMemoryReferenceResolver(FHIR)
          .add(
              learner("l-1"),
              learner("l-2"),
              studyRight("sr-1", "Learner/l-1"),
              studyRight("sr-2", "https://polku.fi/fhir/Learner/l-1"),
              studyRight("sr-3", "Learner/l-2"));

  @Test
  void resolvesRelativeAbsoluteAndVersionedReferences() {
    assertThat(resolver.resolve("Learner/l-1")).isPresent();
    assertThat(resolver.resolve("https://polku.fi/fhir/Learner/l-1/_history/4")).isPresent();
    assertThat(resolver.resolve("Learner/l-9")).isEmpty();
    assertThat(resolver.resolve("#contained")).isEmpty();
    assertThat(resolver.resolve("Learner?identifier=x|1")).isEmpty();
  }

  @Test
  void findsTheRecordsThatReferToARecordWhateverFormTheReferenceHas() {
    assertThat(resolver.referencing("StudyRight", "StudyRight.learner", "Learner/l-1"))
        .extracting(r -> r.getIdElement().getIdPart())
        .containsExactlyInAnyOrder("sr-1", "sr-2");
    assertThat(resolver.referencing("StudyRight", "StudyRight.learner", "Learner/l-3")).isEmpty();
    assertThat(resolver.referencing("Learner", "Learner.name", "Learner/l-1")).isEmpty();
  }

  @Test
  void replacesARecordAddedAgainAndNeedsAnId() {
    resolver.add(studyRight("sr-1", "Learner/l-2"));

    assertThat(resolver.referencing("StudyRight", "StudyRight.learner", "Learner/l-2"))
        .extracting(r -> r.getIdElement().getIdPart())
        .containsExactlyInAnyOrder("sr-1", "sr-3");
    assertThatThrownBy(() -> resolver.add((IBaseResource) new Learner()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
