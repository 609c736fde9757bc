package fi.polku.hub.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.hub.problem.HubCodes;
import fi.polku.hub.problem.HubException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A JSON Patch document (RFC 6902) and its application to a JSON document. Parsing checks the
 * document's shape (400 {@code POLKU-HUB-0115}); applying works on a copy and fails as a whole (409
 * {@code POLKU-HUB-0208}) when an operation does not fit the document: a path that does not exist,
 * an index out of range, a {@code test} that does not hold.
 */
public final class JsonPatch {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> OPS = Set.of("add", "remove", "replace", "move", "copy", "test");

  /**
   * JSON values compare as RFC 6902 says: numbers by their value ({@code 1} equals {@code 1.0}).
   */
  private static final Comparator<JsonNode> NUMERICALLY =
      (a, b) ->
          a.isNumber() && b.isNumber()
              ? a.decimalValue().compareTo(b.decimalValue())
              : a.equals(b) ? 0 : 1;

  /** One operation, its pointers parsed. */
  private record Operation(
      int index, String op, List<String> path, List<String> from, JsonNode value) {}

  private final List<Operation> operations;

  private JsonPatch(List<Operation> operations) {
    this.operations = operations;
  }

  /**
   * Parses a JSON Patch document.
   *
   * @throws HubException 400 {@code POLKU-HUB-0115} when it is not a JSON array of well-formed
   *     operations
   */
  public static JsonPatch parse(byte[] document) {
    JsonNode root;
    try {
      root = document == null || document.length == 0 ? null : JSON.readTree(document);
    } catch (IOException e) {
      throw invalid("the body is not JSON (" + firstLine(e) + ")", e);
    }
    if (root == null || !root.isArray()) {
      throw invalid("the body must be a JSON array of operations", null);
    }
    List<Operation> ops = new ArrayList<>();
    for (int i = 0; i < root.size(); i++) {
      ops.add(operation(i, root.get(i)));
    }
    return new JsonPatch(List.copyOf(ops));
  }

  /** How many operations the document has. */
  public int size() {
    return operations.size();
  }

  /**
   * Applies the operations in order to a copy of {@code target}.
   *
   * @param resource what the target is, for messages ({@code Learner/3})
   * @return the patched copy
   * @throws HubException 409 {@code POLKU-HUB-0208} when an operation does not fit
   */
  public JsonNode apply(JsonNode target, String resource) {
    JsonNode doc = target.deepCopy();
    for (Operation o : operations) {
      doc = apply(doc, o, resource);
    }
    return doc;
  }

  private static JsonNode apply(JsonNode doc, Operation o, String resource) {
    switch (o.op()) {
      case "add" -> {
        return add(doc, o.path(), o.value().deepCopy(), o, resource);
      }
      case "remove" -> {
        remove(doc, o.path(), o, resource);
        return doc;
      }
      case "replace" -> {
        if (o.path().isEmpty()) {
          return o.value().deepCopy();
        }
        remove(doc, o.path(), o, resource);
        return add(doc, o.path(), o.value().deepCopy(), o, resource);
      }
      case "move" -> {
        if (isPrefix(o.from(), o.path()) && !o.from().equals(o.path())) {
          throw conflict(o, resource, "a value cannot be moved into one of its own children");
        }
        JsonNode moved = get(doc, o.from(), o, resource);
        remove(doc, o.from(), o, resource);
        return add(doc, o.path(), moved, o, resource);
      }
      case "copy" -> {
        return add(doc, o.path(), get(doc, o.from(), o, resource).deepCopy(), o, resource);
      }
      case "test" -> {
        if (!get(doc, o.path(), o, resource).equals(NUMERICALLY, o.value())) {
          throw conflict(
              o, resource, "the value at " + pointer(o.path()) + " is not the expected one");
        }
        return doc;
      }
      default -> throw new IllegalStateException("operation checked when parsed: " + o.op());
    }
  }

  private static JsonNode add(
      JsonNode doc, List<String> path, JsonNode value, Operation o, String resource) {
    if (path.isEmpty()) {
      return value;
    }
    JsonNode parent = get(doc, path.subList(0, path.size() - 1), o, resource);
    String last = path.get(path.size() - 1);
    if (parent instanceof ObjectNode obj) {
      obj.set(last, value);
    } else if (parent instanceof ArrayNode arr) {
      int at = last.equals("-") ? arr.size() : index(last, arr.size(), o, resource, true);
      arr.insert(at, value);
    } else {
      throw conflict(
          o, resource, pointer(path) + " is inside a value that is neither object nor array");
    }
    return doc;
  }

