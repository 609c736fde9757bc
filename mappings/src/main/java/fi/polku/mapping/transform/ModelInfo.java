package fi.polku.mapping.transform;

import ca.uhn.fhir.context.BaseRuntimeChildDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementCompositeDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementDefinition;
import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.RuntimePrimitiveDatatypeDefinition;
import ca.uhn.fhir.context.RuntimeResourceBlockDefinition;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * What the compiler knows about target elements: their FHIR type and whether they repeat, from
 * HAPI's definitions of the generated model classes and the FHIR core types, and the extension
 * slices of Polku's profiles ({@code extension:municipality}) from the model package. Used only
 * while compiling a spec; the per-row plan never looks anything up.
 */
public final class ModelInfo {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PACKAGE = "polku/fhir/package/";

  private final FhirContext fhir;
  private final Map<String, Map<String, Element>> slices = new HashMap<>();

  /** Model information from {@code fhir} (with the model's types registered). */
  public ModelInfo(FhirContext fhir) {
    this.fhir = fhir;
    loadSlices("Organization", "PolkuOrganization");
    loadSlices("Person", "PolkuPerson");
  }

  /**
   * A target element.
   *
   * @param path its path ({@code Learner.name.given})
   * @param type FHIR type code ({@code date}, {@code CodeableConcept}, {@code BackboneElement})
   * @param repeating whether it may occur more than once
   * @param extensionUrl for an extension slice, its URL
   * @param definition HAPI's definition of the element's type (null for slices)
   */
  public record Element(
      String path,
      String type,
      boolean repeating,
      String extensionUrl,
      BaseRuntimeElementDefinition<?> definition) {

    /** Whether the element is a FHIR primitive. */
    public boolean primitive() {
      return definition instanceof RuntimePrimitiveDatatypeDefinition;
    }
  }

  /** The resource type as the root element, or null if the type is unknown. */
  public Element resource(String type) {
    try {
      var def = fhir.getResourceDefinition(type);
      return new Element(type, type, false, null, def);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** Whether {@code type} is a resource type the model or FHIR core defines. */
  public boolean isResourceType(String type) {
    return resource(type) != null;
  }

  /** The child {@code name} of {@code parent}, or null if there is none. */
  public Element child(Element parent, String name) {
    if (name.startsWith("extension:")) {
      Map<String, Element> s = slices.get(rootType(parent.path()));
      Element slice = s == null ? null : s.get(name.substring("extension:".length()));
      return slice == null || parent.path().contains(".") ? null : slice;
    }
    if (parent.extensionUrl() != null) {
      return extensionChild(parent, name);
    }
    if (!(parent.definition() instanceof BaseRuntimeElementCompositeDefinition<?> comp)) {
      return null;
    }
    BaseRuntimeChildDefinition child = comp.getChildByName(name);
    if (child == null) {
      return null;
    }
    BaseRuntimeElementDefinition<?> def = child.getChildByName(name);
    if (def == null) {
      return null;
    }
    return new Element(parent.path() + "." + name, typeName(def), child.getMax() != 1, null, def);
  }

  /** Inside an extension slice: only its {@code value[x]} in the declared type. */
  private Element extensionChild(Element slice, String name) {
    String valueType = slice.type();
    if (!name.equals(
        "value" + Character.toUpperCase(valueType.charAt(0)) + valueType.substring(1))) {
      return null;
    }
    BaseRuntimeElementDefinition<?> def = fhir.getElementDefinition(valueType);
    return new Element(slice.path() + "." + name, valueType, false, null, def);
  }

  private static String typeName(BaseRuntimeElementDefinition<?> def) {
    if (def instanceof RuntimeResourceBlockDefinition) {
      return "BackboneElement";
    }
    return def.getName();
  }

  private static String rootType(String path) {
    int dot = path.indexOf('.');
    return dot < 0 ? path : path.substring(0, dot);
  }

  private void loadSlices(String baseType, String profile) {
    JsonNode sd = read("StructureDefinition-" + profile + ".json");
    if (sd == null) {
      return;
    }
    Map<String, Element> out = new HashMap<>();
    for (JsonNode e : sd.path("snapshot").path("element")) {
      String slice = e.path("sliceName").asText(null);
      String url = e.path("type").path(0).path("profile").path(0).asText(null);
      if (slice == null
          || url == null
          || !e.path("path").asText().equals(baseType + ".extension")) {
        continue;
      }
      String valueType = extensionValueType(url);
      if (valueType != null) {
        int max = "*".equals(e.path("max").asText()) ? -1 : e.path("max").asInt(1);
        out.put(
            slice, new Element(baseType + ".extension:" + slice, valueType, max != 1, url, null));
      }
    }
    slices.put(baseType, out);
  }

  private String extensionValueType(String url) {
    String name = url.substring(url.lastIndexOf('/') + 1);
    JsonNode sd = read("StructureDefinition-" + name + ".json");
    if (sd == null) {
      return null;
    }
    for (JsonNode e : sd.path("snapshot").path("element")) {
      if (e.path("path").asText().equals("Extension.value[x]")) {
        return e.path("type").path(0).path("code").asText(null);
      }
    }
    return null;
  }

  private static JsonNode read(String file) {
    try (InputStream in = ModelInfo.class.getClassLoader().getResourceAsStream(PACKAGE + file)) {
      return in == null ? null : JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the model package file " + file, e);
    }
  }
}
