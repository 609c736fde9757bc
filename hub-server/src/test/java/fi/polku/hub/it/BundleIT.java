package fi.polku.hub.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import fi.polku.model.generated.Learner;
import fi.polku.model.generated.StudyRight;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r5.model.Bundle;
import org.hl7.fhir.r5.model.Bundle.BundleType;
import org.hl7.fhir.r5.model.Bundle.HTTPVerb;
import org.hl7.fhir.r5.model.Identifier;
import org.hl7.fhir.r5.model.OperationOutcome;
import org.hl7.fhir.r5.model.Resource;
import org.hl7.fhir.r5.model.StringType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Batch and transaction Bundles: placeholders, conditional references, all-or-nothing. */
@ParameterizedClass(name = "{0}")
@EnumSource(Db.class)
class BundleIT {

  private final IGenericClient client;

  BundleIT(Db db) {
    this.client = RunningHub.on(db).client();
  }

  private static Bundle bundle(BundleType type) {
    return new Bundle().setType(type);
  }

  /** Adds a study right that refers to its learner by identity code (a conditional reference). */
  private static void postStudyRightOf(Bundle b, String hetu) {
    add(
        b,
        Fixtures.studyRight("Learner?identifier=" + Fixtures.HETU + "|" + hetu),
        HTTPVerb.POST,
        "StudyRight",
        null);
  }

  private static void add(Bundle b, Resource r, HTTPVerb verb, String url, String fullUrl) {
    Bundle.BundleEntryComponent e = b.addEntry().setResource(r);
    e.getRequest().setMethod(verb).setUrl(url);
    if (fullUrl != null) {
      e.setFullUrl(fullUrl);
    }
  }

  @Test
  void transactionResolvesUrnUuidPlaceholdersToTheAssignedIds() {
    String placeholder = "urn:uuid:" + UUID.randomUUID();
    Bundle tx = bundle(BundleType.TRANSACTION);
    add(tx, Fixtures.learner(Fixtures.ids(), "Tx"), HTTPVerb.POST, "Learner", placeholder);
    add(tx, Fixtures.studyRight(placeholder), HTTPVerb.POST, "StudyRight", null);

    Bundle response = client.transaction().withBundle(tx).execute();

    assertThat(response.getType()).isEqualTo(BundleType.TRANSACTIONRESPONSE);
    assertThat(response.getEntry())
        .allSatisfy(e -> assertThat(e.getResponse().getStatus()).startsWith("201"));
    String learner = response.getEntry().get(0).getResponse().getLocation();
    String studyRight = response.getEntry().get(1).getResponse().getLocation();
    StudyRight sr =
        client.read().resource(StudyRight.class).withId(studyRight.split("/")[1]).execute();
    assertThat(sr.getLearner().getReference()).isEqualTo("Learner/" + learner.split("/")[1]);
  }

  @Test
  void referencesToAnotherServersFullUrlOfAPostEntryNameTheCreatedResource() {
    // A POST entry's fullUrl is a temporary id, whether urn:uuid: or a RESTful URL; a relative
    // reference in an entry with a RESTful fullUrl is relative to that URL's base.
    String base = "http://client.example.org/fhir/";
    Bundle tx = bundle(BundleType.TRANSACTION);
    add(tx, Fixtures.learner(Fixtures.ids(), "Abs"), HTTPVerb.POST, "Learner", base + "Learner/a1");
    add(tx, Fixtures.studyRight(base + "Learner/a1"), HTTPVerb.POST, "StudyRight", null);
    add(tx, Fixtures.studyRight("Learner/a1"), HTTPVerb.POST, "StudyRight", base + "StudyRight/s2");

    Bundle response = client.transaction().withBundle(tx).execute();

    String learner =
        "Learner/" + response.getEntry().get(0).getResponse().getLocation().split("/")[1];
    assertThat(read(response, 1).getLearner().getReference()).isEqualTo(learner);
    assertThat(read(response, 2).getLearner().getReference()).isEqualTo(learner);
    assertThat(response.getEntry())
        .allSatisfy(e -> assertThat(e.getFullUrl()).startsWith(client.getServerBase()));
  }

