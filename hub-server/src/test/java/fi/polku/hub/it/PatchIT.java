package fi.polku.hub.it;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import fi.polku.model.generated.Learner;
import java.net.URLEncoder;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.hl7.fhir.r5.model.Binary;
import org.hl7.fhir.r5.model.Bundle;
import org.hl7.fhir.r5.model.CapabilityStatement;
import org.hl7.fhir.r5.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r5.model.CodeType;
import org.hl7.fhir.r5.model.IdType;
import org.hl7.fhir.r5.model.IntegerType;
import org.hl7.fhir.r5.model.Parameters;
import org.hl7.fhir.r5.model.Resource;
import org.hl7.fhir.r5.model.StringType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The patch interaction: JSON Patch documents (RFC 6902) and FHIRPath Patches (Parameters, as JSON
 * and XML) by id and by condition, through HAPI's generic client and raw HTTP for the statuses of
 * what is refused, and as PATCH entries of Bundles.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Db.class)
class PatchIT {

  private static final String JSON_PATCH = "application/json-patch+json";
  private static final String FHIR_JSON = "application/fhir+json";
  private static final String FHIR_XML = "application/fhir+xml";

  private final RunningHub hub;
  private final IGenericClient client;

  PatchIT(Db db) {
    this.hub = RunningHub.on(db);
    this.client = hub.client();
  }

  private IdType createLearner(Fixtures.Ids ids, String family) {
    return (IdType) client.create().resource(Fixtures.learner(ids, family)).execute().getId();
  }

  private HttpResponse<String> patch(String path, String contentType, String body, String ifMatch) {
    var request =
        hub.request(path)
            .header("Content-Type", contentType)
            .header("Accept", "application/fhir+json")
            .method("PATCH", BodyPublishers.ofString(body));
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return hub.send(request);
  }

  private Learner read(IdType id) {
    return client.read().resource(Learner.class).withId(id.getIdPart()).execute();
  }

  @Test
  void aJsonPatchFromTheGenericClientChangesOneElementAndWritesTheNextVersion() {
    IdType id = createLearner(Fixtures.ids(), "Patchable");

    MethodOutcome outcome =
        client
            .patch()
            .withBody(
                "[{\"op\":\"test\",\"path\":\"/gender\",\"value\":\"female\"},"
                    + "{\"op\":\"replace\",\"path\":\"/gender\",\"value\":\"other\"},"
                    + "{\"op\":\"add\",\"path\":\"/name/0/given/-\",\"value\":\"Liisa\"}]")
            .withId(id.toUnqualifiedVersionless())
            .execute();

    assertThat(outcome.getId().getVersionIdPart()).isEqualTo("2");
    Learner now = read(id);
    assertThat(now.getGender()).isEqualTo("other");
    assertThat(now.getNameFirstRep().getGiven())
        .extracting(g -> g.getValue())
        .containsExactly("Aino", "Maria", "Liisa");
    assertThat(now.getNameFirstRep().getFamily()).isEqualTo("Patchable");
  }

  @Test
  void aConditionalPatchChangesTheOneMatchAndNoMatchIsNotFound() {
    Fixtures.Ids ids = Fixtures.ids();
    IdType id = createLearner(ids, "ByIdentifier");
    String condition =
        "Learner?identifier="
            + URLEncoder.encode(Fixtures.SOURCE + "|" + ids.sourceKey(), StandardCharsets.UTF_8);

    HttpResponse<String> patched =
        patch(
            condition,
            JSON_PATCH,
            "[{\"op\":\"replace\",\"path\":\"/callingName\",\"value\":\"Maria\"}]",
            null);
    HttpResponse<String> none =
        patch(
            "Learner?identifier="
                + URLEncoder.encode(Fixtures.SOURCE + "|no-such-key", StandardCharsets.UTF_8),
            JSON_PATCH,
            "[{\"op\":\"remove\",\"path\":\"/callingName\"}]",
            null);

    assertThat(patched.statusCode()).isEqualTo(200);
    assertThat(read(id).getCallingName()).isEqualTo("Maria");
    assertThat(none.statusCode()).isEqualTo(404);
    assertThat(none.body()).contains("POLKU-HUB-0001");
  }

