package fi.polku.mapping.load;

import fi.polku.mapping.codes.MappingCodes;
import fi.polku.mapping.codes.RowIssue;
import fi.polku.mapping.spec.ResourceSpec.Repeat;
import fi.polku.mapping.transform.ProducedResource;
import fi.polku.mapping.transform.ResourcePlan;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Remembers, for the entity being loaded, which keys its records have produced, to catch duplicates
 * in read order: a second record with the key of a {@link Repeat#UNIQUE} resource is a duplicate; a
 * record sharing a {@link Repeat#SAME} resource must agree on its content. Keys and contents are
 * kept as 64-bit hashes with the line number, so memory stays small; it is cleared when the
 * entity's input ends.
 */
final class KeyRegistry {

  private final Map<String, LongLongMap> lines = new HashMap<>();
  private final Map<String, LongLongMap> contents = new HashMap<>();
  private final Path spillFolder;

  /**
   * A registry whose large tables move to memory-mapped files in {@code spillFolder} ({@link
   * LongLongMap}), so the heap does not grow with the size of a file.
   */
  KeyRegistry(Path spillFolder) {
    this.spillFolder = spillFolder;
  }

  /**
   * Registers a resource of a {@link Repeat#UNIQUE} plan produced by the record at {@code line};
   * returns the problem if one of its keys was already used, else null.
   */
  RowIssue unique(ProducedResource r, long line, String origin) {
    ResourcePlan plan = r.plan();
    LongLongMap seen = lines.computeIfAbsent(plan.name(), k -> newMap());
    for (ProducedResource.IdentifierKey id : r.matchIds()) {
      long previous = seen.putIfAbsent(LongLongMap.hash(id.system() + "|" + id.value()), line);
      if (!LongLongMap.absent(previous)) {
        return RowIssue.of(
            MappingCodes.DUPLICATE_KEY,
            null,
            Map.of(
                "key", shown(r, id),
                "what", plan.name(),
                "origin", origin,
                "line", Long.toString(previous)));
      }
    }
    return null;
  }

  /**
   * Registers a resource of a {@link Repeat#SAME} plan with its content ({@code canonical}: the
   * JSON without meta); returns the problem if an earlier record gave it other content.
   */
  RowIssue same(ProducedResource r, long line, String origin, byte[] canonical) {
    ResourcePlan plan = r.plan();
    ProducedResource.IdentifierKey first = r.matchIds().get(0);
    long key = LongLongMap.hash(first.system() + "|" + first.value());
    long content = LongLongMap.hash(new String(canonical, java.nio.charset.StandardCharsets.UTF_8));
    LongLongMap hashes = contents.computeIfAbsent(plan.name(), k -> newMap());
    LongLongMap seen = lines.computeIfAbsent(plan.name(), k -> newMap());
    long previousContent = hashes.putIfAbsent(key, content);
    long previousLine = seen.putIfAbsent(key, line);
    if (!LongLongMap.absent(previousContent) && previousContent != content) {
      return RowIssue.of(
          MappingCodes.CONFLICTING_RECORD,
          null,
          Map.of(
              "what", plan.name(),
              "key", shown(r, first),
              "origin", origin,
              "line", Long.toString(previousLine)));
    }
    return null;
  }

  /** The key as shown in messages: source keys as they are, national identifiers hidden. */
  private static String shown(ProducedResource r, ProducedResource.IdentifierKey id) {
    if (id.system().equals(r.plan().sourceKeySystem())) {
      return id.value();
    }
    return r.key() != null ? r.key() : "(" + id.system() + ")";
  }

  private LongLongMap newMap() {
    return new LongLongMap(spillFolder, LongLongMap.HEAP_SLOTS);
  }

  void clear() {
    lines.clear();
    contents.clear();
  }
}
