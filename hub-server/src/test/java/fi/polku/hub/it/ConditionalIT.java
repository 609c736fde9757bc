package fi.polku.hub.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.PreconditionFailedException;
import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;
import fi.polku.model.generated.Learner;
import org.hl7.fhir.r5.model.Bundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Conditional create, update and delete, idempotent upserts by source key, and the uniqueness of
 * identifiers such as the personal identity code.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Db.class)
class ConditionalIT {

  private final IGenericClient client;

  ConditionalIT(Db db) {
    this.client = RunningHub.on(db).client();
  }

  private static String byHetu(Fixtures.Ids ids) {
    return "identifier=" + Fixtures.HETU + "|" + ids.hetu();
  }

  private static String bySourceKey(Fixtures.Ids ids) {
    return "Learner?identifier=" + Fixtures.SOURCE + "|" + ids.sourceKey();
  }

  @Test
  void conditionalCreateOfAnExistingLearnerAnswersWithItAndCreatesNothing() {
    Fixtures.Ids ids = Fixtures.ids();
    MethodOutcome first =
        client
            .create()
            .resource(Fixtures.learner(ids, "Once"))
            .conditionalByUrl("Learner?" + byHetu(ids))
            .execute();
    MethodOutcome second =
        client
            .create()
            .resource(Fixtures.learner(ids, "Once"))
            .conditionalByUrl("Learner?" + byHetu(ids))
            .execute();

    assertThat(first.getCreated()).isTrue();
    assertThat(second.getCreated()).isNotEqualTo(Boolean.TRUE);
    assertThat(second.getId().toUnqualified().getValue())
        .isEqualTo(first.getId().toUnqualified().getValue());
  }

  @Test
  void upsertBySourceKeyWithUnchangedContentKeepsTheVersion() {
    Fixtures.Ids ids = Fixtures.ids();
    MethodOutcome created =
        client
            .update()
            .resource(Fixtures.learner(ids, "Same"))
            .conditionalByUrl(bySourceKey(ids))
            .execute();
    MethodOutcome again =
        client
            .update()
            .resource(Fixtures.learner(ids, "Same"))
            .conditionalByUrl(bySourceKey(ids))
            .execute();

    assertThat(created.getCreated()).isTrue();
    assertThat(again.getCreated()).isNotEqualTo(Boolean.TRUE);
    assertThat(again.getId().getIdPart()).isEqualTo(created.getId().getIdPart());
    assertThat(again.getId().getVersionIdPart()).isEqualTo("1");
    Bundle history =
        client
            .history()
            .onInstance(created.getId().toVersionless())
            .returnBundle(Bundle.class)
            .execute();
    assertThat(history.getTotal()).isEqualTo(1);
  }

  @Test
  void upsertBySourceKeyWithChangedContentWritesTheNextVersion() {
    Fixtures.Ids ids = Fixtures.ids();
    MethodOutcome created =
        client
            .update()
            .resource(Fixtures.learner(ids, "Old"))
            .conditionalByUrl(bySourceKey(ids))
            .execute();
    MethodOutcome changed =
        client
            .update()
            .resource(Fixtures.learner(ids, "New"))
            .conditionalByUrl(bySourceKey(ids))
            .execute();

    assertThat(changed.getId().getIdPart()).isEqualTo(created.getId().getIdPart());
    assertThat(changed.getId().getVersionIdPart()).isEqualTo("2");
  }

  @Test
  void resendingTheSameResourceByIdCreatesNoNewVersion() {
    Learner learner = Fixtures.learner(Fixtures.ids(), "Idem");
    MethodOutcome created = client.create().resource(learner).execute();
    learner.setId(created.getId().toUnqualifiedVersionless());

    MethodOutcome again = client.update().resource(learner).execute();

    assertThat(again.getId().getVersionIdPart()).isEqualTo("1");
  }

  @Test
  void aSecondLearnerWithTheSameIdentityCodeIsAConflict() {
    Fixtures.Ids ids = Fixtures.ids();
    client.create().resource(Fixtures.learner(ids, "First")).execute();
    Fixtures.Ids other = Fixtures.ids();
    Learner twin =
        Fixtures.learner(
            new Fixtures.Ids(ids.hetu(), other.learnerNumber(), other.sourceKey()), "Twin");

    assertThatThrownBy(() -> client.create().resource(twin).execute())
        .isInstanceOf(ResourceVersionConflictException.class)
        .hasMessageContaining("POLKU-HUB-0202");
  }

  @Test
  void aConditionThatMatchesSeveralResourcesIs412() {
    String shared = "https://example.org/not-unique|" + System.nanoTime();
    for (int i = 0; i < 2; i++) {
      Learner l = Fixtures.learner(Fixtures.ids(), "Shared");
      l.addIdentifier()
          .setSystem(shared.substring(0, shared.indexOf('|')))
          .setValue(shared.substring(shared.indexOf('|') + 1));
      client.create().resource(l).execute();
    }

    assertThatThrownBy(
            () ->
                client
                    .update()
                    .resource(Fixtures.learner(Fixtures.ids(), "X"))
                    .conditionalByUrl("Learner?identifier=" + shared)
                    .execute())
        .isInstanceOf(PreconditionFailedException.class)
        .hasMessageContaining("POLKU-HUB-0201");
  }

  @Test
  void conditionalDeleteRemovesTheMatchAndFreesItsIdentifiers() {
    Fixtures.Ids ids = Fixtures.ids();
    MethodOutcome created = client.create().resource(Fixtures.learner(ids, "Del")).execute();

    client.delete().resourceConditionalByUrl("Learner?" + byHetu(ids)).execute();
    MethodOutcome recreated = client.create().resource(Fixtures.learner(ids, "Del")).execute();

    assertThat(recreated.getId().getIdPart()).isNotEqualTo(created.getId().getIdPart());
  }
}
