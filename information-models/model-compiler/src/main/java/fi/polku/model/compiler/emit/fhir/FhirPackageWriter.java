package fi.polku.model.compiler.emit.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.model.compiler.ir.Model;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hl7.fhir.r5.model.CanonicalResource;
import org.hl7.fhir.r5.model.StructureDefinition;

/**
 * Writes the FHIR package in the NPM layout FHIR tools read: {@code package/package.json}, one JSON
 * file per resource, and {@code package/.index.json}.
 */
public final class FhirPackageWriter {

  /** Name of the package, as in {@code package.json}. */
  public static final String PACKAGE_NAME = "fi.polku.model";

  private final FhirContext fhir;
  private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** Creates a writer using {@code fhir} (R5) to serialise resources. */
  public FhirPackageWriter(FhirContext fhir) {
    this.fhir = fhir;
  }

  /**
   * Writes the package under {@code root} (creating {@code root/package/}).
   *
   * @return the package directory
   */
  public Path write(Model model, FhirArtifacts artifacts, Path root) throws IOException {
    Path dir = root.resolve("package");
    Files.createDirectories(dir);
    IParser parser = fhir.newJsonParser().setPrettyPrint(true);
    ArrayNode files = json.createArrayNode();
    for (CanonicalResource r : artifacts.all()) {
      String type = r.fhirType();
      String file = type + "-" + r.getIdPart() + ".json";
      Files.writeString(
          dir.resolve(file), parser.encodeResourceToString(r), StandardCharsets.UTF_8);
      ObjectNode entry = files.addObject();
      entry.put("filename", file);
      entry.put("resourceType", type);
      entry.put("id", r.getIdPart());
      entry.put("url", r.getUrl());
      entry.put("version", r.getVersion());
      if (r instanceof StructureDefinition sd) {
        entry.put("kind", sd.getKind().toCode());
        entry.put("type", sd.getType());
      }
    }
    ObjectNode index = json.createObjectNode();
    index.put("index-version", 1);
    index.set("files", files);
    json.writeValue(dir.resolve(".index.json").toFile(), index);
    json.writeValue(dir.resolve("package.json").toFile(), manifest(model));
    return dir;
  }

  private ObjectNode manifest(Model model) {
    ObjectNode m = json.createObjectNode();
    m.put("name", PACKAGE_NAME);
    m.put("version", model.version());
    m.put("description", model.title().preferred());
    m.put("canonical", model.canonicalBase());
    m.put("url", model.canonicalBase());
    m.put("author", "Polku");
    m.put("license", "EUPL-1.2");
    m.put("type", "fhir.ig");
    m.putArray("fhirVersions").add("5.0.0");
    m.putObject("dependencies").put("hl7.fhir.r5.core", "5.0.0");
    m.putArray("jurisdiction").add("urn:iso:std:iso:3166#FI");
    return m;
  }
}
