package fi.polku.hub.store;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import fi.polku.hub.model.HubModel;
import fi.polku.model.generated.Learner;
import java.time.Instant;
import org.hl7.fhir.r5.model.Coding;
import org.hl7.fhir.r5.model.Extension;
import org.hl7.fhir.r5.model.HumanName;
import org.hl7.fhir.r5.model.Organization;
import org.hl7.fhir.r5.model.Resource;
import org.hl7.fhir.r5.model.StringType;
import org.junit.jupiter.api.Test;

class StampedJsonTest {

  private static final FhirContext FHIR = HubModel.newFhirContext();
  private static final Instant WHOLE_SECOND = Instant.parse("2025-02-03T04:05:06Z");
  private static final Instant WITH_MILLIS = Instant.parse("2025-12-31T23:59:59.007Z");

  private final ContentEncoder encoder = new ContentEncoder(FHIR, 1_000_000);
  private final ResourceDecoder decoder = new ResourceDecoder(FHIR);

  private static Learner learner() {
    Learner l = new Learner();
    l.addName(new HumanName().setFamily("Möttönen \"Q\"").addGiven("Åke"));
    return l;
  }

  private StoredVersion stored(Resource r, Instant at) {
    String json = encoder.encode(r).json();
    return new StoredVersion(r.fhirType(), "abc-1.2", 7, false, at, json, 1L);
  }

  /** What the hub answered before: HAPI's encoding of the decoded, stamped resource. */
  private String hapi(StoredVersion v) {
    return FHIR.newJsonParser().encodeResourceToString(decoder.decode(v));
  }

  @Test
  void withoutStoredMetaTheIdAndAMetaOfTheStampComeAfterTheType() {
    // The hub's own types always carry their profile; a reused FHIR type need not.
    StoredVersion v = stored(new Organization().setName("Kaupunki \u00e5"), WHOLE_SECOND);

    assertThat(v.json()).doesNotContain("\"meta\"");
    assertThat(StampedJson.of(v)).isEqualTo(hapi(v));
  }

  @Test
  void aStoredSourceFollowsTheVersionAndTime() {
    Learner l = learner();
    l.getMeta().setSource("urn:uuid:run-1");

    StoredVersion v = stored(l, WITH_MILLIS);

    assertThat(StampedJson.of(v)).isEqualTo(hapi(v)).contains("\"source\":\"urn:uuid:run-1\"");
  }

  @Test
  void profilesSecurityAndTagsStayAfterTheStamp() {
    Learner l = learner();
    l.getMeta().addProfile("https://example.fi/StructureDefinition/x");
    l.getMeta().addSecurity(new Coding("urn:s", "R", null));
    l.getMeta().addTag(new Coding("urn:t", "a", "A"));

    StoredVersion v = stored(l, WITH_MILLIS);

    assertThat(StampedJson.of(v)).isEqualTo(hapi(v));
  }

  @Test
  void aMetaWithExtensionsIsLeftToHapi() {
    Learner l = learner();
    l.getMeta().setSource("urn:uuid:run-1");
    l.getMeta().addExtension(new Extension("https://example.fi/x", new StringType("y")));

    assertThat(StampedJson.of(stored(l, WHOLE_SECOND))).isNull();
  }

  @Test
  void aStoredIdOrVersionOrTimeIsLeftToHapi() {
    String[] unexpected = {
      "{\"resourceType\":\"Learner\",\"id\":\"x\",\"active\":true}",
      "{\"resourceType\":\"Learner\",\"meta\":{\"versionId\":\"3\"},\"active\":true}",
      "{\"resourceType\":\"Learner\",\"meta\":{\"lastUpdated\":\"2020-01-01T00:00:00Z\"}}",
      "{\"resourceType\":\"Learner\",\"meta\":{\"id\":\"m\",\"source\":\"s\"}}",
      "{\"resourceType\":\"Learner\"}",
      "{\"resourceType\":\"Learner\", \"active\":true}",
      "{\"resourceType\":\"StudyRight\",\"active\":true}"
    };
    for (String json : unexpected) {
      StoredVersion v = new StoredVersion("Learner", "a", 1, false, WHOLE_SECOND, json, 1L);
      assertThat(StampedJson.of(v)).as(json).isNull();
    }
  }

  @Test
  void anIdNeedingEscapesOrATombstoneIsLeftToHapi() {
    String json = "{\"resourceType\":\"Learner\",\"active\":true}";

    assertThat(
            StampedJson.of(new StoredVersion("Learner", "a\"b", 1, false, WHOLE_SECOND, json, 1L)))
        .isNull();
    assertThat(StampedJson.of(new StoredVersion("Learner", "a", 2, true, WHOLE_SECOND, null, 1L)))
        .isNull();
  }
}
