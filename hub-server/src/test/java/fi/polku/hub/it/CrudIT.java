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
