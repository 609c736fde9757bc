package fi.polku.model;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.model.generated.PolkuModelTypes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r5.model.CanonicalResource;
import org.hl7.fhir.r5.model.CodeSystem;
import org.hl7.fhir.r5.model.SearchParameter;
import org.hl7.fhir.r5.model.StructureDefinition;
import org.hl7.fhir.r5.model.ValueSet;

/**
 * The compiled FHIR package exactly as it is on the module's classpath ({@code
 * polku/fhir/package/}), read through its {@code .index.json} the way a FHIR package loader reads
 * it. Tests inspect this rather than the compiler's inputs, so they check what users of the model
 * actually get.
 */
final class ModelPackage {

  static final String ROOT = "polku/fhir/package/";

  private final FhirContext fhir;
  private final JsonNode manifest;
  private final JsonNode index;
  private final Map<String, String> files = new LinkedHashMap<>();
  private final List<IBaseResource> resources = new ArrayList<>();

  private ModelPackage(FhirContext fhir) {
    this.fhir = fhir;
    ObjectMapper json = new ObjectMapper();
    try {
      this.manifest = json.readTree(text("package.json"));
      this.index = json.readTree(text(".index.json"));
      for (JsonNode entry : index.get("files")) {
        String name = entry.get("filename").asText();
        String content = text(name);
        files.put(name, content);
        resources.add(fhir.newJsonParser().parseResource(content));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the package with a context that knows the Polku resource types. */
  static ModelPackage load(FhirContext fhir) {
    return new ModelPackage(fhir);
  }

  /** A new R5 context with the generated Polku classes registered, as users of the model set up. */
  static FhirContext newPolkuContext() {
    FhirContext ctx = FhirContext.forR5();
    PolkuModelTypes.registerAll(ctx);
    return ctx;
  }

  FhirContext fhirContext() {
    return fhir;
  }

  JsonNode manifest() {
    return manifest;
  }

  JsonNode index() {
    return index;
  }

  /** Raw JSON of every file the index lists, by file name. */
  Map<String, String> files() {
    return files;
  }

  List<IBaseResource> resources() {
    return resources;
  }

  List<StructureDefinition> structureDefinitions() {
    return ofType(StructureDefinition.class);
  }

  List<SearchParameter> searchParameters() {
    return ofType(SearchParameter.class);
  }

  List<CodeSystem> codeSystems() {
    return ofType(CodeSystem.class);
  }

  List<ValueSet> valueSets() {
    return ofType(ValueSet.class);
  }

  <T extends CanonicalResource> Optional<T> byUrl(Class<T> type, String url) {
    return ofType(type).stream().filter(r -> url.equals(r.getUrl())).findFirst();
  }

  /** The package directory on disk, for comparing the index with what is really there. */
  Path directory() {
    URL url = resource("package.json");
    try {
      return Path.of(url.toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private <T> List<T> ofType(Class<T> type) {
    return resources.stream().filter(type::isInstance).map(type::cast).toList();
  }

  private static URL resource(String name) {
    URL url = ModelPackage.class.getClassLoader().getResource(ROOT + name);
    if (url == null) {
      throw new IllegalStateException(
          ROOT + name + " is not on the classpath: did the model compiler run (generate-sources)?");
    }
    return url;
  }

  private static String text(String name) throws IOException {
    try (InputStream in = resource(name).openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