  @Test
  void aPostEntryWithTheHubsOwnUrlAsFullUrlIsNamedByRelativeReferences() {
    String own = client.getServerBase().replaceAll("/$", "") + "/Learner/own-tmp";
    Bundle tx = bundle(BundleType.TRANSACTION);
    add(tx, Fixtures.learner(Fixtures.ids(), "Own"), HTTPVerb.POST, "Learner", own);
    add(tx, Fixtures.studyRight("Learner/own-tmp"), HTTPVerb.POST, "StudyRight", null);
    add(tx, Fixtures.studyRight(own), HTTPVerb.POST, "StudyRight", "urn:uuid:" + UUID.randomUUID());

    Bundle response = client.transaction().withBundle(tx).execute();

    String learner =
        "Learner/" + response.getEntry().get(0).getResponse().getLocation().split("/")[1];
    assertThat(read(response, 1).getLearner().getReference()).isEqualTo(learner);
    assertThat(read(response, 2).getLearner().getReference()).isEqualTo(learner);
  }

  @Test
  void aReferenceToAnotherServerThatNoEntryHasStaysAsWritten() {
    String elsewhere = "http://client.example.org/fhir/Learner/not-in-bundle";
    Bundle tx = bundle(BundleType.TRANSACTION);
    add(
        tx,
        Fixtures.learner(Fixtures.ids(), "Else"),
        HTTPVerb.POST,
        "Learner",
        "http://client.example.org/fhir/Learner/in-bundle");
    add(tx, Fixtures.studyRight(elsewhere), HTTPVerb.POST, "StudyRight", null);

    Bundle response = client.transaction().withBundle(tx).execute();

    assertThat(read(response, 1).getLearner().getReference()).isEqualTo(elsewhere);
  }

  @Test
  void transactionResolvesConditionalReferencesToStoredAndToSameBundleResources() {
    Fixtures.Ids stored = Fixtures.ids();
    String storedId =
        client.create().resource(Fixtures.learner(stored, "Stored")).execute().getId().getIdPart();
    Fixtures.Ids inBundle = Fixtures.ids();
    Bundle tx = bundle(BundleType.TRANSACTION);
    add(
        tx,
        Fixtures.learner(inBundle, "New"),
        HTTPVerb.PUT,
        "Learner?identifier=" + Fixtures.SOURCE + "|" + inBundle.sourceKey(),
        null);
    postStudyRightOf(tx, stored.hetu());
    postStudyRightOf(tx, inBundle.hetu());

    Bundle response = client.transaction().withBundle(tx).execute();

    String newId = response.getEntry().get(0).getResponse().getLocation().split("/")[1];
    StudyRight first = read(response, 1);
    StudyRight second = read(response, 2);
    assertThat(first.getLearner().getReference()).isEqualTo("Learner/" + storedId);
    assertThat(second.getLearner().getReference()).isEqualTo("Learner/" + newId);
  }

  @Test
  void aConditionalReferenceResolvesToTheIdAClientChose() {
    Fixtures.Ids ids = Fixtures.ids();
    String chosen = "chosen-" + ids.sourceKey();
    Learner learner = Fixtures.learner(ids, "Chosen");
    learner.setId("Learner/" + chosen);
    client.update().resource(learner).execute();
    Bundle tx = bundle(BundleType.TRANSACTION);
    postStudyRightOf(tx, ids.hetu());

    Bundle response = client.transaction().withBundle(tx).execute();

    assertThat(read(response, 0).getLearner().getReference()).isEqualTo("Learner/" + chosen);
  }

  @Test
  void aFailingTransactionWritesNothing() {
    Fixtures.Ids ids = Fixtures.ids();
    Bundle tx = bundle(BundleType.TRANSACTION);
    add(tx, Fixtures.learner(ids, "Never"), HTTPVerb.POST, "Learner", null);
    postStudyRightOf(tx, "nobody-has-this");

    assertThatThrownBy(() -> client.transaction().withBundle(tx).execute())
        .isInstanceOf(BaseServerResponseException.class)
        .hasMessageContaining("POLKU-HUB-0204");
    Bundle found =
        client
            .search()
            .forResource(Learner.class)
            .where(Learner.IDENTIFIER.exactly().systemAndCode(Fixtures.HETU, ids.hetu()))
            .returnBundle(Bundle.class)
            .execute();
    assertThat(found.getTotal()).isZero();
  }

