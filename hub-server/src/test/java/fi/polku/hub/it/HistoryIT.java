package fi.polku.hub.it;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import fi.polku.model.generated.Learner;
import java.util.Date;
import org.hl7.fhir.r5.model.Bundle;
import org.hl7.fhir.r5.model.IdType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** History of an instance, a type and the server, with _since and _count paging. */
@ParameterizedClass(name = "{0}")
@EnumSource(Db.class)
class HistoryIT {

  private final IGenericClient client;

  HistoryIT(Db db) {
    this.client = RunningHub.on(db).client();
  }

  private IdType learnerWithVersions(int versions) {
    Learner l = Fixtures.learner(Fixtures.ids(), "V1");
    IdType id = (IdType) client.create().resource(l).execute().getId().toUnqualifiedVersionless();
    l.setId(id);
    for (int v = 2; v <= versions; v++) {
      l.getNameFirstRep().setFamily("V" + v);
      client.update().resource(l).execute();
    }
    return id;
  }

  @Test
  void instanceHistoryListsVersionsNewestFirstAndPagesWithCount() {
    IdType id = learnerWithVersions(5);

    Bundle page1 = client.history().onInstance(id).returnBundle(Bundle.class).count(2).execute();
    Bundle page2 = client.loadPage().next(page1).execute();

    assertThat(page1.getTotal()).isEqualTo(5);
    assertThat(page1.getEntry()).hasSize(2);
    assertThat(page1.getEntry().get(0).getResource().getMeta().getVersionId()).isEqualTo("5");
    assertThat(page1.getEntry().get(1).getResource().getMeta().getVersionId()).isEqualTo("4");
    assertThat(page2.getEntry().get(0).getResource().getMeta().getVersionId()).isEqualTo("3");
    assertThat(page1.getEntry().get(0).getRequest().getMethod()).isEqualTo(Bundle.HTTPVerb.PUT);
  }

  @Test
  void typeHistorySinceOnlyHasLaterVersions() {
    learnerWithVersions(1);
    Date since =
        client
            .read()
            .resource(Learner.class)
            .withId(learnerWithVersions(1).getIdPart())
            .execute()
            .getMeta()
            .getLastUpdated();
    IdType later = learnerWithVersions(2);

    Bundle history =
        client
            .history()
            .onType(Learner.class)
            .returnBundle(Bundle.class)
            .since(since)
            .count(100)
            .execute();

    assertThat(history.getEntry())
        .allSatisfy(
            e -> assertThat(e.getResource().getMeta().getLastUpdated()).isAfterOrEqualTo(since));
    assertThat(history.getEntry())
        .anySatisfy(
            e ->
                assertThat(e.getResource().getIdElement().getIdPart())
                    .isEqualTo(later.getIdPart()));
  }

  @Test
  void systemHistoryIncludesEveryType() {
    IdType id = learnerWithVersions(1);
    Date since =
        client
            .read()
            .resource(Learner.class)
            .withId(id.getIdPart())
            .execute()
            .getMeta()
            .getLastUpdated();

    Bundle history = client.history().onServer().returnBundle(Bundle.class).since(since).execute();

    assertThat(history.getType()).isEqualTo(Bundle.BundleType.HISTORY);
    assertThat(history.getEntry()).isNotEmpty();
  }
}
