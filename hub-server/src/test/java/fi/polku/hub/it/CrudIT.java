package fi.polku.hub.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import fi.polku.model.generated.Learner;
import java.net.URLEncoder;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hl7.fhir.r5.model.Bundle;
import org.hl7.fhir.r5.model.IdType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Read, vread, create, update, delete and basic search through HAPI's generic client. */
@ParameterizedClass(name = "{0}")
@EnumSource(Db.class)
class CrudIT {

  private final RunningHub hub;
  private final IGenericClient client;

  CrudIT(Db db) {
    this.hub = RunningHub.on(db);
    this.client = hub.client();
  }

  @Test
  void createAssignsServerIdAndVersionOneAndTheResourceReadsBack() {
    Fixtures.Ids ids = Fixtures.ids();
    MethodOutcome created = client.create().resource(Fixtures.learner(ids, "Virtanen")).execute();

    assertThat(created.getCreated()).isTrue();
    assertThat(created.getId().getIdPart()).matches("[0-9]+");
    assertThat(created.getId().getVersionIdPart()).isEqualTo("1");
    Learner read =
        client.read().resource(Learner.class).withId(created.getId().getIdPart()).execute();
    assertThat(read.getIdentifierFirstRep().getValue()).isEqualTo(ids.hetu());
    assertThat(read.getMeta().getVersionId()).isEqualTo("1");
    assertThat(read.getMeta().getLastUpdated()).isNotNull();
  }

  @Test
  void updateWritesANewVersionAndVreadStillReturnsTheOldOne() {
    Learner learner = Fixtures.learner(Fixtures.ids(), "Before");
    IdType id = (IdType) client.create().resource(learner).execute().getId();
    learner.setId(id.toUnqualifiedVersionless());
    learner.getNameFirstRep().setFamily("After");

    MethodOutcome updated = client.update().resource(learner).execute();

    assertThat(updated.getId().getVersionIdPart()).isEqualTo("2");
    Learner v1 =
        client.read().resource(Learner.class).withIdAndVersion(id.getIdPart(), "1").execute();
    Learner v2 = client.read().resource(Learner.class).withId(id.getIdPart()).execute();
    assertThat(v1.getNameFirstRep().getFamily()).isEqualTo("Before");
    assertThat(v2.getNameFirstRep().getFamily()).isEqualTo("After");
    assertThat(v2.getMeta().getVersionId()).isEqualTo("2");
  }

  @Test
  void updateOfAnUnknownIdCreatesTheResourceWithTheClientsId() {
    Learner learner = Fixtures.learner(Fixtures.ids(), "Chosen");
    String id = "client-" + System.nanoTime();
    learner.setId(id);

    MethodOutcome outcome = client.update().resource(learner).execute();

    assertThat(outcome.getCreated()).isTrue();
    assertThat(outcome.getId().getIdPart()).isEqualTo(id);
    assertThat(outcome.getId().getVersionIdPart()).isEqualTo("1");
  }

  @Test
  void aPurelyNumericClientIdIsRefused() {
    Learner learner = Fixtures.learner(Fixtures.ids(), "Numeric");
    learner.setId("987654321");

    assertThatThrownBy(() -> client.update().resource(learner).execute())
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("POLKU-HUB-0104");
  }

  @Test
  void deleteLeavesATombstoneThatReadsAsGoneWhileOldVersionsRemain() {
    IdType id =
        (IdType)
            client.create().resource(Fixtures.learner(Fixtures.ids(), "Gone")).execute().getId();

    client.delete().resourceById("Learner", id.getIdPart()).execute();

    assertThatThrownBy(() -> client.read().resource(Learner.class).withId(id.getIdPart()).execute())
        .isInstanceOf(ResourceGoneException.class);
    Learner v1 =
        client.read().resource(Learner.class).withIdAndVersion(id.getIdPart(), "1").execute();
    assertThat(v1.getNameFirstRep().getFamily()).isEqualTo("Gone");
    Bundle history =
        client
            .history()
            .onInstance(id.toUnqualifiedVersionless())
            .returnBundle(Bundle.class)
            .execute();
    assertThat(history.getEntry()).hasSize(2);
    assertThat(history.getEntryFirstRep().getRequest().getMethod())
        .isEqualTo(Bundle.HTTPVerb.DELETE);
  }