  @Test
  void batchEntriesSucceedOrFailOnTheirOwn() {
    Fixtures.Ids ids = Fixtures.ids();
    Bundle batch = bundle(BundleType.BATCH);
    add(batch, Fixtures.learner(ids, "Ok"), HTTPVerb.POST, "Learner", null);
    add(batch, Fixtures.learner(ids, "Duplicate"), HTTPVerb.POST, "Learner", null);
    Bundle.BundleEntryComponent read = batch.addEntry();
    read.getRequest().setMethod(HTTPVerb.GET).setUrl("Learner/no-such-one");

    Bundle response = client.transaction().withBundle(batch).execute();

    assertThat(response.getType()).isEqualTo(BundleType.BATCHRESPONSE);
    assertThat(response.getEntry().get(0).getResponse().getStatus()).startsWith("201");
    assertThat(response.getEntry().get(1).getResponse().getStatus()).startsWith("409");
    assertThat(response.getEntry().get(1).getResponse().getOutcome()).isNotNull();
    assertThat(response.getEntry().get(2).getResponse().getStatus()).startsWith("404");
  }

  @Test
  void aBatchEntrysIssuesNameItsOwnPlaceInTheBundle() {
    Bundle batch = bundle(BundleType.BATCH);
    add(batch, Fixtures.learner(Fixtures.ids(), "Ok"), HTTPVerb.POST, "Learner", null);
    get(batch, "Learner/no-such-one");
    add(batch, withBadIdentityCode("Bad"), HTTPVerb.POST, "Learner", null);

    Bundle response = client.transaction().withBundle(batch).execute();

    assertThat(response.getEntry().get(2).getResponse().getStatus()).startsWith("422");
    assertThat(expressions(response.getEntry().get(2).getResponse().getOutcome()))
        .isNotEmpty()
        .allMatch(e -> e.startsWith("Bundle.entry[2].resource"));
  }

  @Test
  void aTransactionsIssuesNameTheEntryCountingItsReadsAndSearches() {
    Bundle tx = bundle(BundleType.TRANSACTION);
    get(tx, "Learner?_count=1");
    add(tx, Fixtures.learner(Fixtures.ids(), "Ok"), HTTPVerb.POST, "Learner", null);
    add(tx, withBadIdentityCode("Bad"), HTTPVerb.POST, "Learner", null);

    UnprocessableEntityException e =
        catchThrowableOfType(
            () -> client.transaction().withBundle(tx).execute(),
            UnprocessableEntityException.class);

    assertThat(expressions((Resource) e.getOperationOutcome()))
        .isNotEmpty()
        .allMatch(x -> x.startsWith("Bundle.entry[2].resource"));
  }

  @Test
  void anEntryTheHubCannotStoreOrApplyIsNamedInTheError() {
    Learner stored = Fixtures.learner(Fixtures.ids(), "Stored");
    String id = client.create().resource(stored).execute().getId().getIdPart();
    Learner tooLong = Fixtures.learner(Fixtures.ids(), "TooLong");
    tooLong.getIdentifierFirstRep().setValue("9".repeat(300));
    Bundle tx = bundle(BundleType.TRANSACTION);
    add(tx, Fixtures.learner(Fixtures.ids(), "Ok"), HTTPVerb.POST, "Learner", null);
    add(tx, tooLong, HTTPVerb.POST, "Learner", null);
    Bundle stale = bundle(BundleType.TRANSACTION);
    add(stale, Fixtures.learner(Fixtures.ids(), "Ok"), HTTPVerb.POST, "Learner", null);
    add(stale, stored.setId(id), HTTPVerb.PUT, "Learner/" + id, null);
    stale.getEntry().get(1).getRequest().setIfMatch("W/\"7\"");

    BaseServerResponseException unstorable =
        catchThrowableOfType(
            () -> client.transaction().withBundle(tx).execute(), BaseServerResponseException.class);
    BaseServerResponseException conflict =
        catchThrowableOfType(
            () -> client.transaction().withBundle(stale).execute(),
            BaseServerResponseException.class);

    assertThat(unstorable.getStatusCode()).isEqualTo(400);
    assertThat(expressions((Resource) unstorable.getOperationOutcome()))
        .containsExactly("Bundle.entry[1].resource");
    assertThat(conflict.getStatusCode()).isEqualTo(412);
    assertThat(expressions((Resource) conflict.getOperationOutcome()))
        .containsExactly("Bundle.entry[1]");
  }

