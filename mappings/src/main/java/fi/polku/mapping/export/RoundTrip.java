package fi.polku.mapping.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.mapping.export.JsonComparison.Difference;
import fi.polku.mapping.spec.MappingSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Compares loaded KOSKI documents with the documents an export wrote: each loaded document's
 * learner ({@code henkilö}) with the exported learner, and each of its study rights with one
 * exported study right of that learner. The expectation is the loaded document reduced by {@link
 * SourceProjection} to what the model keeps.
 *
 * <p>Several documents may be about one person: the person's exported document then holds the study
 * rights of all of them, and its {@code henkilö} is what they said together. A study right is
 * compared with the exported one it differs least from, each exported study right used once.
 */
public final class RoundTrip {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final SourceProjection projection;
  private final Map<String, List<Loaded>> byPerson = new TreeMap<>();
  private final Map<String, JsonNode> exportedByPerson = new LinkedHashMap<>();

  /** A comparison for documents of {@code spec} (koski). */
  public RoundTrip(MappingSpec spec) {
    this.projection = new SourceProjection(spec);
  }

  private record Loaded(String name, ObjectNode expected) {}

  private long valuesInDocuments;
  private long valuesCompared;

  /** Adds a document that loaded. */
  public void loaded(Path file) {
    JsonNode document = read(file);
    ObjectNode expected = projection.project(document);
    valuesInDocuments += leaves(JsonComparison.normalise(document));
    valuesCompared += leaves(JsonComparison.normalise(expected));
    byPerson
        .computeIfAbsent(person(expected.path("henkilö")), k -> new ArrayList<>())
        .add(new Loaded(file.getFileName().toString(), expected));
  }

  /** Adds an exported document. */
  public void exported(Path file) {
    JsonNode doc = read(file);
    exportedByPerson.put(person(doc.path("henkilö")), doc);
  }

  /**
   * The result.
   *
   * @param compared loaded documents compared
   * @param equal those that came back equal
   * @param differences per unequal document (file name), the differences as report lines; the
   *     values of personal data (the learner, signatories' names) are not shown
   * @param unmatched exported study rights no loaded document accounts for, per person (counts)
   * @param valuesInDocuments values (leaves) of the loaded documents
   * @param valuesCompared values of the loaded documents that the model keeps and were compared
   */
  public record Result(
      int compared,
      int equal,
      Map<String, List<String>> differences,
      int unmatched,
      long valuesInDocuments,
      long valuesCompared) {

    /** Differences counted by path without indices, most frequent first. */
    public Map<String, Long> categories() {
      Map<String, Long> counts =
          differences.values().stream()
              .flatMap(List::stream)
              .collect(
                  Collectors.groupingBy(RoundTrip::category, TreeMap::new, Collectors.counting()));
      return counts.entrySet().stream()
          .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
          .collect(
              Collectors.toMap(
                  Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    /** The report: a summary, the categories and every difference. */
    public String report() {
      StringBuilder b = new StringBuilder();
      b.append(String.format("round trip: %d of %d loaded documents equal%n", equal, compared));
      b.append("exported study rights without a loaded counterpart: ")
          .append(unmatched)
          .append('\n');
      b.append(
          String.format(
              "values compared: %d of the %d in the loaded documents (the rest is not kept: code"
                  + " names, organisation details, ignored fields)%n",
              valuesCompared, valuesInDocuments));
      b.append("differences by path:\n");
      categories().forEach((k, v) -> b.append("  ").append(v).append("  ").append(k).append('\n'));
      differences.forEach(
          (file, lines) -> {
            b.append(file).append(": ").append(lines.size()).append(" differences\n");
            lines.forEach(l -> b.append("  ").append(l).append('\n'));
          });
      return b.toString();
    }
  }

  /** Compares every loaded document with the export. */
  public Result compare() {
    int compared = 0;
    int equal = 0;
    int unmatched = 0;
    Map<String, List<String>> differences = new LinkedHashMap<>();
    for (Map.Entry<String, List<Loaded>> person : byPerson.entrySet()) {
      JsonNode exported = exportedByPerson.get(person.getKey());
      List<JsonNode> unused = new ArrayList<>();
      List<Difference> henkilo;
      if (exported == null) {
        henkilo = List.of(new Difference("", merged(person.getValue()), null));
      } else {
        exported.path("opiskeluoikeudet").forEach(r -> unused.add(stripped(r)));
        henkilo =
            JsonComparison.compare(merged(person.getValue()), stripped(exported.get("henkilö")));
      }
      for (Loaded doc : person.getValue()) {
        compared++;
        List<String> lines = new ArrayList<>();
        henkilo.forEach(
            d -> lines.add(shown("henkilö" + (d.path().isEmpty() ? "" : "." + d.path()), d)));
        int i = 0;
        for (JsonNode right : doc.expected().path("opiskeluoikeudet")) {
          String at = "opiskeluoikeudet[" + i++ + "]";
          List<Difference> best = null;
          JsonNode match = null;
          for (JsonNode candidate : unused) {
            List<Difference> d = JsonComparison.compare(right, candidate);
            if (best == null || d.size() < best.size()) {
              best = d;
              match = candidate;
            }
          }
          if (match == null) {
            lines.add(at + ": no exported study right left to compare with");
            continue;
          }
          unused.remove(match);
          best.forEach(d -> lines.add(shown(at + (d.path().isEmpty() ? "" : "." + d.path()), d)));
        }
        if (lines.isEmpty()) {
          equal++;
        } else {
          differences.put(doc.name(), lines);
        }
      }
      unmatched += unused.size();
    }
    return new Result(compared, equal, differences, unmatched, valuesInDocuments, valuesCompared);
  }

  private static long leaves(JsonNode n) {
    if (n == null) {
      return 0;
    }
    if (n.isContainerNode()) {
      long c = 0;
      for (JsonNode child : n) {
        c += leaves(child);
      }
      return c;
    }
    return 1;
  }

  private static JsonNode merged(List<Loaded> docs) {
    ObjectNode merged = JSON.createObjectNode();
    for (Loaded d : docs) {
      if (d.expected().get("henkilö") instanceof ObjectNode h) {
        merged.setAll(h);
      }
    }
    return merged;
  }

  private static JsonNode stripped(JsonNode exported) {
    return SourceProjection.withoutCodeNames(exported);
  }

  /** A person's key: the identity code, else the learner number (never shown). */
  private static String person(JsonNode henkilo) {
    String hetu = henkilo.path("hetu").asText("");
    return hetu.isEmpty() ? henkilo.path("oid").asText("") : hetu;
  }

  private static String shown(String path, Difference d) {
    if (path.startsWith("henkilö") || path.matches(".*myöntäjäHenkilöt\\[\\d+]\\.nimi")) {
      return path + ": differs (personal data, values not shown)";
    }
    return path + ": expected " + value(d.expected()) + ", actual " + value(d.actual());
  }

  private static String value(JsonNode n) {
    if (n == null) {
      return "(missing)";
    }
    String s = n.toString();
    return s.length() > 200 ? s.substring(0, 197) + "..." : s;
  }

  private static String category(String line) {
    int colon = line.indexOf(": ");
    return (colon < 0 ? line : line.substring(0, colon)).replaceAll("\\[[0-9]+]", "[]");
  }

  private static JsonNode read(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
