package fi.polku.mapping.load;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.mapping.source.SourceReader.InputDescription;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Builds the Provenance resource of a run: the source system as author, the loader and mapping as
 * assembler, every input file with its SHA-256 as a source entity, the run's time. Each resource
 * the run writes carries {@code meta.source = Provenance/<run id>}; FHIR requires a target, which
 * names that convention instead of listing every resource (a large run writes millions).
 */
final class ProvenanceRecorder {

  static final String SHA256 = "https://polku.fi/fhir/sid/sha-256";
  static final String SOURCE_SYSTEMS = "https://polku.fi/fhir/source";

  private ProvenanceRecorder() {}

  /** The reference every written resource carries in {@code meta.source}. */
  static String reference(String runId) {
    return "Provenance/" + runId;
  }

  static ObjectNode build(
      String runId,
      String mapping,
      String version,
      String sourceSystem,
      Instant started,
      Instant finished,
      List<InputDescription> inputs) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode p = f.objectNode();
    p.put("resourceType", "Provenance");
    p.put("id", runId);
    p.putArray("target")
        .addObject()
        .put(
            "display",
            "Resources written by load run "
                + runId
                + ": their meta.source is "
                + reference(runId));
    ObjectNode period = p.putObject("occurredPeriod");
    period.put("start", started.truncatedTo(ChronoUnit.MILLIS).toString());
    if (finished != null) {
      period.put("end", finished.truncatedTo(ChronoUnit.MILLIS).toString());
    }
    p.put(
        "recorded",
        (finished != null ? finished : started).truncatedTo(ChronoUnit.MILLIS).toString());
    ObjectNode activity = p.putObject("activity");
    activity
        .putArray("coding")
        .addObject()
        .put("system", "http://terminology.hl7.org/CodeSystem/v3-DataOperation")
        .put("code", "UPDATE");
    activity.put("text", "load with mapping " + mapping + (version == null ? "" : " " + version));
    ArrayNode agents = p.putArray("agent");
    ObjectNode author = agents.addObject();
    participant(author, "author");
    ObjectNode who = author.putObject("who");
    who.putObject("identifier").put("system", SOURCE_SYSTEMS).put("value", sourceSystem);
    who.put("display", "source system " + sourceSystem);
    ObjectNode assembler = agents.addObject();
    participant(assembler, "assembler");
    assembler.putObject("who").put("display", "Polku loader, mapping " + mapping);
    if (!inputs.isEmpty()) {
      ArrayNode entities = p.putArray("entity");
      for (InputDescription i : inputs) {
        ObjectNode what = entities.addObject().put("role", "source").putObject("what");
        if (i.sha256() != null) {
          what.putObject("identifier").put("system", SHA256).put("value", i.sha256());
        }
        what.put(
            "display", i.name() + " (" + i.bytes() + (i.sha256() == null ? " rows)" : " bytes)"));
      }
    }
    return p;
  }

  private static void participant(ObjectNode agent, String code) {
    agent
        .putObject("type")
        .putArray("coding")
        .addObject()
        .put("system", "http://terminology.hl7.org/CodeSystem/provenance-participant-type")
        .put("code", code);
  }
}