  @Test
  void aFailingTestOrAMissingPathIsAConflictAndWritesNothing() {
    IdType id = createLearner(Fixtures.ids(), "Unchanged");

    HttpResponse<String> failedTest =
        patch(
            "Learner/" + id.getIdPart(),
            JSON_PATCH,
            "[{\"op\":\"replace\",\"path\":\"/gender\",\"value\":\"male\"},"
                + "{\"op\":\"test\",\"path\":\"/birthDate\",\"value\":\"2000-01-01\"}]",
            null);
    HttpResponse<String> missing =
        patch(
            "Learner/" + id.getIdPart(),
            JSON_PATCH,
            "[{\"op\":\"remove\",\"path\":\"/deceasedBoolean\"}]",
            null);

    assertThat(failedTest.statusCode()).isEqualTo(409);
    assertThat(failedTest.body()).contains("POLKU-HUB-0208").contains("/birthDate");
    assertThat(missing.statusCode()).isEqualTo(409);
    Learner now = read(id);
    assertThat(now.getMeta().getVersionId()).isEqualTo("1");
    assertThat(now.getGender()).isEqualTo("female");
  }

  @Test
  void aPatchThatMakesTheResourceInvalidIsRejectedWithTheValidatorsFindings() {
    IdType id = createLearner(Fixtures.ids(), "StaysValid");

    HttpResponse<String> invalid =
        patch(
            "Learner/" + id.getIdPart(),
            JSON_PATCH,
            "[{\"op\":\"replace\",\"path\":\"/birthDate\",\"value\":\"2020-02-31\"}]",
            null);

    assertThat(invalid.statusCode()).isEqualTo(422);
    assertThat(invalid.body()).contains("POLKU-HUB-0300").contains("birthDate");
    assertThat(read(id).getMeta().getVersionId()).isEqualTo("1");
  }

  @Test
  void aStaleIfMatchIsPreconditionFailedAndTheCurrentOneIsPatched() {
    IdType id = createLearner(Fixtures.ids(), "Versioned");
    String body = "[{\"op\":\"replace\",\"path\":\"/callingName\",\"value\":\"Maria\"}]";
    patch("Learner/" + id.getIdPart(), JSON_PATCH, body, null);

    HttpResponse<String> stale = patch("Learner/" + id.getIdPart(), JSON_PATCH, body, "W/\"1\"");
    HttpResponse<String> current =
        patch(
            "Learner/" + id.getIdPart(),
            JSON_PATCH,
            "[{\"op\":\"replace\",\"path\":\"/callingName\",\"value\":\"Aino\"}]",
            "W/\"2\"");

    assertThat(stale.statusCode()).isEqualTo(412);
    assertThat(stale.body()).contains("POLKU-HUB-0200");
    assertThat(current.statusCode()).isEqualTo(200);
    assertThat(current.headers().allValues("ETag")).containsExactly("W/\"3\"");
    assertThat(current.headers().allValues("Last-Modified")).hasSize(1);
  }

  @Test
  void aPatchThatChangesTheIdOrTheTypeIsABadRequest() {
    IdType id = createLearner(Fixtures.ids(), "FixedId");

    HttpResponse<String> newId =
        patch(
            "Learner/" + id.getIdPart(),
            JSON_PATCH,
            "[{\"op\":\"replace\",\"path\":\"/id\",\"value\":\"other-id\"}]",
            null);
    HttpResponse<String> newType =
        patch(
            "Learner/" + id.getIdPart(),
            JSON_PATCH,
            "[{\"op\":\"replace\",\"path\":\"/resourceType\",\"value\":\"Person\"}]",
            null);

    assertThat(newId.statusCode()).isEqualTo(400);
    assertThat(newType.statusCode()).isEqualTo(400);
    assertThat(read(id).getMeta().getVersionId()).isEqualTo("1");
  }

