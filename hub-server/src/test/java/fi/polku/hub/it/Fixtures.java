package fi.polku.hub.it;

import static fi.polku.validation.sample.RecordTemplates.fill;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.model.generated.Learner;
import fi.polku.model.generated.StudyRight;
import fi.polku.validation.format.SyntheticIdentityCodes;
import fi.polku.validation.sample.RecordTemplates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Test records with fresh identifiers, so tests sharing one hub never collide: valid personal
 * identity codes ({@link SyntheticIdentityCodes}), learner numbers, KOSKI OIDs and source keys, in
 * the shared {@link RecordTemplates} records.
 */
public final class Fixtures {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AtomicLong SEQ = new AtomicLong(1);

  /** Source-key system of the learners of a fictional pupil register. */
  public static final String SOURCE = "https://polku.fi/fhir/source/primus-vantaa/pupil";

  /** Identifier system of personal identity codes. */
  public static final String HETU = "urn:oid:1.2.246.21";

  private Fixtures() {}

  /** Fresh identifiers for one learner. */
  public record Ids(String hetu, String learnerNumber, String sourceKey) {}

  /** New, unused identifiers. */
  public static Ids ids() {
    long n = SEQ.getAndIncrement();
    return new Ids(
        SyntheticIdentityCodes.code(n), String.format("1.2.246.562.24.%011d", n), "p-" + n);
  }

  /** A learner's JSON with {@code ids} and the family name {@code family}. */
  public static String learnerJson(Ids ids, String family) {
    return fill(
        RecordTemplates.text(RecordTemplates.LEARNER),
        Map.of(
            "hetu", ids.hetu(),
            "learnerNumber", ids.learnerNumber(),
            "sourceKey", ids.sourceKey(),
            "family", family));
  }

  /** A learner with {@code ids}. */
  public static Learner learner(Ids ids, String family) {
    return RunningHub.FHIR.newJsonParser().parseResource(Learner.class, learnerJson(ids, family));
  }

  /** A study right of the learner at {@code learnerReference} (may be conditional or urn:uuid). */
  public static StudyRight studyRight(String learnerReference) {
    return RunningHub.FHIR
        .newJsonParser()
        .parseResource(StudyRight.class, studyRightJson(learnerReference, r -> {}));
  }

  /** A basic education study right's JSON, changed by {@code edit} (a Jackson tree). */
  public static String studyRightJson(String learnerReference, Consumer<ObjectNode> edit) {
    long n = SEQ.getAndIncrement();
    String json =
        fill(
            RecordTemplates.text(RecordTemplates.STUDY_RIGHT),
            Map.of(
                "studyRightOid",
                String.format("1.2.246.562.15.%011d", n),
                "sourceKey",
                "sr-" + n,
                "learnerReference",
                learnerReference));
    try {
      ObjectNode tree = (ObjectNode) JSON.readTree(json);
      edit.accept(tree);
      return JSON.writeValueAsString(tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A Bundle entry's JSON: {@code resource} sent with {@code method} to {@code url}. */
  public static String entry(String resource, String method, String url) {
    return "{\"resource\":"
        + resource
        + ",\"request\":{\"method\":\""
        + method
        + "\",\"url\":\""
        + url
        + "\"}}";
  }

  /** A classpath text file, as it is. */
  public static String text(String path) {
    return RecordTemplates.text(path);
  }
}
