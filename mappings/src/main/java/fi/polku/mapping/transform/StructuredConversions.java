package fi.polku.mapping.transform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.mapping.codes.MappingCodes;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Conversions that build FHIR structures: identifiers, references by identifier, and the shapes of
 * KOSKI documents (code values {@code koodiarvo/koodistoUri}, texts in several languages, extents).
 */
final class StructuredConversions {

  /** Base of the national code lists' URIs (koodisto). */
  static final String KOODISTO = "https://virkailija.opintopolku.fi/koodisto-service/rest/codes/";

  static final String IDENTIFIER_TYPE = "https://polku.fi/fhir/CodeSystem/identifier-type";

  private StructuredConversions() {}

  /** An Identifier with {@code system}, {@code use} and the Polku identifier type. */
  static Conversion identifier(String system, String use, String type) {
    return (raw, f, ctx) -> {
      String v = Values.text(raw);
      if (v == null) {
        return null;
      }
      return identifier(system, use, type, v.trim());
    };
  }

  static ObjectNode identifier(String system, String use, String type, String value) {
    ObjectNode id = Shapes.NODES.objectNode();
    if (use != null) {
      id.put("use", use);
    }
    if (type != null) {
      id.putObject("type")
          .putArray("coding")
          .addObject()
          .put("system", IDENTIFIER_TYPE)
          .put("code", type);
    }
    id.put("system", system);
    id.put("value", value);
    return id;
  }

  /** A conditional reference {@code Type?identifier=system|value}. */
  static Conversion referenceByIdentifier(String type, String system) {
    return (raw, f, ctx) -> {
      String v = Values.text(raw);
      if (v == null) {
        return null;
      }
      return reference(condition(type, system, v.trim()));
    };
  }

  static ObjectNode reference(String condition) {
    ObjectNode r = Shapes.NODES.objectNode();
    r.put("reference", condition);
    return r;
  }

  /** {@code Type?identifier=<system>|<value>}, URL-encoded as the hub expects. */
  static String condition(String type, String system, String value) {
    return Conditions.conditionalUrl(type, system, value);
  }

  /**
   * A KOSKI code value ({@code {koodiarvo, koodistoUri, nimi, koodistoVersio}}); a code without
   * {@code koodistoUri} is a local code of {@code localSystem}.
   */
  static Conversion koodi(String localSystem) {
    return (raw, f, ctx) -> {
      if (!(raw instanceof JsonNode n) || !n.isObject() || !n.hasNonNull("koodiarvo")) {
        return wrongType(raw, f, ctx, "a code value {koodiarvo, koodistoUri}");
      }
      String uri = n.path("koodistoUri").asText(null);
      String system = uri != null ? KOODISTO + uri : localSystem;
      String display = localizedText(n.get("nimi"));
      String version = n.hasNonNull("koodistoVersio") ? n.get("koodistoVersio").asText() : null;
      return new Coded(system, n.get("koodiarvo").asText(), display, version, Map.of());
    };
  }

  /** A KOSKI text in several languages ({@code {fi, sv, en}}), or a plain string. */
  static Conversion lokalisoitu() {
    return (raw, f, ctx) -> {
      if (raw instanceof JsonNode n && n.isTextual()) {
        return new Localized(n.asText(), null, Map.of());
      }
      if (!(raw instanceof JsonNode n) || !n.isObject()) {
        return wrongType(raw, f, ctx, "a text {fi, sv, en}");
      }
      String main = null;
      String mainLanguage = null;
      Map<String, String> other = new LinkedHashMap<>();
      for (String lang : new String[] {"fi", "sv", "en"}) {
        String t = n.path(lang).asText(null);
        if (t == null || t.isEmpty()) {
          continue;
        }
        if (main == null) {
          main = t;
          mainLanguage = lang;
        } else {
          other.put(lang, t);
        }
      }
      if (main == null) {
        return null;
      }
      return new Localized(main, "fi".equals(mainLanguage) ? null : mainLanguage, other);
    };
  }

  /** A KOSKI extent ({@code {arvo, yksikkö}}) as a Quantity. */
  static Conversion laajuus() {
    return (raw, f, ctx) -> {
      if (!(raw instanceof JsonNode n) || !n.isObject() || !n.path("arvo").isNumber()) {
        return wrongType(raw, f, ctx, "an extent {arvo, yksikkö}");
      }
      ObjectNode q = Shapes.NODES.objectNode();
      q.set("value", n.get("arvo"));
      JsonNode unit = n.get("yksikkö");
      if (unit != null && unit.isObject()) {
        String name = localizedText(unit.get("nimi"));
        if (name == null) {
          name = localizedText(unit.get("lyhytNimi"));
        }
        if (name != null) {
          q.put("unit", name);
        }
        if (unit.hasNonNull("koodistoUri")) {
          q.put("system", KOODISTO + unit.get("koodistoUri").asText());
        }
        if (unit.hasNonNull("koodiarvo")) {
          q.put("code", unit.get("koodiarvo").asText());
        }
      }
      return q;
    };
  }

  /** The first of fi, sv, en of a KOSKI text, or the text itself. */
  static String localizedText(JsonNode n) {
    if (n == null || n.isNull() || n.isMissingNode()) {
      return null;
    }
    if (n.isTextual()) {
      return n.asText();
    }
    for (String lang : new String[] {"fi", "sv", "en"}) {
      String t = n.path(lang).asText(null);
      if (t != null && !t.isEmpty()) {
        return t;
      }
    }
    return null;
  }

  private static Object wrongType(Object raw, FieldInfo f, RowContext ctx, String expected) {
    ctx.fail(
        MappingCodes.WRONG_VALUE_TYPE,
        f.column(),
        Map.of("column", f.column(), "expected", expected, "actual", Values.kind(raw)));
    return null;
  }
}
