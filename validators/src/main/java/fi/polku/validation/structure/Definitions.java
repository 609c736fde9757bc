package fi.polku.validation.structure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The conformance resources the engine is compiled from, as JSON: the Polku model package from the
 * class path ({@code polku/fhir/package/}) and the FHIR R5 core and extensions packages shipped in
 * {@code hapi-fhir-validation-resources-r5}. Used only while compiling at start-up, then dropped.
 *
 * <p>A missing or corrupt package is a broken installation, reported as {@link
 * IllegalStateException} with the cause.
 */
final class Definitions {

  static final String POLKU_PACKAGE = "polku/fhir/package/";
  static final String CORE = "/org/hl7/fhir/r5/packages/hl7.fhir.r5.core-5.0.0.tgz";
  static final String EXTENSIONS = "/org/hl7/fhir/r5/packages/hl7.fhir.uv.extensions.r5-1.0.0.tgz";

  private final ObjectMapper json = new ObjectMapper();
  private final Map<String, JsonNode> polku = new LinkedHashMap<>();
  private final List<FhirPackage> packages = new ArrayList<>();
  private final Map<String, JsonNode> cache = new HashMap<>();
  private final Map<String, byte[]> raw = new LinkedHashMap<>();
  private String polkuCanonical;

  private Definitions() {}

  /** The Polku package from {@code loader}; add the FHIR packages before resolving. */
  static Definitions load(ClassLoader loader) {
    Definitions d = new Definitions();
    d.loadPolku(loader);
    return d;
  }

  /** Adds FHIR packages, searched in order after the Polku package. */
  void addPackages(List<FhirPackage> fhirPackages) {
    packages.addAll(fhirPackages);
  }

  private void loadPolku(ClassLoader loader) {
    JsonNode pkg = parse(bytes(loader, POLKU_PACKAGE + "package.json"), "package.json");
    polkuCanonical = pkg.path("canonical").asText();
    JsonNode index = parse(bytes(loader, POLKU_PACKAGE + ".index.json"), ".index.json");
    for (JsonNode file : index.path("files")) {
      String name = file.path("filename").asText();
      byte[] bytes = bytes(loader, POLKU_PACKAGE + name);
      JsonNode resource = parse(bytes, name);
      String url = resource.path("url").asText(null);
      if (url != null) {
        polku.put(url, resource);
        raw.put(url, bytes);
      }
    }
    if (polku.isEmpty()) {
      throw new IllegalStateException("The Polku model package on the class path is empty");
    }
  }

  /** Canonical base of the Polku model, e.g. {@code https://polku.fi/fhir}. */
  String polkuCanonical() {
    return polkuCanonical;
  }

  /** Every resource of the Polku package. */
  List<JsonNode> polkuResources() {
    return List.copyOf(polku.values());
  }

  /** The resource with canonical {@code url} (a trailing {@code |version} is ignored), or null. */
  JsonNode resolve(String url) {
    String plain = url.contains("|") ? url.substring(0, url.indexOf('|')) : url;
    JsonNode own = polku.get(plain);
    if (own != null) {
      return own;
    }
    if (cache.containsKey(plain)) {
      return cache.get(plain);
    }
    JsonNode found = null;
    for (FhirPackage p : packages) {
      byte[] bytes = p.resolve(plain);
      if (bytes != null) {
        found = parse(bytes, plain);
        raw.put(plain, bytes);
        break;
      }
    }
    cache.put(plain, found);
    return found;
  }

  /** Canonical URLs of every extension definition in the FHIR packages. */
  List<String> fhirExtensionUrls() {
    List<String> urls = new ArrayList<>();
    packages.forEach(p -> urls.addAll(p.extensionUrls()));
    return urls;
  }

  /** Every StructureDefinition resolved so far, as JSON. */
  List<JsonNode> resolvedStructureDefinitions() {
    List<JsonNode> sds = new ArrayList<>();
    for (String url : raw.keySet()) {
      JsonNode r = resolve(url);
      if (r != null && "StructureDefinition".equals(r.path("resourceType").asText())) {
        sds.add(r);
      }
    }
    return sds;
  }

  private JsonNode parse(byte[] bytes, String what) {
    try {
      return json.readTree(bytes);
    } catch (IOException e) {
      throw new IllegalStateException("Corrupt conformance resource " + what, e);
    }
  }

  private static byte[] bytes(ClassLoader loader, String path) {
    try (InputStream in = loader.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(
            "The Polku model package is not on the class path: missing " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + path, e);
    }
  }
}
