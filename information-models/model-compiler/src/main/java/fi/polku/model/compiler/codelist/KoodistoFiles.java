package fi.polku.model.compiler.codelist;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.model.compiler.ir.LocalizedText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parses the two JSON files of one koodisto snapshot (the list header in {@code koodistot/} and the
 * codes in {@code koodit/}) into plain records, failing with a {@link CodeListReadException} that
 * names the file when a file is missing or does not have the expected shape.
 */
final class KoodistoFiles {

  /** The three relation kinds of the code service, with their JSON field names. */
  enum RelationKind {
    INCLUDES("includesCodeElements", "includesCodes", ConceptProperties.INCLUDES),
    WITHIN("withinCodeElements", "withinCodes", ConceptProperties.WITHIN),
    LEVELS_WITH("levelsWithCodeElements", "levelsWithCodes", ConceptProperties.LEVELS_WITH);

    final String codeField;
    final String headerField;
    final String propertyCode;

    RelationKind(String codeField, String headerField, String propertyCode) {
      this.codeField = codeField;
      this.headerField = headerField;
      this.propertyCode = propertyCode;
    }
  }

  /** A relation of a code to a code element, as {@code <koodisto>_<code>} (its koodiUri). */
  record Relation(String uri, int version, boolean passive) {

    /** The koodisto part of the related element's URI, e.g. {@code maakunta}. */
    String koodisto() {
      int i = uri.lastIndexOf('_');
      return i < 0 ? uri : uri.substring(0, i);
    }

    /** The part after the koodisto prefix, e.g. {@code 04} for {@code maakunta_04}. */
    String suffix() {
      return uri.substring(uri.lastIndexOf('_') + 1);
    }
  }

  /** The header of a code list. */
  record Header(
      String koodistoUri,
      String resourceUri,
      String version,
      String validFrom,
      String validTo,
      String updated,
      LocalizedText title,
      LocalizedText description) {}

  /** One code of a code list. */
  record Code(
      String value,
      String uri,
      String version,
      LocalizedText name,
      String validFrom,
      String validTo,
      Map<RelationKind, List<Relation>> relations) {

    /** The relations of a kind that the code service has not marked passive. */
    List<Relation> active(RelationKind kind) {
      return relations.get(kind).stream().filter(r -> !r.passive()).toList();
    }
  }

  private KoodistoFiles() {}

  /** Reads a list header from {@code koodistot/<id>.json}. */
  static Header readHeader(ObjectMapper mapper, Path file) {
    JsonNode root = readJson(mapper, file);
    if (!root.isObject()) {
      throw new CodeListReadException(file, "expected a JSON object (a code list header)");
    }
    return new Header(
        requiredText(root, "koodistoUri", file, "the header"),
        requiredText(root, "resourceUri", file, "the header"),
        requiredScalar(root, "versio", file, "the header"),
        date(root, "voimassaAlkuPvm", file),
        date(root, "voimassaLoppuPvm", file),
        date(root, "paivitysPvm", file),
        texts(root.path("metadata"), "nimi"),
        texts(root.path("metadata"), "kuvaus"));
  }

  /** Reads the codes of a list from {@code koodit/<id>.json}, in file order. */
  static List<Code> readCodes(ObjectMapper mapper, Path file) {
    JsonNode root = readJson(mapper, file);
    if (!root.isArray()) {
      throw new CodeListReadException(file, "expected a JSON array of codes");
    }
    List<Code> codes = new ArrayList<>();
    for (int i = 0; i < root.size(); i++) {
      JsonNode node = root.get(i);
      String where = "code #" + (i + 1) + " (koodiUri " + node.path("koodiUri").asText("?") + ")";
      if (!node.isObject()) {
        throw new CodeListReadException(file, where + " is not a JSON object");
      }
      Map<RelationKind, List<Relation>> relations = new EnumMap<>(RelationKind.class);
      for (RelationKind kind : RelationKind.values()) {
        relations.put(kind, relations(node.path(kind.codeField), file, where));
      }
      codes.add(
          new Code(
              requiredText(node, "koodiArvo", file, where),
              requiredText(node, "koodiUri", file, where),
              optionalScalar(node, "versio"),
              texts(node.path("metadata"), "nimi"),
              date(node, "voimassaAlkuPvm", file),
              date(node, "voimassaLoppuPvm", file),
              relations));
    }
    return codes;
  }

  private static JsonNode readJson(ObjectMapper mapper, Path file) {
    try {
      return mapper.readTree(Files.readString(file));
    } catch (NoSuchFileException e) {
      throw new CodeListReadException(file, "file is missing", e);
    } catch (JsonProcessingException e) {
      throw new CodeListReadException(file, "not valid JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new CodeListReadException(file, "cannot be read", e);
    }
  }

  private static List<Relation> relations(JsonNode array, Path file, String where) {
    if (array.isMissingNode() || array.isNull()) {
      return List.of();
    }
    if (!array.isArray()) {
      throw new CodeListReadException(file, where + ": relations must be a JSON array");
    }
    List<Relation> out = new ArrayList<>();
    for (JsonNode r : array) {
      out.add(
          new Relation(
              requiredText(r, "codeElementUri", file, where + ": a relation"),
              r.path("codeElementVersion").asInt(0),
              r.path("passive").asBoolean(false)));
    }
    return List.copyOf(out);
  }

  /**
   * The texts of one metadata field in fi/sv/en. Blank texts count as missing: the code service
   * stores "" as well as null for an absent translation.
   */
  private static LocalizedText texts(JsonNode metadata, String field) {
    LocalizedText text = LocalizedText.EMPTY;
    for (JsonNode m : metadata) {
      String lang = m.path("kieli").asText("").toLowerCase(Locale.ROOT);
      String value = trimmedOrNull(m.get(field));
      if (value != null && List.of("fi", "sv", "en").contains(lang) && text.get(lang) == null) {
        text = text.with(lang, value);
      }
    }
    return text;
  }

  private static String trimmedOrNull(JsonNode node) {
    if (node == null || !node.isTextual() || node.asText().isBlank()) {
      return null;
    }
    return node.asText().strip();
  }

  private static String requiredText(JsonNode node, String field, Path file, String where) {
    String value = trimmedOrNull(node.get(field));
    if (value == null) {
      throw new CodeListReadException(file, where + " has no " + field);
    }
    return value;
  }

  private static String requiredScalar(JsonNode node, String field, Path file, String where) {
    String value = optionalScalar(node, field);
    if (value == null) {
      throw new CodeListReadException(file, where + " has no " + field);
    }
    return value;
  }

  private static String optionalScalar(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isValueNode() || value.isNull() || value.asText().isBlank()) {
      return null;
    }
    return value.asText().strip();
  }

  private static String date(JsonNode node, String field, Path file) {
    String value = optionalScalar(node, field);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value).toString();
    } catch (DateTimeParseException e) {
      throw new CodeListReadException(file, field + " is not an ISO date: " + value, e);
    }
  }
}