  @Test
  void malformedPatchesXmlPatchesAndPatchesOfMissingResourcesAreRefusedWithAnOutcome() {
    IdType id = createLearner(Fixtures.ids(), "Refuses");

    HttpResponse<String> notAnArray =
        patch("Learner/" + id.getIdPart(), JSON_PATCH, "{\"op\":\"remove\"}", null);
    HttpResponse<String> xmlPatch =
        patch(
            "Learner/" + id.getIdPart(),
            "application/xml-patch+xml",
            "<diff><remove sel=\"/Learner/callingName\"/></diff>",
            null);
    HttpResponse<String> notAnOperation =
        patch(
            "Learner/" + id.getIdPart(),
            FHIR_JSON,
            "{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"operation\","
                + "\"part\":[{\"name\":\"type\",\"valueCode\":\"upsert\"}]}]}",
            null);
    HttpResponse<String> notParameters =
        patch(
            "Learner/" + id.getIdPart(),
            FHIR_JSON,
            Fixtures.learnerJson(Fixtures.ids(), "NotAPatch"),
            null);
    HttpResponse<String> unknown = patch("Learner/no-such-learner", JSON_PATCH, "[]", null);

    assertThat(notAnArray.statusCode()).isEqualTo(400);
    assertThat(notAnArray.body()).contains("POLKU-HUB-0115");
    assertThat(notParameters.statusCode()).isEqualTo(400);
    assertThat(notParameters.body())
        .contains("POLKU-HUB-0120")
        .contains("a Parameters resource, not a Learner");
    assertThat(xmlPatch.statusCode()).isEqualTo(415);
    assertThat(xmlPatch.body())
        .contains("POLKU-HUB-0110")
        .contains("application/json-patch+json")
        .contains("application/fhir+json")
        .contains("application/fhir+xml");
    assertThat(notAnOperation.statusCode()).isEqualTo(400);
    assertThat(notAnOperation.body()).contains("POLKU-HUB-0120").contains("upsert");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("OperationOutcome");
    assertThat(read(id).getMeta().getVersionId()).isEqualTo("1");
  }

  @Test
  void thePatchOfADeletedResourceIsGone() {
    IdType id = createLearner(Fixtures.ids(), "Deleted");
    client.delete().resourceById(id.toUnqualifiedVersionless()).execute();

    HttpResponse<String> gone = patch("Learner/" + id.getIdPart(), JSON_PATCH, "[]", null);

    assertThat(gone.statusCode()).isEqualTo(410);
    assertThat(gone.body()).contains("POLKU-HUB-0002");
  }

  /** A FHIRPath Patch replacing the calling name with {@code callingName}. */
  private static Parameters fhirPathPatch(String callingName) {
    Parameters p = new Parameters();
    Parameters.ParametersParameterComponent op = p.addParameter().setName("operation");
    op.addPart().setName("type").setValue(new CodeType("replace"));
    op.addPart().setName("path").setValue(new StringType("Learner.callingName"));
    op.addPart().setName("value").setValue(new StringType(callingName));
    return p;
  }

  private static Binary jsonPatch(String document) {
    Binary b = new Binary();
    b.setContentType(JSON_PATCH);
    b.setData(document.getBytes(StandardCharsets.UTF_8));
    return b;
  }

  @Test
  void aTransactionsPatchEntryIsWrittenWithItsOtherEntriesAndMayReferToThem() {
    IdType learner = createLearner(Fixtures.ids(), "InTransaction");
    Bundle tx =
        createAndPatch(
            Fixtures.learner(Fixtures.ids(), "Sibling"),
            learner,
            jsonPatch("[{\"op\":\"replace\",\"path\":\"/callingName\",\"value\":\"Maria\"}]"));
    tx.getEntry().get(1).getRequest().setIfMatch("W/\"1\"");

    Bundle response = client.transaction().withBundle(tx).execute();

    assertCreatedAndPatchedToMaria(response, learner);
  }

  /**
   * A transaction that creates {@code created} (with a urn:uuid full URL) and applies {@code patch}
   * to {@code patched}.
   */
  private static Bundle createAndPatch(Learner created, IdType patched, Resource patch) {
    Bundle tx = new Bundle().setType(Bundle.BundleType.TRANSACTION);
    tx.addEntry()
        .setFullUrl("urn:uuid:" + java.util.UUID.randomUUID())
        .setResource(created)
        .getRequest()
        .setMethod(Bundle.HTTPVerb.POST)
        .setUrl("Learner");
    tx.addEntry()
        .setResource(patch)
        .getRequest()
        .setMethod(Bundle.HTTPVerb.PATCH)
        .setUrl("Learner/" + patched.getIdPart());
    return tx;
  }

  private void assertCreatedAndPatchedToMaria(Bundle response, IdType learner) {
    assertThat(response.getEntry())
        .extracting(e -> e.getResponse().getStatus())
        .containsExactly("201 Created", "200 OK");
    assertThat(response.getEntry().get(1).getResponse().getEtag()).isEqualTo("W/\"2\"");
    assertThat(read(learner).getCallingName()).isEqualTo("Maria");
  }

