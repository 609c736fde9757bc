package fi.polku.mapping.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Remembers the last position of incremental SQL reads per source system and entity, in a small
 * JSON file per source system ({@code <folder>/<source-system>.json}). A position is saved only
 * after a run has read and submitted everything up to it, so a crashed run is repeated, never
 * skipped.
 */
public final class PositionStore {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path folder;

  /** A store in {@code folder} (created when first written). */
  public PositionStore(Path folder) {
    this.folder = folder;
  }

  /** A store that remembers nothing (every run reads everything). */
  public static PositionStore none() {
    return new PositionStore(null);
  }

  /** The saved position of {@code entity}, if any. */
  public synchronized Optional<SqlPosition> load(String sourceSystem, String entity) {
    if (folder == null) {
      return Optional.empty();
    }
    ObjectNode all = read(sourceSystem);
    JsonNode p = all.get(entity);
    if (p == null || !p.has("time")) {
      return Optional.empty();
    }
    List<Object> key = new ArrayList<>();
    for (JsonNode k : p.path("key")) {
      key.add(k.isIntegralNumber() ? (Object) k.longValue() : k.asText());
    }
    return Optional.of(new SqlPosition(p.get("time").asText(), key));
  }

  /** Saves the position of {@code entity}. */
  public synchronized void save(String sourceSystem, String entity, SqlPosition position) {
    if (folder == null || position == null) {
      return;
    }
    ObjectNode all = read(sourceSystem);
    ObjectNode p = all.putObject(entity);
    p.put("time", position.time());
    ArrayNode key = p.putArray("key");
    for (Object k : position.key()) {
      if (k instanceof Long l) {
        key.add(l);
      } else {
        key.add(String.valueOf(k));
      }
    }
    try {
      Files.createDirectories(folder);
      Path tmp = folder.resolve(sourceSystem + ".json.tmp");
      JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), all);
      Files.move(tmp, file(sourceSystem), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot save the read position in " + folder, e);
    }
  }

  /** Forgets every position of {@code sourceSystem} (the next run reads everything). */
  public synchronized void reset(String sourceSystem) {
    if (folder == null) {
      return;
    }
    try {
      Files.deleteIfExists(file(sourceSystem));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path file(String sourceSystem) {
    return folder.resolve(sourceSystem + ".json");
  }

  private ObjectNode read(String sourceSystem) {
    Path f = file(sourceSystem);
    if (!Files.exists(f)) {
      return JSON.createObjectNode();
    }
    try {
      JsonNode n = JSON.readTree(f.toFile());
      return n instanceof ObjectNode o ? o : JSON.createObjectNode();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the saved read positions " + f, e);
    }
  }
}