  @Test
  void aDeletedResourceCanBeCreatedAgainUnderItsId() {
    Learner learner = Fixtures.learner(Fixtures.ids(), "Again");
    IdType id = (IdType) client.create().resource(learner).execute().getId();
    client.delete().resourceById("Learner", id.getIdPart()).execute();
    learner.setId(id.toUnqualifiedVersionless());

    MethodOutcome revived = client.update().resource(learner).execute();

    assertThat(revived.getId().getVersionIdPart()).isEqualTo("3");
    assertThat(client.read().resource(Learner.class).withId(id.getIdPart()).execute()).isNotNull();
  }

  @Test
  void readOfAnIdThatNeverExistedIsNotFound() {
    assertThatThrownBy(() -> client.read().resource(Learner.class).withId("never-was").execute())
        .isInstanceOf(ResourceNotFoundException.class)
        .hasMessageContaining("POLKU-HUB-0001");
  }

  @Test
  void basicSearchFindsByIdentifierAndById() {
    Fixtures.Ids ids = Fixtures.ids();
    IdType id = (IdType) client.create().resource(Fixtures.learner(ids, "Found")).execute().getId();

    Bundle byIdentifier =
        client
            .search()
            .forResource(Learner.class)
            .where(Learner.IDENTIFIER.exactly().systemAndCode(Fixtures.HETU, ids.hetu()))
            .returnBundle(Bundle.class)
            .execute();
    Bundle byId =
        client
            .search()
            .forResource(Learner.class)
            .where(
                new ca.uhn.fhir.rest.gclient.TokenClientParam("_id").exactly().code(id.getIdPart()))
            .returnBundle(Bundle.class)
            .execute();

    assertThat(byIdentifier.getTotal()).isEqualTo(1);
    assertThat(byIdentifier.getEntryFirstRep().getResource().getIdElement().getIdPart())
        .isEqualTo(id.getIdPart());
    assertThat(byId.getTotal()).isEqualTo(1);
  }

  @Test
  void aReferenceWrittenAsTheHubsOwnUrlIsALocalReferenceThatSearchFinds() {
    String learnerId = createLearner("Absolute");
    String absolute = hub.base() + "/Learner/" + learnerId;
    // A single write (validated as sent) and a transaction entry, as raw JSON: no client rewrites.
    HttpResponse<String> single =
        hub.send(
            hub.request("StudyRight")
                .header("Content-Type", "application/fhir+json")
                .POST(BodyPublishers.ofString(Fixtures.studyRightJson(absolute, r -> {}))));
    String entry = Fixtures.studyRightJson(absolute, r -> {});
    HttpResponse<String> transaction =
        hub.send(
            hub.request("")
                .header("Content-Type", "application/fhir+json")
                .POST(
                    BodyPublishers.ofString(
                        "{\"resourceType\":\"Bundle\",\"type\":\"transaction\",\"entry\":[{"
                            + "\"resource\":"
                            + entry
                            + ",\"request\":{\"method\":\"POST\",\"url\":\"StudyRight\"}}]}")));
    assertThat(single.statusCode()).as(single.body()).isEqualTo(201);
    assertThat(transaction.statusCode()).as(transaction.body()).isEqualTo(200);

    assertThat(studyRightsOf("Learner/" + learnerId)).hasSize(2);
    assertThat(studyRightsOf(absolute)).hasSize(2);
  }

  @Test
  void aReferenceToAResourceThatDoesNotExistIsRefusedAndWritesNothing() {
    String missing = "Learner/missing-" + System.nanoTime();
    HttpResponse<String> dangling = postStudyRight(missing);
    assertThat(dangling.statusCode()).isEqualTo(422);
    assertThat(dangling.body()).contains("POLKU-HUB-0206", missing, "StudyRight.learner");
    assertThat(studyRightsOf(missing)).isEmpty();
  }

  @Test
  void aReferencedResourceCannotBeDeletedUntilItsReferrersAreDeletedWithIt() {
    String learnerId = createLearner("Referenced");
    String learner = "Learner/" + learnerId;
    HttpResponse<String> created = postStudyRight(learner + "/_history/1");
    assertThat(created.statusCode()).isEqualTo(201);
    String studyRight =
        RunningHub.FHIR
            .newJsonParser()
            .parseResource(created.body())
            .getIdElement()
            .toUnqualifiedVersionless()
            .getValue();

    HttpResponse<String> refused = hub.send(hub.request(learner).DELETE());
    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(refused.body()).contains("POLKU-HUB-0207", learner, studyRight);
    assertThat(client.read().resource(Learner.class).withId(learnerId).execute()).isNotNull();

    Bundle both = new Bundle().setType(Bundle.BundleType.TRANSACTION);
    both.addEntry().getRequest().setMethod(Bundle.HTTPVerb.DELETE).setUrl(learner);
    both.addEntry().getRequest().setMethod(Bundle.HTTPVerb.DELETE).setUrl(studyRight);
    client.transaction().withBundle(both).execute();

    assertThatThrownBy(() -> client.read().resource(Learner.class).withId(learnerId).execute())
        .isInstanceOf(ResourceGoneException.class);
    assertThat(postStudyRight(learner).statusCode()).isEqualTo(422);
  }

