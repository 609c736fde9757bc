package fi.polku.hub.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A transaction Bundle costs the database (H2 and PostgreSQL) a number of round trips that hardly
 * grows with its entries (no N+1 queries): identifiers, conditions and references are looked up for
 * the whole Bundle at once and rows are written in JDBC batches. Each kind of Bundle is sent with
 * few and with many entries, and the extra entries may cost only a small fraction of a round trip
 * each (one per entry is what a lookup or an insert per entry would cost).
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Db.class)
class BundleRoundTripsIT {

  private static final int FEW = 20;
  private static final int MANY = 120;

  /** Most round trips an entry beyond the first {@link #FEW} may add, on average. */
  private static final double PER_EXTRA_ENTRY = 0.2;

  // One hub at a time: the statement counter counts every counting hub of the JVM.
  private static RunningHub hub;

  BundleRoundTripsIT(Db db) {
    assertThat(hub.db()).isEqualTo(db);
  }

  @BeforeParameterizedClassInvocation
  static void start(Db db) {
    hub =
        RunningHub.dedicated(
            "round-trips-" + db.name().toLowerCase(Locale.ROOT),
            db,
            Map.of("spring.main.sources", StatementCounting.class.getName()));
    hub.writeTemplateOrganisations();
  }

  @AfterParameterizedClassInvocation
  static void stop() {
    hub.stop();
  }

  /** Learners upserted by source key (conditional updates), one entry each. */
  private static String learners(List<Fixtures.Ids> ids) {
    List<String> entries = new ArrayList<>();
    for (Fixtures.Ids i : ids) {
      entries.add(
          Fixtures.entry(
              Fixtures.learnerJson(i, "Kierros"),
              "PUT",
              "Learner?identifier=" + Fixtures.SOURCE + "|" + i.sourceKey()));
    }
    return transaction(entries);
  }

  /** A study right per learner, referring to it by its identity code (a conditional reference). */
  private static String studyRights(List<Fixtures.Ids> ids) {
    List<String> entries = new ArrayList<>();
    for (Fixtures.Ids i : ids) {
      String learner = "Learner?identifier=" + Fixtures.HETU + "|" + i.hetu();
      entries.add(Fixtures.entry(Fixtures.studyRightJson(learner, r -> {}), "POST", "StudyRight"));
    }
    return transaction(entries);
  }

  private static String transaction(List<String> entries) {
    return "{\"resourceType\":\"Bundle\",\"type\":\"transaction\",\"entry\":["
        + String.join(",", entries)
        + "]}";
  }

  private static List<Fixtures.Ids> newIds(int n) {
    List<Fixtures.Ids> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(Fixtures.ids());
    }
    return out;
  }

  /** The round trips of posting {@code bundle}, which must succeed. */
  private static long roundTrips(String bundle) {
    long before = StatementCounting.executions();
    HttpResponse<String> r = hub.postJson("", bundle);
    long after = StatementCounting.executions();
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return after - before;
  }

  /**
   * Sends Bundles of {@link #FEW} and {@link #MANY} entries (after one to warm up), each written by
   * {@code write} on learners of its own, and checks what the extra entries cost.
   */
  private static void assertFewRoundTripsPerEntry(Function<List<Fixtures.Ids>, Long> write) {
    write.apply(newIds(5));
    long few = write.apply(newIds(FEW));
    long many = write.apply(newIds(MANY));

    double perExtraEntry = (many - few) / (double) (MANY - FEW);
    System.out.printf("round trips: %d for %d entries, %d for %d%n", few, FEW, many, MANY);
    assertThat(few).isPositive();
    assertThat(perExtraEntry)
        .as(
            "round trips: %d for %d entries, %d for %d; statements run most so far: %s",
            few, FEW, many, MANY, mostRun())
        .isLessThan(PER_EXTRA_ENTRY);
  }

  private static String mostRun() {
    StringBuilder out = new StringBuilder();
    StatementCounting.bySql().entrySet().stream()
        .limit(8)
        .forEach(e -> out.append("\n  ").append(e.getValue()).append(" × ").append(e.getKey()));
    return out.toString();
  }

  @Test
  void creatingLearnersByConditionalUpdateLooksThemUpAndWritesThemInBatches() {
    assertFewRoundTripsPerEntry(ids -> roundTrips(learners(ids)));
  }

  @Test
  void conditionalReferencesAreResolvedForTheWholeBundleAtOnce() {
    assertFewRoundTripsPerEntry(
        ids -> {
          roundTrips(learners(ids));
          return roundTrips(studyRights(ids));
        });
  }

  @Test
  void resendingUnchangedLearnersFindsThemUnchangedWithoutAQueryPerEntry() {
    assertFewRoundTripsPerEntry(
        ids -> {
          String bundle = learners(ids);
          roundTrips(bundle);
          return roundTrips(bundle);
        });
  }
}