  @Test
  void aUniqueIdentifierHeldTwiceIsNamedAtTheEntryCarryingIt() {
    Fixtures.Ids storedIds = Fixtures.ids();
    client.create().resource(Fixtures.learner(storedIds, "Stored")).execute();
    Fixtures.Ids twiceIds = Fixtures.ids();
    Bundle twice = bundle(BundleType.TRANSACTION);
    add(twice, Fixtures.learner(Fixtures.ids(), "Ok"), HTTPVerb.POST, "Learner", null);
    add(twice, Fixtures.learner(twiceIds, "First"), HTTPVerb.POST, "Learner", null);
    add(twice, Fixtures.learner(twiceIds, "Second"), HTTPVerb.POST, "Learner", null);
    Bundle held = bundle(BundleType.TRANSACTION);
    add(held, Fixtures.learner(Fixtures.ids(), "Ok"), HTTPVerb.POST, "Learner", null);
    add(held, Fixtures.learner(storedIds, "Again"), HTTPVerb.POST, "Learner", null);

    BaseServerResponseException inTheBundle =
        catchThrowableOfType(
            () -> client.transaction().withBundle(twice).execute(),
            BaseServerResponseException.class);
    BaseServerResponseException inTheStore =
        catchThrowableOfType(
            () -> client.transaction().withBundle(held).execute(),
            BaseServerResponseException.class);

    assertThat(inTheBundle.getStatusCode()).isEqualTo(409);
    assertThat(inTheBundle.getMessage()).contains("POLKU-HUB-0202");
    assertThat(expressions((Resource) inTheBundle.getOperationOutcome()))
        .containsExactly("Bundle.entry[2].resource");
    assertThat(inTheStore.getStatusCode()).isEqualTo(409);
    assertThat(expressions((Resource) inTheStore.getOperationOutcome()))
        .containsExactly("Bundle.entry[1].resource");
  }

  /** A learner whose identity code has a wrong check character. */
  private static Learner withBadIdentityCode(String family) {
    Learner learner = Fixtures.learner(Fixtures.ids(), family);
    for (Identifier id : learner.getIdentifier()) {
      if (Fixtures.HETU.equals(id.getSystem())) {
        String v = id.getValue();
        id.setValue(v.substring(0, v.length() - 1) + (v.endsWith("X") ? "Y" : "X"));
      }
    }
    return learner;
  }

  /** The expressions of the errors of an OperationOutcome. */
  private static List<String> expressions(Resource outcome) {
    return ((OperationOutcome) outcome)
        .getIssue().stream()
            .filter(i -> i.getSeverity() == OperationOutcome.IssueSeverity.ERROR)
            .flatMap(i -> i.getExpression().stream())
            .map(StringType::getValue)
            .toList();
  }

  @Test
  void batchSearchEntriesAnswerWithSearchsetsAndABadOneFailsAlone() {
    Fixtures.Ids ids = Fixtures.ids();
    String id =
        client.create().resource(Fixtures.learner(ids, "Sought")).execute().getId().getIdPart();
    Bundle batch = bundle(BundleType.BATCH);
    get(batch, "Learner?identifier=" + Fixtures.HETU + "%7C" + ids.hetu());
    get(batch, "Learner?identifier=" + Fixtures.HETU + "|" + ids.hetu() + "&_summary=count");
    get(batch, "Learner?no-such-parameter=1");
    get(batch, "Learner/" + id);

    Bundle response = client.transaction().withBundle(batch).execute();

    Bundle.BundleEntryComponent search = response.getEntry().get(0);
    assertThat(search.getResponse().getStatus()).startsWith("200");
    Bundle set = (Bundle) search.getResource();
    assertThat(set.getType()).isEqualTo(BundleType.SEARCHSET);
    assertThat(set.getEntry())
        .singleElement()
        .satisfies(e -> assertThat(e.getResource().getIdPart()).isEqualTo(id));
    assertThat(((Bundle) response.getEntry().get(1).getResource()).getTotal()).isEqualTo(1);
    assertThat(response.getEntry().get(2).getResponse().getStatus()).startsWith("400");
    assertThat(response.getEntry().get(2).getResponse().getOutcome()).isNotNull();
    assertThat(response.getEntry().get(3).getResponse().getStatus()).startsWith("200");
  }