  private static void remove(JsonNode doc, List<String> path, Operation o, String resource) {
    if (path.isEmpty()) {
      throw conflict(o, resource, "the whole resource cannot be removed");
    }
    JsonNode parent = get(doc, path.subList(0, path.size() - 1), o, resource);
    String last = path.get(path.size() - 1);
    if (parent instanceof ObjectNode obj && obj.has(last)) {
      obj.remove(last);
    } else if (parent instanceof ArrayNode arr) {
      arr.remove(index(last, arr.size(), o, resource, false));
    } else {
      throw conflict(o, resource, pointer(path) + " does not exist");
    }
  }

  private static JsonNode get(JsonNode doc, List<String> path, Operation o, String resource) {
    JsonNode at = doc;
    for (int i = 0; i < path.size(); i++) {
      String token = path.get(i);
      JsonNode next = null;
      if (at instanceof ObjectNode obj) {
        next = obj.get(token);
      } else if (at instanceof ArrayNode arr) {
        next = arr.get(index(token, arr.size(), o, resource, false));
      }
      if (next == null) {
        throw conflict(o, resource, pointer(path.subList(0, i + 1)) + " does not exist");
      }
      at = next;
    }
    return at;
  }

  /** An array index token: digits without leading zeros, below size (or equal, for an add). */
  private static int index(String token, int size, Operation o, String resource, boolean forAdd) {
    if (!token.matches("0|[1-9][0-9]{0,8}")) {
      throw conflict(o, resource, "'" + token + "' is not an array index");
    }
    int i = Integer.parseInt(token);
    if (i > size || (!forAdd && i == size)) {
      throw conflict(o, resource, "index " + i + " is out of range (the array has " + size + ")");
    }
    return i;
  }

  private static Operation operation(int index, JsonNode node) {
    if (node == null || !node.isObject()) {
      throw invalid("operation " + index + " is not a JSON object", null);
    }
    JsonNode op = node.get("op");
    if (op == null || !op.isTextual() || !OPS.contains(op.asText())) {
      throw invalid(
          "operation " + index + ": 'op' must be one of add, remove, replace, move, copy, test",
          null);
    }
    String name = op.asText();
    List<String> path = pointer(index, node, "path");
    List<String> from = null;
    if (name.equals("move") || name.equals("copy")) {
      from = pointer(index, node, "from");
    }
    JsonNode value = node.get("value");
    boolean needsValue = name.equals("add") || name.equals("replace") || name.equals("test");
    if (needsValue && value == null) {
      throw invalid("operation " + index + " (" + name + ") needs a 'value'", null);
    }
    return new Operation(index, name, path, from, value);
  }

  /** Parses the JSON Pointer (RFC 6901) in {@code field} into its unescaped tokens. */
  private static List<String> pointer(int index, JsonNode node, String field) {
    JsonNode p = node.get(field);
    if (p == null || !p.isTextual()) {
      throw invalid("operation " + index + " needs '" + field + "', a JSON Pointer string", null);
    }
    String text = p.asText();
    if (text.isEmpty()) {
      return List.of();
    }
    if (!text.startsWith("/")) {
      throw invalid(
          "operation " + index + ": '" + field + "' must be empty or start with '/': " + text,
          null);
    }
    List<String> tokens = new ArrayList<>();
    for (String raw : text.substring(1).split("/", -1)) {
      if (raw.matches(".*~([^01]|$).*")) {
        throw invalid(
            "operation " + index + ": '" + field + "' has a '~' not followed by 0 or 1: " + text,
            null);
      }
      tokens.add(raw.replace("~1", "/").replace("~0", "~"));
    }
    return List.copyOf(tokens);
  }

  private static String pointer(List<String> tokens) {
    StringBuilder b = new StringBuilder();
    for (String t : tokens) {
      b.append('/').append(t.replace("~", "~0").replace("/", "~1"));
    }
    return b.length() == 0 ? "the document" : b.toString();
  }

  private static boolean isPrefix(List<String> prefix, List<String> path) {
    return path.size() >= prefix.size() && path.subList(0, prefix.size()).equals(prefix);
  }

  private static HubException invalid(String detail, Throwable cause) {
    return cause == null
        ? new HubException(HubCodes.INVALID_PATCH, Map.of("detail", detail))
        : new HubException(HubCodes.INVALID_PATCH, Map.of("detail", detail), cause);
  }

  private static HubException conflict(Operation o, String resource, String detail) {
    return new HubException(
        HubCodes.PATCH_CONFLICT,
        Map.of(
            "resource",
            resource,
            "detail",
            "operation " + o.index() + " (" + o.op() + "): " + detail));
  }

  private static String firstLine(IOException e) {
    String m = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
  }
}
