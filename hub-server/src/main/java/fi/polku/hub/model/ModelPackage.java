package fi.polku.hub.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The compiled model's FHIR package as found on the classpath ({@code polku/fhir/package/}): its
 * manifest and index, read without loading any FHIR machinery, so the command line starts fast.
 */
public final class ModelPackage {

  private static final String ROOT = "polku/fhir/package/";
  private static final String TRANSLATION = "http://hl7.org/fhir/StructureDefinition/translation";

  private final JsonNode manifest;
  private final JsonNode index;
  private final ObjectMapper json;

  private ModelPackage(ObjectMapper json, JsonNode manifest, JsonNode index) {
    this.json = json;
    this.manifest = manifest;
    this.index = index;
  }

  /** Loads the package from the classpath; fails if the model module is not on it. */
  public static ModelPackage load() {
    ObjectMapper json = new ObjectMapper();
    return new ModelPackage(json, read(json, "package.json"), read(json, ".index.json"));
  }

  /** Semantic version of the model. */
  public String version() {
    return manifest.path("version").asText();
  }

  /** Canonical base of the model. */
  public String canonical() {
    return manifest.path("canonical").asText();
  }

  /** How many resources of {@code resourceType} the package holds. */
  public long count(String resourceType) {
    long n = 0;
    for (JsonNode f : index.path("files")) {
      if (f.path("resourceType").asText().equals(resourceType)) {
        n++;
      }
    }
    return n;
  }

  /**
   * File names (in the package folder) of the resources of {@code resourceType}, in index order.
   */
  public List<String> files(String resourceType) {
    List<String> out = new ArrayList<>();
    for (JsonNode f : index.path("files")) {
      if (f.path("resourceType").asText().equals(resourceType)) {
        out.add(f.path("filename").asText());
      }
    }
    return out;
  }

  /** The text of package file {@code file}. */
  public String text(String file) {
    try (InputStream in = ModelPackage.class.getClassLoader().getResourceAsStream(ROOT + file)) {
      if (in == null) {
        throw new IllegalStateException("The model package has no file " + ROOT + file);
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + ROOT + file, e);
    }
  }

  /** Resource types and profiles defined by the model (not extensions), in package order. */
  public List<TypeInfo> types() {
    List<TypeInfo> out = new ArrayList<>();
    for (JsonNode f : index.path("files")) {
      if (f.path("resourceType").asText().equals("StructureDefinition")
          && f.path("kind").asText().equals("resource")) {
        JsonNode sd = read(json, f.path("filename").asText());
        String kind = sd.path("derivation").asText().equals("constraint") ? "profile" : "resource";
        out.add(new TypeInfo(sd.path("name").asText(), kind, sd.path("title"), sd.path("_title")));
      }
    }
    return out;
  }

  /**
   * The canonical URL of the structure the hub validates {@code resourceType} against: the model's
   * own type ({@code Learner}) or its profile of a reused FHIR type ({@code PolkuOrganization}), or
   * null for a type the model neither defines nor profiles.
   */
  public String profileOf(String resourceType) {
    for (TypeInfo t : types()) {
      if (t.type().equals(resourceType) || t.type().equals("Polku" + resourceType)) {
        return canonical() + "/StructureDefinition/" + t.type();
      }
    }
    return null;
  }

  /** A type of the model and its title in fi/sv/en. */
  public record TypeInfo(String type, String kind, JsonNode title, JsonNode titleElement) {

    /** The title in {@code lang} (English is the plain value, fi/sv are translations). */
    public String title(String lang) {
      if (!lang.equals("en")) {
        for (JsonNode ext : titleElement.path("extension")) {
          if (TRANSLATION.equals(ext.path("url").asText())) {
            String l = null;
            String content = null;
            for (JsonNode part : ext.path("extension")) {
              if (part.path("url").asText().equals("lang")) {
                l = part.path("valueCode").asText();
              } else if (part.path("url").asText().equals("content")) {
                content = part.path("valueMarkdown").asText();
              }
            }
            if (lang.equals(l) && content != null) {
              return content;
            }
          }
        }
      }
      return title.asText();
    }
  }

  private static JsonNode read(ObjectMapper json, String file) {
    try (InputStream in = ModelPackage.class.getClassLoader().getResourceAsStream(ROOT + file)) {
      if (in == null) {
        throw new IllegalStateException(
            "The model package is not on the classpath (missing " + ROOT + file + ")");
      }
      return json.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + ROOT + file, e);
    }
  }
}
