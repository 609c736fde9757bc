package fi.polku.validation.structure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * An NPM-style FHIR package ({@code .tgz}) read in one pass, keeping only the files the engine
 * compiles from (StructureDefinitions, ValueSets, CodeSystems) and the package index. This is
 * several times faster than HAPI's package loader, which keeps and indexes every file.
 */
final class FhirPackage {

  private static final int BLOCK = 512;

  private final String name;
  private final Map<String, byte[]> files = new HashMap<>();
  private final Map<String, String> fileByUrl = new HashMap<>();
  private final List<String> extensionUrls = new ArrayList<>();

  private FhirPackage(String name) {
    this.name = name;
  }

  /** Reads the package at class-path resource {@code resource}. */
  static FhirPackage read(String resource) {
    FhirPackage p = new FhirPackage(resource);
    try (InputStream raw = FhirPackage.class.getResourceAsStream(resource)) {
      if (raw == null) {
        throw new IllegalStateException(
            "FHIR package "
                + resource
                + " is not on the class path"
                + " (hapi-fhir-validation-resources-r5)");
      }
      p.readTar(new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16));
      p.index(new ObjectMapper());
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read FHIR package " + resource, e);
    }
    return p;
  }

  /** The bytes of the resource with canonical {@code url}, or null. */
  byte[] resolve(String url) {
    String file = fileByUrl.get(url);
    return file == null ? null : files.get(file);
  }

  /** Canonical URLs of the package's extension definitions. */
  List<String> extensionUrls() {
    return extensionUrls;
  }

  @Override
  public String toString() {
    return name;
  }

  private void readTar(InputStream in) throws IOException {
    byte[] header = new byte[BLOCK];
    String longName = null;
    while (in.readNBytes(header, 0, BLOCK) == BLOCK && header[0] != 0) {
      long size = Long.parseLong(field(header, 124, 12).trim(), 8);
      char type = (char) header[156];
      String prefix = field(header, 345, 155);
      String file =
          longName != null
              ? longName
              : (prefix.isEmpty() ? "" : prefix + "/") + field(header, 0, 100);
      longName = null;
      if (type == 'x' || type == 'L') {
        byte[] data = in.readNBytes((int) size); // long name of the next entry
        longName = type == 'L' ? field(data, 0, data.length) : paxPath(data);
      } else if ((type == '0' || type == 0) && wanted(file)) {
        files.put(file.substring("package/".length()), in.readNBytes((int) size));
      } else {
        in.skipNBytes(size);
      }
      in.skipNBytes((BLOCK - size % BLOCK) % BLOCK);
    }
  }

  private static boolean wanted(String file) {
    if (!file.startsWith("package/") || file.indexOf('/', 8) >= 0) {
      return false; // only the package folder itself, not examples or other folders
    }
    String base = file.substring(8);
    return base.equals(".index.json")
        || base.startsWith("StructureDefinition-")
        || base.startsWith("ValueSet-")
        || base.startsWith("CodeSystem-");
  }

  private void index(ObjectMapper json) throws IOException {
    byte[] index = files.get(".index.json");
    if (index == null) {
      throw new IllegalStateException("FHIR package " + name + " has no .index.json");
    }
    for (JsonNode f : json.readTree(index).path("files")) {
      String url = f.path("url").asText(null);
      String file = f.path("filename").asText();
      if (url != null && files.containsKey(file)) {
        fileByUrl.putIfAbsent(url, file);
        if ("StructureDefinition".equals(f.path("resourceType").asText())
            && "Extension".equals(f.path("type").asText())
            && !url.equals(RuleCompiler.CORE_SD + "Extension")) {
          extensionUrls.add(url);
        }
      }
    }
  }

  /** The {@code path} record of a PAX extended header, or null. */
  private static String paxPath(byte[] pax) {
    String text = new String(pax, StandardCharsets.UTF_8);
    for (String line : text.split("\n")) {
      int eq = line.indexOf(" path=");
      if (eq >= 0) {
        return line.substring(eq + 6);
      }
    }
    return null;
  }

  private static String field(byte[] b, int offset, int length) {
    int end = offset;
    while (end < offset + length && end < b.length && b[end] != 0) {
      end++;
    }
    return new String(b, offset, end - offset, StandardCharsets.UTF_8);
  }
}
