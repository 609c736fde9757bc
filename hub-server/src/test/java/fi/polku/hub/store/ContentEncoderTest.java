package fi.polku.hub.store;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import fi.polku.hub.model.HubModel;
import fi.polku.model.generated.Learner;
import fi.polku.model.generated.StudyRight;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.hl7.fhir.r5.model.Coding;
import org.hl7.fhir.r5.model.Reference;
import org.hl7.fhir.r5.model.StringType;
import org.junit.jupiter.api.Test;

class ContentEncoderTest {

  private static final FhirContext FHIR = HubModel.newFhirContext();
  private final ContentEncoder encoder = new ContentEncoder(FHIR, 1_000_000);

  private static Learner learner() {
    Learner l = new Learner();
    l.addIdentifier().setSystem("urn:oid:1.2.246.21").setValue("010115A9875");
    l.addIdentifier().setSystem("urn:oid:1.2.246.21").setValue("010115A9875");
    l.addIdentifier().setValue("no system");
    l.setCallingName("Aino");
    return l;
  }

  @Test
  void idVersionAndLastUpdatedDoNotChangeTheHash() {
    Learner a = learner();
    Learner b = learner();
    b.setId("Learner/9/_history/4");
    b.getMeta().setVersionId("4").setLastUpdated(new Date());

    assertThat(encoder.encode(b).hash()).isEqualTo(encoder.encode(a).hash());
    assertThat(encoder.encode(learner()).json())
        .doesNotContain("\"id\"")
        .doesNotContain("versionId");
  }

  @Test
  void keyOrderOfTheSenderDoesNotChangeTheHash() {
    String one =
        "{\"resourceType\":\"Learner\",\"callingName\":\"Aino\",\"birthDate\":\"2012-03-12\"}";
    String other =
        "{\"birthDate\":\"2012-03-12\",\"callingName\":\"Aino\",\"resourceType\":\"Learner\"}";

    assertThat(encoder.encode(FHIR.newJsonParser().parseResource(one)).hash())
        .isEqualTo(encoder.encode(FHIR.newJsonParser().parseResource(other)).hash());
  }

  @Test
  void changedContentChangesTheHash() {
    Learner changed = learner();
    changed.setCallingName("Maria");

    assertThat(encoder.encode(changed).hash()).isNotEqualTo(encoder.encode(learner()).hash());
  }

  @Test
  void theHashLeavesOutMetaSourceWhateverElseMetaHolds() {
    List<Learner> variants = new ArrayList<>();
    variants.add(withSource("https://polku.fi/fhir/Provenance/1"));
    Learner everything = withSource("urn:uuid:5c1f\"quoted\\ and ä \u0001");
    everything.getMeta().addProfile("https://polku.fi/fhir/StructureDefinition/Learner");
    everything.getMeta().addTag("urn:tag", "t", "Tag").addSecurity(new Coding("urn:s", "R", null));
    everything.getMeta().setVersionId("3").setLastUpdated(new Date());
    variants.add(everything);
    Learner metaExtension = withSource("urn:s");
    metaExtension.getMeta().addExtension("urn:ext", new StringType("x"));
    variants.add(metaExtension);
    Learner sourceExtension = withSource("urn:s");
    sourceExtension.getMeta().getSourceElement().addExtension("urn:ext", new StringType("y"));
    variants.add(sourceExtension);
    Learner metaId = withSource("urn:s");
    metaId.getMeta().setId("m1");
    variants.add(metaId);
    Learner bare = new Learner();
    bare.getMeta().setSource("urn:only");
    variants.add(bare);

    for (Learner l : variants) {
      Learner withoutSource = l.copy();
      withoutSource.getMeta().setSource(null);
      String expected = encoder.encode(withoutSource).hash();

      StoredContent stored = encoder.encode(l);

      assertThat(stored.hash()).as(stored.json()).isEqualTo(expected);
      assertThat(stored.json()).contains("\"source\"");
    }
  }

  private static Learner withSource(String source) {
    Learner l = learner();
    l.setId("Learner/9");
    l.getMeta().setSource(source);
    return l;
  }

  @Test
  void containedResourcesAndTheirLocalReferencesAreKept() {
    String json =
        "{\"resourceType\":\"StudyRight\",\"contained\":[{\"resourceType\":\"Organization\","
            + "\"id\":\"c1\",\"name\":\"Kuusikon koulu\"}],\"school\":{\"reference\":\"#c1\"}}";

    StoredContent stored = encoder.encode(FHIR.newJsonParser().parseResource(json));

    assertThat(stored.json())
        .contains("\"contained\":[{\"resourceType\":\"Organization\",\"id\":\"c1\"")
        .contains("\"school\":{\"reference\":\"#c1\"}");
    assertThat(stored.links()).isEmpty();
  }

  @Test
  void identifiersWithSystemAndValueAreIndexedOnce() {
    assertThat(encoder.encode(learner()).identifiers())
        .containsExactly(new StoredContent.IdentifierKey("urn:oid:1.2.246.21", "010115A9875"));
  }

  @Test
  void relativeReferencesAreIndexedWithThePathOfTheReferringElement() {
    StudyRight sr = new StudyRight();
    sr.setLearner(new Reference("Learner/123"));
    sr.setSchool(new Reference("https://elsewhere.example/fhir/Organization/1"));

    assertThat(encoder.encode(sr).links())
        .containsExactly(new StoredContent.Link("StudyRight.learner", "Learner/123"));
  }

  @Test
  void uniqueSystemsAreExactOrPrefixes() {
    UniqueSystems u =
        new UniqueSystems(java.util.List.of("https://polku.fi/fhir/source/", "urn:oid:1.2.246.21"));

    assertThat(u.isUnique("https://polku.fi/fhir/source/primus/pupil")).isTrue();
    assertThat(u.isUnique("urn:oid:1.2.246.21")).isTrue();
    assertThat(u.isUnique("urn:oid:1.2.246.2")).isFalse();
    assertThat(u.isUnique("https://polku.fi/fhir/sid/business-id")).isFalse();
  }

  @Test
  void aModelTypeKeepsTheProfileItsEncodingNames() {
    String plain = FHIR.newJsonParser().encodeResourceToString(learner());
    Learner l = learner();

    StoredContent c = encoder.encode(l);

    String profile = "https://polku.fi/fhir/StructureDefinition/Learner";
    assertThat(c.json()).isEqualTo(plain).contains(profile);
    assertThat(l.getMeta().getProfile()).extracting(p -> p.getValue()).containsExactly(profile);
  }

  @Test
  void aProfileTheSenderNamedIsNotRepeated() {
    Learner l = learner();
    l.getMeta().addProfile("https://example.org/StructureDefinition/LocalLearner");
    l.getMeta().addProfile("https://polku.fi/fhir/StructureDefinition/Learner");

    encoder.encode(l);

    assertThat(l.getMeta().getProfile())
        .extracting(p -> p.getValue())
        .containsExactly(
            "https://example.org/StructureDefinition/LocalLearner",
            "https://polku.fi/fhir/StructureDefinition/Learner");
  }

  @Test
  void aReusedFhirTypeGetsNoProfile() {
    org.hl7.fhir.r5.model.Organization o = new org.hl7.fhir.r5.model.Organization().setName("X");

    assertThat(encoder.encode(o).json()).doesNotContain("profile");
    assertThat(o.getMeta().hasProfile()).isFalse();
  }
}
