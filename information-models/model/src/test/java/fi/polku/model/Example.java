package fi.polku.model;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One example instance under {@code examples/<Type>/}: {@code valid-*.json} must validate without
 * errors; {@code invalid-*.json} carries exactly one deliberate fault, documented in the sidecar
 * {@code invalid-*.expected.json} (kept apart so the instance itself stays clean FHIR JSON).
 */
record Example(String type, String name, Path file) {

  static final String ROOT = "examples";

  /** Every type of the model: the ten resource types and the two profiles, by folder name. */
  static final List<String> TYPES =
      List.of(
          "Learner",
          "Guardianship",
          "EarlyChildhoodDecision",
          "EarlyChildhoodPlacement",
          "StudyRight",
          "StudyAttainment",
          "SupportDecision",
          "TeachingGroup",
          "GroupMembership",
          "Absence",
          "PolkuOrganization",
          "PolkuPerson");

  /** Profiles are validated against the profile as well as their base type. */
  static final Map<String, String> PROFILE_BASE_TYPES =
      Map.of("PolkuOrganization", "Organization", "PolkuPerson", "Person");

  static final String CANONICAL_BASE = "https://polku.fi/fhir/StructureDefinition/";

  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

  static List<Example> all() {
    try (Stream<Path> files = Files.walk(root(), 2)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".json"))
          .filter(f -> !isSidecar(f))
          .map(f -> new Example(f.getParent().getFileName().toString(), stem(f), f))
          .sorted(Comparator.comparing(Example::toString))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Stream<Example> valid() {
    return all().stream().filter(Example::isValid);
  }

  static Stream<Example> invalid() {
    return all().stream().filter(e -> !e.isValid());
  }

  /** Every sidecar file, to check that none is left without its instance. */
  static List<Path> sidecars() {
    try (Stream<Path> files = Files.walk(root(), 2)) {
      return files.filter(Example::isSidecar).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path root() {
    URL url = Example.class.getClassLoader().getResource(ROOT);
    if (url == null) {
      throw new IllegalStateException(ROOT + "/ is not on the test classpath");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  boolean isValid() {
    return name.startsWith("valid-");
  }

  /** The resourceType the instance must have: the type itself, or the base type of a profile. */
  String resourceType() {
    return PROFILE_BASE_TYPES.getOrDefault(type, type);
  }

  /** The canonical URL of the profile to validate against, or null for a model resource type. */
  String profile() {
    return PROFILE_BASE_TYPES.containsKey(type) ? CANONICAL_BASE + type : null;
  }

  String json() {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path sidecar() {
    return file.resolveSibling(name + ".expected.json");
  }

  ExpectedFault expectedFault() {
    try {
      return JSON.readValue(sidecar().toFile(), ExpectedFault.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + sidecar(), e);
    }
  }

  @Override
  public String toString() {
    return type + "/" + name;
  }

  private static boolean isSidecar(Path f) {
    return f.getFileName().toString().endsWith(".expected.json");
  }

  private static String stem(Path f) {
    String n = f.getFileName().toString();
    return n.substring(0, n.length() - ".json".length());
  }
}
