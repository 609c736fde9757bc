package fi.polku.hub.cli;

import static fi.polku.validation.sample.RecordTemplates.fill;

import fi.polku.validation.format.SyntheticIdentityCodes;
import fi.polku.validation.sample.RecordTemplates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Synthetic, valid records for the ingest benchmark, as transaction Bundles: groups of a learner,
 * the learner's study right and two absences, linked by {@code urn:uuid:} placeholders inside the
 * Bundle, from the shared {@link RecordTemplates}. Identity codes are synthetic ({@link
 * SyntheticIdentityCodes}) and unique per run. Thread-safe: concurrent callers get disjoint
 * Bundles.
 */
final class IngestData {

  /** Resources per group (learner, study right, two absences). */
  static final int GROUP = 4;

  private static final String[] FAMILIES = {
    "Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen"
  };

  /** Learners a run can make: one distinct identity code each. */
  static final long MAX_LEARNERS = SyntheticIdentityCodes.DISTINCT;

  private final String learner = RecordTemplates.oneLine(RecordTemplates.LEARNER);
  private final String studyRight = RecordTemplates.oneLine(RecordTemplates.STUDY_RIGHT);
  private final String absence = RecordTemplates.oneLine(RecordTemplates.ABSENCE);
  // Guarded by this: concurrent benchmark clients take disjoint Bundles from one generator.
  private long learners;
  private long other;

  /** One transaction Bundle: its JSON and the JSON of each of its resources, as sent. */
  record Batch(String bundleJson, List<String> types, List<String> resources) {}

  /** Learners in a Bundle of {@code size} resources: one per group of four, then one per rest. */
  static long learnersIn(int size) {
    return size / GROUP + size % GROUP;
  }

  /** How many learners the Bundles made so far hold. */
  synchronized long learners() {
    return learners;
  }

  /** Whether a Bundle of {@code size} resources still fits in the distinct identity codes. */
  synchronized boolean canMake(int size) {
    return learners + learnersIn(size) <= MAX_LEARNERS;
  }

  /**
   * The next Bundle of {@code size} resources (whole groups, then learners to fill up).
   *
   * @throws IllegalStateException when the run has used up the distinct identity codes
   */
  synchronized Batch next(int size) {
    List<String> types = new ArrayList<>(size);
    List<String> resources = new ArrayList<>(size);
    List<String> fullUrls = new ArrayList<>(size);
    while (resources.size() < size) {
      String learnerUrl = "urn:uuid:" + UUID.randomUUID();
      add(types, resources, fullUrls, "Learner", learnerJson(), learnerUrl);
      if (size - resources.size() < GROUP - 1) {
        continue;
      }
      String studyRightUrl = "urn:uuid:" + UUID.randomUUID();
      add(types, resources, fullUrls, "StudyRight", studyRightJson(learnerUrl), studyRightUrl);
      for (int lesson = 1; lesson <= 2; lesson++) {
        add(
            types,
            resources,
            fullUrls,
            "Absence",
            absenceJson(learnerUrl, studyRightUrl, lesson),
            "urn:uuid:" + UUID.randomUUID());
      }
    }
    StringBuilder b = new StringBuilder(size * 2048);
    b.append("{\"resourceType\":\"Bundle\",\"type\":\"transaction\",\"entry\":[");
    for (int i = 0; i < resources.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      b.append("{\"fullUrl\":\"")
          .append(fullUrls.get(i))
          .append("\",\"resource\":")
          .append(resources.get(i))
          .append(",\"request\":{\"method\":\"POST\",\"url\":\"")
          .append(types.get(i))
          .append("\"}}");
    }
    b.append("]}");
    return new Batch(b.toString(), types, resources);
  }

  private static void add(
      List<String> types,
      List<String> resources,
      List<String> fullUrls,
      String type,
      String json,
      String fullUrl) {
    types.add(type);
    resources.add(json);
    fullUrls.add(fullUrl);
  }

  private String learnerJson() {
    long n = learners++;
    if (n >= MAX_LEARNERS) {
      throw new IllegalStateException("At most " + MAX_LEARNERS + " learners per run");
    }
    return fill(
        learner,
        Map.of(
            "hetu",
            SyntheticIdentityCodes.code(n),
            "learnerNumber",
            String.format("1.2.246.562.24.%011d", n),
            "sourceKey",
            "bench-p-" + n,
            "family",
            FAMILIES[(int) (n % FAMILIES.length)]));
  }

  private String studyRightJson(String learnerReference) {
    long n = other++;
    return fill(
        studyRight,
        Map.of(
            "studyRightOid",
            String.format("1.2.246.562.15.%011d", n),
            "sourceKey",
            "bench-sr-" + n,
            "learnerReference",
            learnerReference));
  }

  private String absenceJson(String learnerReference, String studyRightReference, int lesson) {
    long n = other++;
    LocalDate date = LocalDate.of(2023, 1, 9).plusDays(n % 120);
    return fill(
        absence,
        Map.of(
            "learnerReference",
            learnerReference,
            "studyRightReference",
            studyRightReference,
            "date",
            date.toString(),
            "lesson",
            Integer.toString(lesson)));
  }
}