  @Test
  void batchHistoryEntriesAnswerWithHistoryBundlesAndAnUnknownResourceFailsAlone() {
    Fixtures.Ids ids = Fixtures.ids();
    String id =
        client.create().resource(Fixtures.learner(ids, "Versioned")).execute().getId().getIdPart();
    Learner renamed = Fixtures.learner(ids, "Renamed");
    renamed.setId(id);
    client.update().resource(renamed).execute();
    Bundle batch = bundle(BundleType.BATCH);
    get(batch, "Learner/" + id + "/_history");
    get(batch, "Learner/" + id + "/_history?_count=1");
    get(batch, "Learner/_history?_count=1");
    get(batch, "_history?_count=2");
    get(batch, "Learner/no-such-one/_history");
    get(batch, "Learner/" + id + "/_history?_since=not-an-instant");

    Bundle response = client.transaction().withBundle(batch).execute();

    Bundle instance = (Bundle) response.getEntry().get(0).getResource();
    assertThat(response.getEntry().get(0).getResponse().getStatus()).startsWith("200");
    assertThat(instance.getType()).isEqualTo(BundleType.HISTORY);
    assertThat(instance.getEntry())
        .extracting(e -> e.getResponse().getEtag())
        .containsExactly("W/\"2\"", "W/\"1\"");
    Bundle firstPage = (Bundle) response.getEntry().get(1).getResource();
    assertThat(firstPage.getEntry()).hasSize(1);
    assertThat(firstPage.getLink(Bundle.LINK_NEXT)).isNotNull();
    assertThat(((Bundle) response.getEntry().get(2).getResource()).getEntry()).hasSize(1);
    assertThat(((Bundle) response.getEntry().get(3).getResource()).getEntry()).hasSize(2);
    assertThat(response.getEntry().get(4).getResponse().getStatus()).startsWith("404");
    assertThat(response.getEntry().get(5).getResponse().getStatus()).startsWith("400");
    assertThat(response.getEntry().get(5).getResponse().getOutcome()).isNotNull();
  }

  @Test
  void aTransactionsSearchEntrySeesTheTransactionsWrites() {
    Fixtures.Ids ids = Fixtures.ids();
    Bundle tx = bundle(BundleType.TRANSACTION);
    add(tx, Fixtures.learner(ids, "Fresh"), HTTPVerb.POST, "Learner", null);
    get(tx, "Learner?identifier=" + Fixtures.HETU + "|" + ids.hetu());

    Bundle response = client.transaction().withBundle(tx).execute();

    String created = response.getEntry().get(0).getResponse().getLocation().split("/")[1];
    Bundle set = (Bundle) response.getEntry().get(1).getResource();
    assertThat(set.getEntry())
        .singleElement()
        .satisfies(e -> assertThat(e.getResource().getIdPart()).isEqualTo(created));
  }

  private static void get(Bundle b, String url) {
    b.addEntry().getRequest().setMethod(HTTPVerb.GET).setUrl(url);
  }

  @Test
  void aBundleWithMoreEntriesThanTheLimitIs413() {
    Bundle batch = bundle(BundleType.BATCH);
    for (int i = 0; i < 1001; i++) {
      batch.addEntry().getRequest().setMethod(HTTPVerb.GET).setUrl("Learner/x" + i);
    }

    assertThatThrownBy(() -> client.transaction().withBundle(batch).execute())
        .isInstanceOf(BaseServerResponseException.class)
        .satisfies(
            e -> assertThat(((BaseServerResponseException) e).getStatusCode()).isEqualTo(413));
  }

  @Test
  void aTransactionOfManyNewLearnersIsStoredInOneGo() {
    Bundle tx = bundle(BundleType.TRANSACTION);
    for (int i = 0; i < 200; i++) {
      Fixtures.Ids ids = Fixtures.ids();
      add(
          tx,
          Fixtures.learner(ids, "Bulk"),
          HTTPVerb.PUT,
          "Learner?identifier=" + Fixtures.SOURCE + "|" + ids.sourceKey(),
          null);
    }

    Bundle first = client.transaction().withBundle(tx).execute();
    Bundle again = client.transaction().withBundle(tx).execute();

    assertThat(first.getEntry())
        .hasSize(200)
        .allSatisfy(e -> assertThat(e.getResponse().getStatus()).startsWith("201"));
    assertThat(again.getEntry())
        .allSatisfy(
            e -> {
              assertThat(e.getResponse().getStatus()).startsWith("200");
              assertThat(e.getResponse().getEtag()).isEqualTo("W/\"1\"");
            });
  }

  private StudyRight read(Bundle response, int entry) {
    String id = response.getEntry().get(entry).getResponse().getLocation().split("/")[1];
    return client.read().resource(StudyRight.class).withId(id).execute();
  }
}
