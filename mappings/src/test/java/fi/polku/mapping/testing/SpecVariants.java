package fi.polku.mapping.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fi.polku.mapping.spec.SpecLoader;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Variants of the built-in specs, as an integrator makes them: the spec's YAML edited as a tree and
 * written next to the ConceptMaps it names.
 */
public final class SpecVariants {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private SpecVariants() {}

  /** The built-in spec {@code name} as a tree to edit. */
  public static ObjectNode builtIn(String name) throws IOException {
    try (InputStream in =
        SpecVariants.class
            .getClassLoader()
            .getResourceAsStream(SpecLoader.BUILT_IN_PACKAGE + "/" + name + ".yaml")) {
      return (ObjectNode) YAML.readTree(in);
    }
  }

  /**
   * Writes {@code spec} into {@code folder} as {@code <name>.yaml}, with the built-in ConceptMaps
   * beside it (a spec finds them in its own folder); returns the spec's path.
   */
  public static Path write(ObjectNode spec, Path folder) throws IOException {
    Path target = folder.resolve(spec.get("name").asText() + ".yaml");
    YAML.writeValue(target.toFile(), spec);
    Path builtIn;
    try {
      builtIn =
          Path.of(
              SpecVariants.class.getClassLoader().getResource(SpecLoader.BUILT_IN_PACKAGE).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("the built-in specs are not in a folder", e);
    }
    try (Stream<Path> s = Files.list(builtIn)) {
      for (Path map : s.filter(p -> p.toString().endsWith(".conceptmap.json")).toList()) {
        Files.copy(map, folder.resolve(map.getFileName()));
      }
    }
    return target;
  }
}
