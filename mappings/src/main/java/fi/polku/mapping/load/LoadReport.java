package fi.polku.mapping.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.mapping.source.SourceReader.InputDescription;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a load run did: per entity, records read, created, updated, unchanged and rejected; per
 * resource type the same for resources; duration and rates; inputs with their SHA-256; notes (files
 * not found, ConceptMaps the hub did not store). Printed at the end of a run and saved as {@code
 * report.txt} and {@code report.json} in the run folder.
 *
 * @param runId the run's id (also the Provenance id)
 * @param mapping the spec's name
 * @param mappingVersion the spec's version
 * @param sourceSystem the source system id
 * @param started when the run started
 * @param finished when it ended
 * @param entities counts per entity (records)
 * @param types counts per resource type (resources)
 * @param inputs the inputs read
 * @param notes warnings worth reading
 * @param unreadFields fields of the source records (JSON paths, columns of delimited files) that
 *     the spec neither reads nor ignores: data the run did not load
 * @param moreUnread occurrences of further unread fields, beyond those listed
 * @param entitiesWithoutInput entities none of whose files was among the inputs
 * @param deadLetters path of the dead-letter file, or null if nothing was rejected
 */
public record LoadReport(
    String runId,
    String mapping,
    String mappingVersion,
    String sourceSystem,
    Instant started,
    Instant finished,
    Map<String, Counts> entities,
    Map<String, Counts> types,
    List<InputDescription> inputs,
    List<String> notes,
    List<UnreadField> unreadFields,
    long moreUnread,
    List<String> entitiesWithoutInput,
    String deadLetters) {

  /**
   * Whether the run found no input at all: no entity of the spec had a file among the inputs (the
   * files are named otherwise, or the wrong folder was given). A run that reads some entities, or
   * that reads a database, is not one.
   */
  public boolean foundNoInput() {
    return !entitiesWithoutInput.isEmpty() && entities.isEmpty();
  }

  /**
   * A source field the run did not load.
   *
   * @param entity the entity whose records had it
   * @param path its record-relative path ({@code opiskeluoikeudet.järjestämislupa})
   * @param records how many records had it
   * @param firstOrigin the file of the first record that had it
   * @param firstLine that record's line
   */
  public record UnreadField(
      String entity, String path, long records, String firstOrigin, long firstLine) {}

  /** Record totals over all entities. */
  public Counts totals() {
    Counts c = Counts.ZERO;
    for (Counts e : entities.values()) {
      c = c.plus(e);
    }
    return c;
  }

  /** Resource totals over all types. */
  public Counts resourceTotals() {
    Counts c = Counts.ZERO;
    for (Counts e : types.values()) {
      c = c.plus(e);
    }
    return c;
  }

  /** The run's duration. */
  public Duration duration() {
    return Duration.between(started, finished);
  }

  /** Records read per second. */
  public double rowsPerSecond() {
    return rate(totals().read());
  }

  /** Resources written (created, updated or unchanged) per second. */
  public double resourcesPerSecond() {
    Counts r = resourceTotals();
    return rate(r.created() + r.updated() + r.unchanged());
  }

  private double rate(long n) {
    double s = Math.max(1, duration().toMillis()) / 1000.0;
    return n / s;
  }

  /** {@code loaded: read=<N> created=<N> updated=<N> unchanged=<N> rejected=<N>} (records). */
  public String summaryLine() {
    Counts t = totals();
    return "loaded: read="
        + t.read()
        + " created="
        + t.created()
        + " updated="
        + t.updated()
        + " unchanged="
        + t.unchanged()
        + " rejected="
        + t.rejected();
  }

  /** The report as text. */
  public String toText() {
    StringBuilder sb = new StringBuilder();
    sb.append("Polku load run ").append(runId).append('\n');
    sb.append("mapping ").append(mapping);
    if (mappingVersion != null) {
      sb.append(' ').append(mappingVersion);
    }
    sb.append(", source system ").append(sourceSystem).append('\n');
    sb.append("started ").append(started).append(", took ").append(seconds()).append(" s\n\n");
    table(sb, "records per entity", entities, true);
    sb.append('\n');
    table(sb, "resources per type", types, false);
    sb.append(
        String.format(
            Locale.ROOT,
            "%nrate: %.0f records/s, %.0f resources/s%n",
            rowsPerSecond(),
            resourcesPerSecond()));
    if (!inputs.isEmpty()) {
      sb.append("\ninputs:\n");
      for (InputDescription i : inputs) {
        sb.append("  ")
            .append(i.name())
            .append(" (")
            .append(i.bytes())
            .append(i.sha256() == null ? " rows)" : " bytes, sha256 " + i.sha256() + ")")
            .append('\n');
      }
    }
    if (!notes.isEmpty()) {
      sb.append("\nnotes:\n");
      notes.forEach(n -> sb.append("  ").append(n).append('\n'));
    }
    if (!unreadFields.isEmpty()) {
      sb.append(
          "\nfields not loaded (the spec neither reads nor ignores them; see docs/mappings.md):\n");
      for (UnreadField u : unreadFields) {
        sb.append(
            String.format(
                Locale.ROOT,
                "  %s %s: %d record%s, first %s line %d%n",
                u.entity(),
                u.path(),
                u.records(),
                u.records() == 1 ? "" : "s",
                u.firstOrigin(),
                u.firstLine()));
      }
      if (moreUnread > 0) {
        sb.append("  and ").append(moreUnread).append(" more occurrences of other fields\n");
      }
    }
    if (deadLetters != null) {
      sb.append("\nrejected records: ").append(deadLetters).append('\n');
    }
    sb.append('\n').append(summaryLine()).append('\n');
    return sb.toString();
  }

  private String seconds() {
    return String.format(Locale.ROOT, "%.1f", duration().toMillis() / 1000.0);
  }

  private static void table(
      StringBuilder sb, String title, Map<String, Counts> rows, boolean read) {
    sb.append(
        String.format(
            Locale.ROOT,
            "%-28s %9s %9s %9s %9s %9s%n",
            title,
            read ? "read" : "",
            "created",
            "updated",
            "unchanged",
            "rejected"));
    for (Map.Entry<String, Counts> e : rows.entrySet()) {
      Counts c = e.getValue();
      sb.append(
          String.format(
              Locale.ROOT,
              "  %-26s %9s %9d %9d %9d %9d%n",
              e.getKey(),
              read ? Long.toString(c.read()) : "",
              c.created(),
              c.updated(),
              c.unchanged(),
              c.rejected()));
    }
  }

  /** The report as JSON. */
  public ObjectNode toJson() {
    ObjectNode o = new ObjectMapper().createObjectNode();
    o.put("runId", runId);
    o.put("mapping", mapping);
    o.put("mappingVersion", mappingVersion);
    o.put("sourceSystem", sourceSystem);
    o.put("started", started.toString());
    o.put("finished", finished.toString());
    o.put("durationMillis", duration().toMillis());
    o.put("recordsPerSecond", Math.round(rowsPerSecond()));
    o.put("resourcesPerSecond", Math.round(resourcesPerSecond()));
    counts(o.putObject("totals"), totals());
    ObjectNode e = o.putObject("entities");
    entities.forEach((k, v) -> counts(e.putObject(k), v));
    ObjectNode t = o.putObject("types");
    types.forEach((k, v) -> counts(t.putObject(k), v));
    ArrayNode in = o.putArray("inputs");
    for (InputDescription i : inputs) {
      ObjectNode n = in.addObject().put("name", i.name()).put("size", i.bytes());
      if (i.sha256() != null) {
        n.put("sha256", i.sha256());
      }
    }
    ArrayNode nn = o.putArray("notes");
    notes.forEach(nn::add);
    ArrayNode un = o.putArray("unreadFields");
    for (UnreadField u : unreadFields) {
      un.addObject()
          .put("entity", u.entity())
          .put("path", u.path())
          .put("records", u.records())
          .put("firstOrigin", u.firstOrigin())
          .put("firstLine", u.firstLine());
    }
    o.put("moreUnread", moreUnread);
    ArrayNode wi = o.putArray("entitiesWithoutInput");
    entitiesWithoutInput.forEach(wi::add);
    o.put("deadLetters", deadLetters);
    o.put("summary", summaryLine());
    return o;
  }

  private static void counts(ObjectNode n, Counts c) {
    n.put("read", c.read());
    n.put("created", c.created());
    n.put("updated", c.updated());
    n.put("unchanged", c.unchanged());
    n.put("rejected", c.rejected());
  }
}
