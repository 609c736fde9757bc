package fi.polku.mapping.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.mapping.spec.FieldSpec;

/**
 * The inverse of each value conversion of the spec format ({@code as:}): a stored FHIR value back
 * to the source's form. Each inverse gives back what its conversion kept, no more: a code's name in
 * other languages, for example, was never stored (see docs/mappings.md, "Export").
 */
final class ValueInverse {

  /** Base of the national code lists' URIs, as the inbound {@code koodi} conversion writes it. */
  static final String KOODISTO = "https://virkailija.opintopolku.fi/koodisto-service/rest/codes/";

  static final String TRANSLATION = "http://hl7.org/fhir/StructureDefinition/translation";

  static final String LANGUAGE = "http://hl7.org/fhir/StructureDefinition/language";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ValueInverse() {}

  /**
   * The source value of {@code value} (stored at the field's target), or null when the field's
   * conversion cannot be inverted or the value does not have the expected shape.
   *
   * @param companion the {@code _element} companion holding translations, or null
   */
  static JsonNode invert(FieldSpec f, JsonNode value, JsonNode companion, ReferenceResolver refs) {
    String as = f.as() == null ? "string" : f.as();
    return switch (as) {
      case "koodi" -> koodi(value, f.system());
      case "lokalisoitu" -> lokalisoitu(value, companion);
      case "laajuus" -> laajuus(value);
      case "identifier" -> value.isObject() ? value.get("value") : null;
      case "reference" -> refs.identifierOf(value, f.target(), f.system());
      case "code" -> code(value);
      case "boolean", "date", "decimal", "integer", "dateTime", "time" ->
          value.isValueNode() ? value : null;
      case "string", "text" -> value.isValueNode() ? NODES.textNode(value.asText()) : null;
      default -> null;
    };
  }

  /** A Coding or CodeableConcept as a KOSKI code value {@code {koodiarvo, koodistoUri, ...}}. */
  static JsonNode koodi(JsonNode value, String localSystem) {
    JsonNode coding = coding(value);
    if (coding == null || !coding.hasNonNull("code")) {
      return null;
    }
    ObjectNode k = NODES.objectNode();
    k.put("koodiarvo", coding.get("code").asText());
    String system = coding.path("system").asText(null);
    if (system != null && system.startsWith(KOODISTO)) {
      k.put("koodistoUri", system.substring(KOODISTO.length()));
    } else if (system != null && !system.equals(localSystem)) {
      // A code of some other system than the local one: keep the system, KOSKI has no place else.
      k.put("koodistoUri", system);
    }
    if (coding.hasNonNull("display")) {
      // The display is the first of the name's languages; which one is not stored.
      k.putObject("nimi").put("fi", coding.get("display").asText());
    }
    if (coding.hasNonNull("version")) {
      String v = coding.get("version").asText();
      if (v.matches("[0-9]{1,9}")) {
        k.put("koodistoVersio", Integer.parseInt(v));
      } else {
        k.put("koodistoVersio", v);
      }
    }
    return k;
  }

  private static JsonNode coding(JsonNode value) {
    if (value == null || !value.isObject()) {
      return null;
    }
    if (value.has("coding")) {
      JsonNode c = value.get("coding");
      return c.isArray() && !c.isEmpty() ? c.get(0) : null;
    }
    return value;
  }

  private static JsonNode code(JsonNode value) {
    if (value.isValueNode()) {
      return NODES.textNode(value.asText());
    }
    JsonNode c = coding(value);
    return c == null || !c.hasNonNull("code") ? null : NODES.textNode(c.get("code").asText());
  }

  /**
   * A text and its translations as a KOSKI text {@code {fi, sv, en}}. The stored text is Finnish
   * unless its element carries the {@code language} extension (the inbound conversion writes it
   * when the source had no Finnish).
   */
  static JsonNode lokalisoitu(JsonNode value, JsonNode companion) {
    String text =
        value.isTextual() ? value.asText() : value.isObject() ? value.path("text").asText() : null;
    if (text == null || text.isEmpty()) {
      return null;
    }
    ObjectNode t = NODES.objectNode();
    String language = "fi";
    for (JsonNode e : companion == null ? NODES.arrayNode() : companion.path("extension")) {
      if (LANGUAGE.equals(e.path("url").asText()) && e.hasNonNull("valueCode")) {
        language = e.get("valueCode").asText();
      }
    }
    t.put(language, text);
    if (companion != null) {
      for (JsonNode e : companion.path("extension")) {
        if (!TRANSLATION.equals(e.path("url").asText())) {
          continue;
        }
        String lang = null;
        String content = null;
        for (JsonNode part : e.path("extension")) {
          if ("lang".equals(part.path("url").asText())) {
            lang = part.path("valueCode").asText(null);
          } else if ("content".equals(part.path("url").asText())) {
            content = part.path("valueString").asText(null);
          }
        }
        if (lang != null && content != null) {
          t.put(lang, content);
        }
      }
    }
    return t;
  }

  /** A Quantity as a KOSKI extent {@code {arvo, yksikkö}}. */
  static JsonNode laajuus(JsonNode q) {
    if (!q.isObject() || !q.path("value").isNumber()) {
      return null;
    }
    ObjectNode l = NODES.objectNode();
    l.set("arvo", q.get("value"));
    if (q.hasNonNull("code") || q.hasNonNull("unit")) {
      ObjectNode unit = l.putObject("yksikkö");
      if (q.hasNonNull("code")) {
        unit.put("koodiarvo", q.get("code").asText());
      }
      String system = q.path("system").asText(null);
      if (system != null && system.startsWith(KOODISTO)) {
        unit.put("koodistoUri", system.substring(KOODISTO.length()));
      }
      if (q.hasNonNull("unit")) {
        unit.putObject("nimi").put("fi", q.get("unit").asText());
      }
    }
    return l;
  }
}
