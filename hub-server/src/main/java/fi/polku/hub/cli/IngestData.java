package fi.polku.hub.cli;

import fi.polku.validation.format.PersonalIdentityCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Synthetic, valid records for the ingest benchmark, as transaction Bundles: groups of a learner,
 * the learner's study right and two absences, linked by {@code urn:uuid:} placeholders inside the
 * Bundle. Identity codes are synthetic (individual numbers 900-998) and unique per run.
 * Thread-safe: concurrent callers get disjoint Bundles.
 */
final class IngestData {

  /** Resources per group (learner, study right, two absences). */
  static final int GROUP = 4;

  private static final String[] FAMILIES = {
    "Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen"
  };

  /** Distinct identity codes {@link #hetu} can make. */
  static final long MAX_LEARNERS = 28L * 12 * 10 * 99;

  private final String learner = template("bench/learner.json");
  private final String studyRight = template("bench/study-right.json");
  private final String absence = template("bench/absence.json");
  // Guarded by this: concurrent benchmark clients take disjoint Bundles from one generator.
  private long learners;
  private long other;

  /** One transaction Bundle: its JSON and the JSON of each of its resources, as sent. */
  record Batch(String bundleJson, List<String> types, List<String> resources) {}

  /** Learners in a Bundle of {@code size} resources: one per group of four, then one per rest. */
  static long learnersIn(int size) {
    return size / GROUP + size % GROUP;
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
            hetu(n),
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

  /** A valid synthetic personal identity code (individual number 900-998), distinct per n. */
  static String hetu(long n) {
    int day = 1 + (int) (n % 28);
    int month = 1 + (int) (n / 28 % 12);
    int year = 10 + (int) (n / 336 % 10);
    int individual = 900 + (int) (n / 3360 % 99);
    String digits = String.format("%02d%02d%02d%03d", day, month, year, individual);
    char check = PersonalIdentityCode.checkCharacter(digits);
    return digits.substring(0, 6) + "A" + digits.substring(6) + check;
  }

  private static String fill(String template, Map<String, String> values) {
    String out = template;
    for (Map.Entry<String, String> e : values.entrySet()) {
      out = out.replace("${" + e.getKey() + "}", e.getValue());
    }
    return out;
  }

  /** A template from the classpath, on one line (what is sent is compact JSON). */
  private static String template(String path) {
    try (InputStream in = IngestData.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("Missing benchmark template " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .replaceAll("\\s*\\n\\s*", "")
          .trim();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read benchmark template " + path, e);
    }
  }
}
