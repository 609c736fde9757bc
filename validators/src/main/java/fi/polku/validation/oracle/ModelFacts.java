package fi.polku.validation.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What the fault generator needs to know about the model: the elements of each type with their
 * cardinality, types, required bindings and reference targets, read from the snapshots of the model
 * package with plain Jackson (not from Polku's compiled engine, so that the faults are chosen
 * independently of the validator they test). The few FHIR datatypes a fault is injected into are
 * described by a small table here: the generator does not need the whole FHIR core.
 */
final class ModelFacts {

  /**
   * One element definition.
   *
   * @param path the snapshot path, e.g. {@code StudyRight.statusHistory.start}
   * @param name the JSON name without {@code [x]}
   * @param min minimum cardinality
   * @param max maximum cardinality, -1 for unbounded
   * @param types the type codes ({@code BackboneElement} also for a content reference)
   * @param requiredValueSet the value set of a required binding, or null
   * @param targets the target type names of a reference (profiles mapped to their base type)
   * @param contentPath for a content reference, the path whose children this element has
   */
  record Element(
      String path,
      String name,
      int min,
      int max,
      List<String> types,
      String requiredValueSet,
      List<String> targets,
      String contentPath) {

    boolean choice() {
      return path.endsWith("[x]");
    }

    boolean repeating() {
      return max != 1;
    }
  }

  private static final String FHIRPATH_SYSTEM = "http://hl7.org/fhirpath/System.";

  /** Element path to its children, in definition order. */
  private final Map<String, Map<String, Element>> children = new HashMap<>();

  /** Profile or resource name (folder name of the corpus) to the root path of its definition. */
  private final Map<String, String> roots = new HashMap<>();

  /** The corpus types: the model's resources and profiles, by name. */
  private final SortedSet<String> types = new TreeSet<>();

  /** Canonical URL of the model's extensions to the definition of their value. */
  private final Map<String, Element> extensionValues = new HashMap<>();

  /** Profile extension slice URL to its maximum cardinality, per profile root. */
  private final Map<String, Map<String, Integer>> sliceMax = new HashMap<>();

  private ModelFacts() {}