  @Test
  void aTransactionWhosePatchDoesNotApplyWritesNothingAndABatchFailsOnlyThatEntry() {
    Fixtures.Ids newIds = Fixtures.ids();
    IdType learner = createLearner(Fixtures.ids(), "AllOrNothing");
    String failing =
        "[{\"op\":\"test\",\"path\":\"/gender\",\"value\":\"male\"},"
            + "{\"op\":\"remove\",\"path\":\"/callingName\"}]";
    Bundle tx = createAndPatch(Fixtures.learner(newIds, "NotCreated"), learner, jsonPatch(failing));
    Bundle batch = tx.copy().setType(Bundle.BundleType.BATCH);
    batch.getEntry().remove(0);
    Binary xmlPatch = new Binary();
    xmlPatch.setContentType("application/xml-patch+xml");
    xmlPatch.setData("<diff/>".getBytes(StandardCharsets.UTF_8));
    batch
        .addEntry()
        .setResource(xmlPatch)
        .getRequest()
        .setMethod(Bundle.HTTPVerb.PATCH)
        .setUrl("Learner/" + learner.getIdPart());
    batch
        .addEntry()
        .setResource(
            jsonPatch("[{\"op\":\"replace\",\"path\":\"/callingName\",\"value\":\"Maria\"}]"))
        .getRequest()
        .setMethod(Bundle.HTTPVerb.PATCH)
        .setUrl(
            "Learner?identifier="
                + URLEncoder.encode(
                    Fixtures.HETU + "|" + read(learner).getIdentifierFirstRep().getValue(),
                    StandardCharsets.UTF_8));

    HttpResponse<String> refused =
        hub.send(
            hub.request("")
                .header("Content-Type", "application/fhir+json")
                .POST(
                    BodyPublishers.ofString(
                        RunningHub.FHIR.newJsonParser().encodeResourceToString(tx))));
    Bundle answered = client.transaction().withBundle(batch).execute();

    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(refused.body()).contains("POLKU-HUB-0208");
    assertThat(
            client
                .search()
                .forResource(Learner.class)
                .where(
                    Learner.IDENTIFIER.exactly().systemAndIdentifier(Fixtures.HETU, newIds.hetu()))
                .returnBundle(Bundle.class)
                .execute()
                .getEntry())
        .isEmpty();
    assertThat(answered.getEntry())
        .extracting(e -> e.getResponse().getStatus())
        .containsExactly("409 Conflict", "415 Unsupported Media Type", "200 OK");
    assertThat(read(learner).getCallingName()).isEqualTo("Maria");
    assertThat(read(learner).getMeta().getVersionId()).isEqualTo("2");
  }

  // --- FHIRPath Patch ---------------------------------------------------------------------------

  @Test
  void aFhirPathPatchFromTheGenericClientChangesTheResourceAndWritesTheNextVersion() {
    IdType id = createLearner(Fixtures.ids(), "FhirPathPatchable");
    Parameters patch = fhirPathPatch("Maria");
    Parameters.ParametersParameterComponent insert = patch.addParameter().setName("operation");
    insert.addPart().setName("type").setValue(new CodeType("insert"));
    insert.addPart().setName("path").setValue(new StringType("Learner.name[0].given"));
    insert.addPart().setName("value").setValue(new StringType("Liisa"));
    insert.addPart().setName("index").setValue(new IntegerType(0));
    Parameters.ParametersParameterComponent delete = patch.addParameter().setName("operation");
    delete.addPart().setName("type").setValue(new CodeType("delete"));
    delete
        .addPart()
        .setName("path")
        .setValue(new StringType("Learner.identifier.where(system='" + Fixtures.SOURCE + "')"));

    MethodOutcome outcome =
        client.patch().withFhirPatch(patch).withId(id.toUnqualifiedVersionless()).execute();

    assertThat(outcome.getId().getVersionIdPart()).isEqualTo("2");
    Learner now = read(id);
    assertThat(now.getCallingName()).isEqualTo("Maria");
    assertThat(now.getNameFirstRep().getGiven())
        .extracting(g -> g.getValue())
        .containsExactly("Liisa", "Aino", "Maria");
    assertThat(now.getIdentifier())
        .extracting(i -> i.getSystem())
        .containsExactly(Fixtures.HETU, "urn:oid:1.2.246.562.24");
  }

