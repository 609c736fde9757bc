package fi.polku.validation.structure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Variants of valid resources meant to break (or nearly break) the model's invariants: values that
 * invariants compare are swapped, dropped, shifted and given other precisions; booleans are
 * flipped; numbers move across the invariants' limits; codes the invariants look for are put in;
 * identifiers are duplicated and given malformed values; members of other instances of the same
 * type are merged in. Generic, so that new invariants are exercised without new code here.
 */
final class InvariantMutations {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final List<String> CODES =
      List.of(
          "unjustified",
          "leave-granted",
          "valmistunut",
          "eronnut",
          "KESKEN",
          "4",
          "H",
          "special",
          "9",
          "lasna");

  private static final List<String> NUMBERS =
      List.of("-1", "0", "-0.0", "1.5", "24", "25", "168", "169", "1000");

  private static final List<String> DATES =
      List.of(
          "2019",
          "2019-08",
          "2019-08-01",
          "2030-12-31",
          "2024-01-01T10:00:00+02:00",
          "2024-01-01T10:00:00Z",
          "2024-01-01T10:00:00",
          "2024-01-01T10:00:00.250+02:00",
          "2025-09-12T05:00:00Z",
          "2025-09-12T08:00:00+03:00");

  private static final List<String> TEXTS =
      List.of(
          "1.2.246.562.10.12345678901",
          "1.2.246.562.10.x",
          "1234567-8",
          "123456-7",
          "12345",
          "1234",
          "1234567",
          "2024-2025",
          "2024-2026",
          "2024/2025",
          "0998-0999",
          "2024-2025\n",
          "12345\n",
          "010190-900A",
          "Aino",
          "Ei Kukaan");

  /** Identifier systems the invariants single out. */
  private static final List<String> SYSTEMS =
      List.of(
          "urn:oid:1.2.246.21",
          "urn:oid:1.2.246.562.10",
          "urn:oid:1.2.246.562.24",
          "https://polku.fi/fhir/sid/business-id",
          "https://polku.fi/fhir/sid/school-number",
          "https://polku.fi/fhir/sid/unit-code");

  /** Text fields whose values invariants test (other texts only get the generic variants). */
  private static final java.util.Set<String> TESTED_TEXTS =
      java.util.Set.of("value", "schoolYear", "callingName", "family");

  private InvariantMutations() {}

  /**
   * Passes each variant of {@code base} (valid JSON of one resource), and those merging {@code
   * peers}, to {@code out} (one at a time: there are many).
   */
  static void forEach(String base, List<String> peers, Consumer<String> out) {
    JsonNode root = read(base);
    List<JsonNode> nodes = new ArrayList<>();
    collect(root, nodes);
    for (int i = 0; i < nodes.size(); i++) {
      int at = i;
      JsonNode node = nodes.get(i);
      if (node instanceof ObjectNode o) {
        if (o.has("start") && o.has("end")) {
          variant(root, at, out, n -> swap((ObjectNode) n, "start", "end"));
        }
        if (o.has("system") && o.has("value")) {
          for (String system : SYSTEMS) {
            variant(root, at, out, n -> ((ObjectNode) n).put("system", system));
          }
        }
        if (o.has("startTime") && o.has("endTime")) {
          variant(root, at, out, n -> swap((ObjectNode) n, "startTime", "endTime"));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> m = it.next();
          String name = m.getKey();
          JsonNode v = m.getValue();
          if (name.equals("resourceType")) {
            continue;
          }
          variant(root, at, out, n -> ((ObjectNode) n).remove(name));
          if (v.isBoolean()) {
            variant(root, at, out, n -> ((ObjectNode) n).put(name, !v.booleanValue()));
          } else if (v.isNumber()) {
            for (String number : NUMBERS) {
              variant(root, at, out, n -> ((ObjectNode) n).set(name, number(number)));
            }
          } else if (v.isTextual()) {
            textVariants(root, at, out, name, v.textValue());
          } else if (v.isArray() && v.size() > 0) {
            variant(
                root, at, out, n -> ((ArrayNode) n.get(name)).add(n.get(name).get(0).deepCopy()));
            variant(root, at, out, n -> ((ArrayNode) n.get(name)).remove(0));
          }
        }
      }
    }
    for (String peer : peers) {
      JsonNode other = read(peer);
      ObjectNode merged = (ObjectNode) root.deepCopy();
      other
          .fields()
          .forEachRemaining(
              m -> {
                if (!merged.has(m.getKey())) {
                  merged.set(m.getKey(), m.getValue().deepCopy());
                }
              });
      out.accept(merged.toString());
    }
  }

  private static void textVariants(
      JsonNode root, int at, Consumer<String> out, String name, String value) {
    if (name.equals("code")) {
      for (String code : CODES) {
        variant(root, at, out, n -> ((ObjectNode) n).put(name, code));
      }
    } else if (value.matches("[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?(T.*)?")) {
      for (String date : DATES) {
        variant(root, at, out, n -> ((ObjectNode) n).put(name, date));
      }
    } else if (value.matches("[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?")) {
      for (String time : List.of("00:00:00", "23:59:59", "12:00:00.5", value)) {
        variant(root, at, out, n -> ((ObjectNode) n).put(name, time));
      }
    } else if (TESTED_TEXTS.contains(name)) {
      for (String text : TEXTS) {
        variant(root, at, out, n -> ((ObjectNode) n).put(name, text));
      }
    }
  }

  /** Adds the text of a copy of {@code root} whose {@code at}th node is changed by {@code edit}. */
  private static void variant(
      JsonNode root, int at, Consumer<String> out, Consumer<JsonNode> edit) {
    JsonNode copy = root.deepCopy();
    List<JsonNode> nodes = new ArrayList<>();
    collect(copy, nodes);
    edit.accept(nodes.get(at));
    out.accept(copy.toString());
  }

  private static void swap(ObjectNode o, String a, String b) {
    JsonNode first = o.get(a);
    o.set(a, o.get(b));
    o.set(b, first);
  }

  private static JsonNode number(String text) {
    try {
      return JSON.readTree(text);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode read(String text) {
    try {
      return JSON.readTree(text);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every object in the tree, depth first in document order. */
  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node.isObject()) {
      out.add(node);
      node.elements().forEachRemaining(c -> collect(c, out));
    } else if (node.isArray()) {
      node.elements().forEachRemaining(c -> collect(c, out));
    }
  }
}
