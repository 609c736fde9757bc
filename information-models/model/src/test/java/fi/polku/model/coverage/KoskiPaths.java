package fi.polku.model.coverage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The distinct field paths of KOSKI documents: JSON keys joined with '.', array levels collapsed,
 * down to the leaves (e.g. {@code opiskeluoikeudet.suoritukset.arviointi.arvosana.koodiarvo}).
 */
final class KoskiPaths {

  private final Map<String, Set<String>> filesByPath = new TreeMap<>();

  /** Reads every {@code *.json} document in {@code dir}. */
  static KoskiPaths of(Path dir) {
    KoskiPaths paths = new KoskiPaths();
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        paths.walk(json.readTree(f.toFile()), "", f.getFileName().toString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read KOSKI examples in " + dir, e);
    }
    return paths;
  }

  private void walk(JsonNode node, String path, String file) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> f = fields.next();
        walk(f.getValue(), path.isEmpty() ? f.getKey() : path + "." + f.getKey(), file);
      }
    } else if (node.isArray()) {
      if (node.isEmpty()) {
        record(path, file); // an empty list is still a field the model must have room for
      }
      node.forEach(child -> walk(child, path, file));
    } else {
      record(path, file);
    }
  }

  private void record(String path, String file) {
    filesByPath.computeIfAbsent(path, p -> new TreeSet<>()).add(file);
  }

  /** All distinct paths, sorted. */
  Set<String> all() {
    return filesByPath.keySet();
  }

  /** Paths occurring in at least one file accepted by {@code fileFilter}. */
  Set<String> occurringIn(java.util.function.Predicate<String> fileFilter) {
    Set<String> out = new TreeSet<>();
    filesByPath.forEach(
        (path, files) -> {
          if (files.stream().anyMatch(fileFilter)) {
            out.add(path);
          }
        });
    return out;
  }
}