  @Test
  void aFhirPathPatchIsTakenAsJsonAndAsXmlOverHttp() {
    IdType id = createLearner(Fixtures.ids(), "JsonAndXml");
    String addName =
        "{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"operation\",\"part\":["
            + "{\"name\":\"type\",\"valueCode\":\"add\"},"
            + "{\"name\":\"path\",\"valueString\":\"Learner\"},"
            + "{\"name\":\"name\",\"valueString\":\"name\"},"
            + "{\"name\":\"value\",\"part\":["
            + "{\"name\":\"use\",\"valueCode\":\"nickname\"},"
            + "{\"name\":\"given\",\"valueString\":\"Ninni\"}]}]}]}";
    String moveGiven =
        "<Parameters xmlns=\"http://hl7.org/fhir\"><parameter><name value=\"operation\"/>"
            + "<part><name value=\"type\"/><valueCode value=\"move\"/></part>"
            + "<part><name value=\"path\"/><valueString value=\"Learner.name[0].given\"/></part>"
            + "<part><name value=\"source\"/><valueInteger value=\"1\"/></part>"
            + "<part><name value=\"destination\"/><valueInteger value=\"0\"/></part>"
            + "</parameter></Parameters>";

    HttpResponse<String> json = patch("Learner/" + id.getIdPart(), FHIR_JSON, addName, null);
    HttpResponse<String> xml = patch("Learner/" + id.getIdPart(), FHIR_XML, moveGiven, "W/\"2\"");

    assertThat(json.statusCode()).isEqualTo(200);
    assertThat(json.headers().allValues("ETag")).containsExactly("W/\"2\"");
    assertThat(xml.statusCode()).isEqualTo(200);
    assertThat(xml.headers().allValues("ETag")).containsExactly("W/\"3\"");
    Learner now = read(id);
    assertThat(now.getName()).hasSize(2);
    assertThat(now.getName().get(1).getGivenAsSingleString()).isEqualTo("Ninni");
    assertThat(now.getNameFirstRep().getGiven())
        .extracting(g -> g.getValue())
        .containsExactly("Maria", "Aino");
  }

  @Test
  void aConditionalFhirPathPatchChangesTheOneMatchAndNoMatchIsNotFound() {
    Fixtures.Ids ids = Fixtures.ids();
    IdType id = createLearner(ids, "FhirPathByIdentifier");
    String body = RunningHub.FHIR.newJsonParser().encodeResourceToString(fhirPathPatch("Maria"));

    HttpResponse<String> patched =
        patch(
            "Learner?identifier="
                + URLEncoder.encode(
                    Fixtures.SOURCE + "|" + ids.sourceKey(), StandardCharsets.UTF_8),
            FHIR_JSON,
            body,
            null);
    HttpResponse<String> none =
        patch(
            "Learner?identifier="
                + URLEncoder.encode(Fixtures.SOURCE + "|no-such-key", StandardCharsets.UTF_8),
            FHIR_JSON,
            body,
            null);

    assertThat(patched.statusCode()).isEqualTo(200);
    assertThat(read(id).getCallingName()).isEqualTo("Maria");
    assertThat(none.statusCode()).isEqualTo(404);
    assertThat(none.body()).contains("POLKU-HUB-0001");
  }

  @Test
  void aFhirPathPatchWithAStaleIfMatchIsPreconditionFailedAndWritesNothing() {
    IdType id = createLearner(Fixtures.ids(), "FhirPathVersioned");
    String json = RunningHub.FHIR.newJsonParser().encodeResourceToString(fhirPathPatch("Maria"));
    patch("Learner/" + id.getIdPart(), FHIR_JSON, json, null);

    HttpResponse<String> stale =
        patch(
            "Learner/" + id.getIdPart(),
            FHIR_XML,
            RunningHub.FHIR.newXmlParser().encodeResourceToString(fhirPathPatch("Aino")),
            "W/\"1\"");

    assertThat(stale.statusCode()).isEqualTo(412);
    assertThat(stale.body()).contains("POLKU-HUB-0200");
    assertThat(read(id).getCallingName()).isEqualTo("Maria");
    assertThat(read(id).getMeta().getVersionId()).isEqualTo("2");
  }

