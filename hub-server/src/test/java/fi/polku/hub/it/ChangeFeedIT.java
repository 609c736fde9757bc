package fi.polku.hub.it;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import fi.polku.model.generated.Learner;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r5.model.Bundle;
import org.hl7.fhir.r5.model.IdType;
import org.hl7.fhir.r5.model.InstantType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The change feed of a service provider: {@code _lastUpdated} with {@code _sort=_lastUpdated} gives
 * what changed since the last sync in order, {@code _history?_since=} gives it with deletes, and
 * keyset pages stay stable while records are written underneath.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Db.class)
class ChangeFeedIT {

  private final IGenericClient client;

  ChangeFeedIT(Db db) {
    this.client = RunningHub.on(db).client();
  }

  private Learner create(String family) {
    Learner l = Fixtures.learner(Fixtures.ids(), family);
    IdType id = (IdType) client.create().resource(l).execute().getId();
    return client.read().resource(Learner.class).withId(id.getIdPart()).execute();
  }

  @Test
  void changesSinceTheLastSyncComeInOrderAndTheHistoryHasTheDeletes() {
    Learner deleted = create("Poistuva");
    Learner updated = create("Muuttuva");
    Learner created = create("Uusi");
    String since = created.getMeta().getLastUpdated().toInstant().toString();
    updated.getNameFirstRep().setFamily("Muuttunut");
    client.update().resource(updated).execute();
    client.delete().resourceById("Learner", deleted.getIdPart()).execute();

    List<String> feed =
        ids(
            client
                .search()
                .byUrl("Learner?_lastUpdated=ge" + since + "&_sort=_lastUpdated&_count=1")
                .returnBundle(Bundle.class)
                .execute());
    Bundle history =
        client
            .history()
            .onServer()
            .returnBundle(Bundle.class)
            .since(new InstantType(since))
            .count(1000)
            .execute();

    assertThat(feed).containsSubsequence(created.getIdPart(), updated.getIdPart());
    assertThat(feed).doesNotContain(deleted.getIdPart());
    assertThat(history.getEntry())
        .anySatisfy(
            e -> {
              assertThat(e.getRequest().getMethod()).isEqualTo(Bundle.HTTPVerb.DELETE);
              assertThat(e.getRequest().getUrl()).isEqualTo("Learner/" + deleted.getIdPart());
            })
        .anySatisfy(
            e -> {
              assertThat(e.getRequest().getMethod()).isEqualTo(Bundle.HTTPVerb.PUT);
              assertThat(e.getResource().getIdElement().getIdPart()).isEqualTo(updated.getIdPart());
            });
  }

  @Test
  void cursorPagesNeitherRepeatNorSkipWhileRecordsAreWritten() {
    String family = "Sivutus" + System.nanoTime();
    List<String> before = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      before.add(create(family).getIdPart());
    }
    Bundle page =
        client
            .search()
            .byUrl("Learner?family:exact=" + family + "&_sort=_lastUpdated&_count=2")
            .returnBundle(Bundle.class)
            .execute();
    List<String> seen = new ArrayList<>(pageIds(page));
    // Written while the client pages: one new record, one of the first page changed again.
    String added = create(family).getIdPart();
    Learner firstSeen = client.read().resource(Learner.class).withId(seen.get(0)).execute();
    firstSeen.getNameFirstRep().addGiven("Muutettu");
    client.update().resource(firstSeen).execute();
    while (page.getLink(Bundle.LinkRelationTypes.NEXT.toCode()) != null) {
      page = client.loadPage().next(page).execute();
      seen.addAll(pageIds(page));
    }

    // Nothing is skipped or repeated by the paging itself; what was written meanwhile is newer and
    // comes after it, the changed record again as the change it is.
    assertThat(seen)
        .containsExactly(
            before.get(0),
            before.get(1),
            before.get(2),
            before.get(3),
            before.get(4),
            added,
            before.get(0));
  }

  private static List<String> pageIds(Bundle page) {
    return page.getEntry().stream().map(e -> e.getResource().getIdElement().getIdPart()).toList();
  }

  private List<String> ids(Bundle first) {
    List<String> out = new ArrayList<>();
    Bundle page = first;
    while (true) {
      page.getEntry().forEach(e -> out.add(e.getResource().getIdElement().getIdPart()));
      if (page.getLink(Bundle.LinkRelationTypes.NEXT.toCode()) == null) {
        return out;
      }
      page = client.loadPage().next(page).execute();
    }
  }
}