  @Test
  void aTransactionMayReferToAResourceItWritesItself() {
    String learnerId = "tx-learner-" + System.nanoTime();
    Learner learner = Fixtures.learner(Fixtures.ids(), "InTheSameBundle");
    learner.setId(learnerId);
    Bundle tx = new Bundle().setType(Bundle.BundleType.TRANSACTION);
    tx.addEntry()
        .setResource(learner)
        .getRequest()
        .setMethod(Bundle.HTTPVerb.PUT)
        .setUrl("Learner/" + learnerId);
    tx.addEntry()
        .setResource(Fixtures.studyRight("Learner/" + learnerId))
        .getRequest()
        .setMethod(Bundle.HTTPVerb.POST)
        .setUrl("StudyRight");

    Bundle response = client.transaction().withBundle(tx).execute();

    assertThat(response.getEntry())
        .extracting(e -> e.getResponse().getStatus())
        .containsExactly("201 Created", "201 Created");
  }

  private String createLearner(String family) {
    return client
        .create()
        .resource(Fixtures.learner(Fixtures.ids(), family))
        .execute()
        .getId()
        .getIdPart();
  }

  private HttpResponse<String> postStudyRight(String learnerReference) {
    return hub.send(
        hub.request("StudyRight")
            .header("Content-Type", "application/fhir+json")
            .POST(BodyPublishers.ofString(Fixtures.studyRightJson(learnerReference, r -> {}))));
  }

  private List<Bundle.BundleEntryComponent> studyRightsOf(String learner) {
    HttpResponse<String> r =
        hub.send(
            hub.request("StudyRight?learner=" + URLEncoder.encode(learner, StandardCharsets.UTF_8))
                .header("Accept", "application/fhir+json"));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    Bundle b = RunningHub.FHIR.newJsonParser().parseResource(Bundle.class, r.body());
    return b.getEntry();
  }

  @Test
  void aReadWithSummaryTextIsTheResourceWithoutItsOptionalElementsInJsonAndXml() {
    IdType id =
        (IdType)
            client.create().resource(Fixtures.learner(Fixtures.ids(), "Summary")).execute().getId();

    for (String path :
        List.of(
            "Learner/" + id.getIdPart() + "?_summary=text",
            "Learner/" + id.getIdPart() + "/_history/1?_summary=text")) {
      for (EncodingEnum encoding : List.of(EncodingEnum.JSON, EncodingEnum.XML)) {
        HttpResponse<String> r =
            hub.send(
                hub.request(path).header("Accept", encoding.getResourceContentTypeNonLegacy()));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse(""))
            .as(path)
            .startsWith(encoding.getResourceContentTypeNonLegacy());
        Learner summary =
            encoding.newParser(RunningHub.FHIR).parseResource(Learner.class, r.body());
        assertThat(summary.getIdPart()).isEqualTo(id.getIdPart());
        assertThat(summary.getMeta().getTag())
            .extracting(t -> t.getCode())
            .as(path)
            .contains("SUBSETTED");
        assertThat(summary.getName()).as(path).isEmpty();
        assertThat(summary.getBirthDateElement().isEmpty()).as(path).isTrue();
      }
    }
  }

  @Test
  void xmlIsAcceptedAndReturnedAsWell() {
    IGenericClient xml = hub.client();
    xml.setEncoding(EncodingEnum.XML);
    Fixtures.Ids ids = Fixtures.ids();

    MethodOutcome created = xml.create().resource(Fixtures.learner(ids, "Xml")).execute();
    Learner read = xml.read().resource(Learner.class).withId(created.getId().getIdPart()).execute();

    assertThat(read.getNameFirstRep().getFamily()).isEqualTo("Xml");
    assertThat(read.getIdentifierFirstRep().getValue()).isEqualTo(ids.hetu());
  }
}