  @Test
  void aFhirPathPatchThatMakesTheResourceInvalidIsRejectedAndOneThatDoesNotApplyIsAConflict() {
    IdType id = createLearner(Fixtures.ids(), "FhirPathStaysValid");
    Parameters badGender = new Parameters();
    Parameters.ParametersParameterComponent op = badGender.addParameter().setName("operation");
    op.addPart().setName("type").setValue(new CodeType("replace"));
    op.addPart().setName("path").setValue(new StringType("Learner.gender"));
    op.addPart().setName("value").setValue(new CodeType("not-a-gender"));
    Parameters severalMatches = new Parameters();
    Parameters.ParametersParameterComponent delete =
        severalMatches.addParameter().setName("operation");
    delete.addPart().setName("type").setValue(new CodeType("delete"));
    delete.addPart().setName("path").setValue(new StringType("Learner.identifier"));

    HttpResponse<String> invalid =
        patch(
            "Learner/" + id.getIdPart(),
            FHIR_JSON,
            RunningHub.FHIR.newJsonParser().encodeResourceToString(badGender),
            null);
    HttpResponse<String> conflict =
        patch(
            "Learner/" + id.getIdPart(),
            FHIR_JSON,
            RunningHub.FHIR.newJsonParser().encodeResourceToString(severalMatches),
            null);
    HttpResponse<String> badPath =
        patch(
            "Learner/" + id.getIdPart(),
            FHIR_JSON,
            RunningHub.FHIR
                .newJsonParser()
                .encodeResourceToString(fhirPathPatch("x"))
                .replace("Learner.callingName", "Learner.callingName.resolve()"),
            null);

    assertThat(invalid.statusCode()).isEqualTo(422);
    assertThat(invalid.body()).contains("POLKU-HUB-0300").contains("gender");
    assertThat(conflict.statusCode()).isEqualTo(409);
    assertThat(conflict.body()).contains("POLKU-HUB-0208").contains("selects 3 elements");
    assertThat(badPath.statusCode()).isEqualTo(400);
    assertThat(badPath.body()).contains("POLKU-HUB-0121").contains("Learner.callingName.resolve()");
    assertThat(read(id).getMeta().getVersionId()).isEqualTo("1");
  }

  @Test
  void aTransactionsFhirPathPatchEntryIsWrittenWithItsOtherEntries() {
    IdType learner = createLearner(Fixtures.ids(), "FhirPathInTransaction");
    Bundle tx =
        createAndPatch(
            Fixtures.learner(Fixtures.ids(), "FhirPathSibling"), learner, fhirPathPatch("Maria"));
    tx.getEntry().get(1).getRequest().setIfMatch("W/\"1\"");

    Bundle response = client.transaction().withBundle(tx).execute();

    assertCreatedAndPatchedToMaria(response, learner);
  }

  @Test
  void aTransactionWhoseFhirPathPatchEntryDoesNotApplyWritesNothing() {
    Fixtures.Ids newIds = Fixtures.ids();
    IdType learner = createLearner(Fixtures.ids(), "FhirPathAllOrNothing");
    Parameters patch = fhirPathPatch("Maria");
    Parameters.ParametersParameterComponent move = patch.addParameter().setName("operation");
    move.addPart().setName("type").setValue(new CodeType("move"));
    move.addPart().setName("path").setValue(new StringType("Learner.name[0].given"));
    move.addPart().setName("source").setValue(new IntegerType(5));
    move.addPart().setName("destination").setValue(new IntegerType(0));
    Bundle tx = createAndPatch(Fixtures.learner(newIds, "FhirPathNotCreated"), learner, patch);

    HttpResponse<String> refused =
        hub.send(
            hub.request("")
                .header("Content-Type", FHIR_JSON)
                .POST(
                    BodyPublishers.ofString(
                        RunningHub.FHIR.newJsonParser().encodeResourceToString(tx))));

    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(refused.body()).contains("POLKU-HUB-0208").contains("part source is 5");
    assertThat(
            client
                .search()
                .forResource(Learner.class)
                .where(
                    Learner.IDENTIFIER.exactly().systemAndIdentifier(Fixtures.HETU, newIds.hetu()))
                .returnBundle(Bundle.class)
                .execute()
                .getEntry())
        .isEmpty();
    assertThat(read(learner).getCallingName()).isEqualTo("Aino");
    assertThat(read(learner).getMeta().getVersionId()).isEqualTo("1");
  }

  @Test
  void theCapabilityStatementOffersPatchAndConditionalPatch() {
    CapabilityStatement cs = client.capabilities().ofType(CapabilityStatement.class).execute();

    CapabilityStatementRestResourceComponent learner =
        cs.getRestFirstRep().getResource().stream()
            .filter(r -> r.getType().equals("Learner"))
            .findFirst()
            .orElseThrow();
    assertThat(learner.getInteraction()).extracting(i -> i.getCode().toCode()).contains("patch");
    assertThat(learner.getConditionalPatch()).isTrue();
    assertThat(cs.getPatchFormat())
        .extracting(f -> f.getValue())
        .containsExactlyInAnyOrder(JSON_PATCH, FHIR_JSON, FHIR_XML);
  }
}