  /** The facts of the model package on the class path. */
  static ModelFacts load() {
    ModelFacts facts = new ModelFacts();
    ObjectMapper json = new ObjectMapper();
    ClassLoader loader = ModelFacts.class.getClassLoader();
    try {
      JsonNode index = json.readTree(read(loader, Hl7Validator.PACKAGE + ".index.json"));
      for (JsonNode file : index.path("files")) {
        if ("StructureDefinition".equals(file.path("resourceType").asText())) {
          facts.add(
              json.readTree(read(loader, Hl7Validator.PACKAGE + file.path("filename").asText())));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the model package", e);
    }
    facts.addDatatypes();
    return facts;
  }

  /** The root path of {@code type} (a model resource, or a profile name such as PolkuPerson). */
  String root(String type) {
    String root = roots.get(type);
    if (root == null) {
      throw new IllegalArgumentException("Not a type of the model: " + type);
    }
    return root;
  }

  /** The model's resource types and profiles by name (the folders of the corpus), sorted. */
  SortedSet<String> types() {
    return Collections.unmodifiableSortedSet(types);
  }

  /** The children of the element or datatype at {@code path}, by JSON name. */
  Map<String, Element> children(String path) {
    return children.getOrDefault(path, Map.of());
  }

  /** The value element ({@code value[x]}) of the model extension {@code url}, or null. */
  Element extensionValue(String url) {
    return extensionValues.get(url);
  }

  /** Extension slices of profile {@code type} by URL, with their maximum cardinality. */
  Map<String, Integer> extensionSlices(String type) {
    return sliceMax.getOrDefault(root(type), Map.of());
  }

  private void add(JsonNode sd) {
    String kind = sd.path("kind").asText();
    String type = sd.path("type").asText();
    if ("Extension".equals(type)) {
      for (JsonNode e : sd.path("snapshot").path("element")) {
        if ("Extension.value[x]".equals(e.path("id").asText())) {
          extensionValues.put(sd.path("url").asText(), element(e));
        }
      }
      return;
    }
    if (!"resource".equals(kind)) {
      return;
    }
    roots.put(sd.path("name").asText(), type);
    types.add(sd.path("name").asText());
    roots.put(type, type);
    Map<String, Integer> slices = new LinkedHashMap<>();
    for (JsonNode e : sd.path("snapshot").path("element")) {
      String id = e.path("id").asText();
      String path = e.path("path").asText();
      if (id.contains(":")) {
        if (path.equals(type + ".extension") && e.has("sliceName")) {
          String url = e.path("type").path(0).path("profile").path(0).asText();
          slices.put(url, max(e.path("max").asText()));
        }
        continue;
      }
      int dot = path.lastIndexOf('.');
      if (dot < 0) {
        continue;
      }
      children
          .computeIfAbsent(path.substring(0, dot), k -> new LinkedHashMap<>())
          .put(name(path), element(e));
    }
    sliceMax.put(type, slices);
  }

  private static Element element(JsonNode e) {
    String path = e.path("path").asText();
    List<String> types = new ArrayList<>();
    List<String> targets = new ArrayList<>();
    for (JsonNode t : e.path("type")) {
      types.add(typeCode(t));
      for (JsonNode target : t.path("targetProfile")) {
        targets.add(targetType(target.asText()));
      }
    }
    String content = null;
    if (e.has("contentReference")) {
      String ref = e.path("contentReference").asText();
      content = ref.substring(ref.indexOf('#') + 1);
      types.add("BackboneElement");
    }
    JsonNode binding = e.path("binding");
    String required =
        "required".equals(binding.path("strength").asText())
            ? binding.path("valueSet").asText(null)
            : null;
    return new Element(
        path,
        name(path),
        e.path("min").asInt(),
        max(e.path("max").asText()),
        List.copyOf(types),
        required,
        List.copyOf(targets),
        content);
  }

  /**
   * The FHIR type of a type entry: R5 snapshots type {@code id} and {@code Extension.url} as
   * FHIRPath system types and name the FHIR type in an extension.
   */
  private static String typeCode(JsonNode type) {
    String code = type.path("code").asText();
    if (!code.startsWith(FHIRPATH_SYSTEM)) {
      return code;
    }
    for (JsonNode x : type.path("extension")) {
      if (x.path("url").asText().endsWith("/structuredefinition-fhir-type")) {
        return x.path("valueUrl").asText();
      }
    }
    return code.substring(FHIRPATH_SYSTEM.length()).toLowerCase(java.util.Locale.ROOT);
  }

  /** A profile target means its base type; the model's profiles are on Organization and Person. */
  private static String targetType(String url) {
    String name = url.substring(url.lastIndexOf('/') + 1);
    return switch (name) {
      case "PolkuOrganization" -> "Organization";
      case "PolkuPerson" -> "Person";
      default -> name;
    };
  }

  private static String name(String path) {
    String last = path.substring(path.lastIndexOf('.') + 1);
    return last.endsWith("[x]") ? last.substring(0, last.length() - 3) : last;
  }

  private static int max(String max) {
    return "*".equals(max) ? -1 : Integer.parseInt(max);
  }

  /**
   * The datatypes faults are injected into, as far as the generator needs them. Bindings are those
   * the FHIR core declares required.
   */
  private void addDatatypes() {
    datatype("Period", e("start", 0, 1, "dateTime"), e("end", 0, 1, "dateTime"));
    datatype(
        "Coding",
        e("system", 0, 1, "uri"),
        e("version", 0, 1, "string"),
        e("code", 0, 1, "code"),
        e("display", 0, 1, "string"),
        e("userSelected", 0, 1, "boolean"));
    datatype("CodeableConcept", e("coding", 0, -1, "Coding"), e("text", 0, 1, "string"));
    datatype(
        "Identifier",
        required(e("use", 0, 1, "code"), "http://hl7.org/fhir/ValueSet/identifier-use"),
        e("type", 0, 1, "CodeableConcept"),
        e("system", 0, 1, "uri"),
        e("value", 0, 1, "string"),
        e("period", 0, 1, "Period"));
    datatype(
        "Reference",
        e("reference", 0, 1, "string"),
        e("type", 0, 1, "uri"),
        e("identifier", 0, 1, "Identifier"),
        e("display", 0, 1, "string"));
    datatype(
        "Quantity",
        e("value", 0, 1, "decimal"),
        required(e("comparator", 0, 1, "code"), "http://hl7.org/fhir/ValueSet/quantity-comparator"),
        e("unit", 0, 1, "string"),
        e("system", 0, 1, "uri"),
        e("code", 0, 1, "code"));
    datatype(
        "HumanName",
        required(e("use", 0, 1, "code"), "http://hl7.org/fhir/ValueSet/name-use"),
        e("text", 0, 1, "string"),
        e("family", 0, 1, "string"),
        e("given", 0, -1, "string"),
        e("period", 0, 1, "Period"));
    datatype(
        "Address",
        required(e("use", 0, 1, "code"), "http://hl7.org/fhir/ValueSet/address-use"),
        required(e("type", 0, 1, "code"), "http://hl7.org/fhir/ValueSet/address-type"),
        e("line", 0, -1, "string"),
        e("city", 0, 1, "string"),
        e("postalCode", 0, 1, "string"),
        e("country", 0, 1, "string"),
        e("period", 0, 1, "Period"));
    datatype(
        "ContactPoint",
        required(e("system", 0, 1, "code"), "http://hl7.org/fhir/ValueSet/contact-point-system"),
        e("value", 0, 1, "string"),
        required(e("use", 0, 1, "code"), "http://hl7.org/fhir/ValueSet/contact-point-use"),
        e("rank", 0, 1, "positiveInt"),
        e("period", 0, 1, "Period"));
    datatype(
        "Meta",
        e("versionId", 0, 1, "id"),
        e("lastUpdated", 0, 1, "instant"),
        e("source", 0, 1, "uri"),
        e("profile", 0, -1, "canonical"));
    datatype("Extension", e("url", 1, 1, "uri"));
  }

  private void datatype(String type, Element... elements) {
    Map<String, Element> map = new LinkedHashMap<>();
    for (Element e : elements) {
      map.put(
          e.name(),
          new Element(
              type + "." + e.name(),
              e.name(),
              e.min(),
              e.max(),
              e.types(),
              e.requiredValueSet(),
              e.targets(),
              null));
    }
    children.put(type, map);
  }

  private static Element e(String name, int min, int max, String type) {
    return new Element(name, name, min, max, List.of(type), null, List.of(), null);
  }

  private static Element required(Element e, String valueSet) {
    return new Element(
        e.path(), e.name(), e.min(), e.max(), e.types(), valueSet, e.targets(), null);
  }

  private static String read(ClassLoader loader, String name) throws IOException {
    try (InputStream in = loader.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is not on the class path (polku-model)");
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }
}
