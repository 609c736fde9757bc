package fi.polku.hub.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.hub.problem.HubCodes;
import fi.polku.hub.problem.HubException;
import fi.polku.validation.api.Text;
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
      throw invalid(
          text(
              "sisältö ei ole JSONia ({why})",
              "innehållet är inte JSON ({why})",
              "the body is not JSON ({why})",
              "why",
              firstLine(e)),
          e);
    }
    if (root == null || !root.isArray()) {
      throw invalid(
          new Text(
              "sisällön on oltava muutosoperaatioiden JSON-taulukko",
              "innehållet ska vara en JSON-array av operationer",
              "the body must be a JSON array of operations"),
          null);
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
          throw conflict(
              o,
              resource,
              new Text(
                  "arvoa ei voi siirtää oman osansa sisään",
                  "ett värde kan inte flyttas in i en av sina egna delar",
                  "a value cannot be moved into one of its own children"));
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
              o,
              resource,
              text(
                  "kohdan {pointer} arvo ei ole odotettu",
                  "värdet vid {pointer} är inte det förväntade",
                  "the value at {pointer} is not the expected one",
                  "pointer",
                  pointer(o.path())));
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
          o,
          resource,
          text(
              "{pointer} on arvon sisällä, joka ei ole olio eikä taulukko",
              "{pointer} ligger i ett värde som varken är ett objekt eller en array",
              "{pointer} is inside a value that is neither object nor array",
              "pointer",
              pointer(path)));
    }
    return doc;
  }

  private static void remove(JsonNode doc, List<String> path, Operation o, String resource) {
    if (path.isEmpty()) {
      throw conflict(
          o,
          resource,
          new Text(
              "koko resurssia ei voi poistaa",
              "hela resursen kan inte tas bort",
              "the whole resource cannot be removed"));
    }
    JsonNode parent = get(doc, path.subList(0, path.size() - 1), o, resource);
    String last = path.get(path.size() - 1);
    if (parent instanceof ObjectNode obj && obj.has(last)) {
      obj.remove(last);
    } else if (parent instanceof ArrayNode arr) {
      arr.remove(index(last, arr.size(), o, resource, false));
    } else {
      throw conflict(o, resource, missing(pointer(path)));
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
        throw conflict(o, resource, missing(pointer(path.subList(0, i + 1))));
      }
      at = next;
    }
    return at;
  }

  /** An array index token: digits without leading zeros, below size (or equal, for an add). */
  private static int index(String token, int size, Operation o, String resource, boolean forAdd) {
    if (!token.matches("0|[1-9][0-9]{0,8}")) {
      throw conflict(
          o,
          resource,
          text(
              "'{token}' ei ole taulukon indeksi",
              "'{token}' är inte ett arrayindex",
              "'{token}' is not an array index",
              "token",
              token));
    }
    int i = Integer.parseInt(token);
    if (i > size || (!forAdd && i == size)) {
      throw conflict(
          o,
          resource,
          new Text(
                  "indeksi {index} on sallitun alueen ulkopuolella (taulukossa on {size} alkiota)",
                  "index {index} ligger utanför intervallet (arrayen har {size} element)",
                  "index {index} is out of range (the array has {size})")
              .format(Map.of("index", Integer.toString(i), "size", Integer.toString(size))));
    }
    return i;
  }

  private static Operation operation(int index, JsonNode node) {
    if (node == null || !node.isObject()) {
      throw invalid(
          numbered(
              index,
              new Text("ei ole JSON-olio", "är inte ett JSON-objekt", "is not a JSON object")),
          null);
    }
    JsonNode op = node.get("op");
    if (op == null || !op.isTextual() || !OPS.contains(op.asText())) {
      throw invalid(
          numbered(
              index,
              new Text(
                  "kentän 'op' on oltava add, remove, replace, move, copy tai test",
                  "'op' ska vara add, remove, replace, move, copy eller test",
                  "'op' must be one of add, remove, replace, move, copy, test")),
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
      throw invalid(
          numbered(
              index,
              text(
                  "({op}) tarvitsee kentän 'value'",
                  "({op}) behöver 'value'",
                  "({op}) needs a 'value'",
                  "op",
                  name)),
          null);
    }
    return new Operation(index, name, path, from, value);
  }

  /** Parses the JSON Pointer (RFC 6901) in {@code field} into its unescaped tokens. */
  private static List<String> pointer(int index, JsonNode node, String field) {
    JsonNode p = node.get(field);
    if (p == null || !p.isTextual()) {
      throw invalid(
          numbered(
              index,
              text(
                  "tarvitsee kentän '{field}', JSON Pointer -merkkijonon",
                  "behöver '{field}', en JSON Pointer-sträng",
                  "needs '{field}', a JSON Pointer string",
                  "field",
                  field)),
          null);
    }
    String text = p.asText();
    if (text.isEmpty()) {
      return List.of();
    }
    if (!text.startsWith("/")) {
      throw invalid(
          numbered(
              index,
              new Text(
                      "kentän '{field}' on oltava tyhjä tai alettava merkillä '/': {pointer}",
                      "'{field}' ska vara tom eller börja med '/': {pointer}",
                      "'{field}' must be empty or start with '/': {pointer}")
                  .format(Map.of("field", field, "pointer", text))),
          null);
    }
    List<String> tokens = new ArrayList<>();
    for (String raw : text.substring(1).split("/", -1)) {
      if (raw.matches(".*~([^01]|$).*")) {
        throw invalid(
            numbered(
                index,
                new Text(
                        "kentässä '{field}' on '~', jota ei seuraa 0 tai 1: {pointer}",
                        "'{field}' har ett '~' som inte följs av 0 eller 1: {pointer}",
                        "'{field}' has a '~' not followed by 0 or 1: {pointer}")
                    .format(Map.of("field", field, "pointer", text))),
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
    // The empty pointer (the whole document) is shown as such, the same in every language.
    return b.length() == 0 ? "\"\"" : b.toString();
  }

  private static boolean isPrefix(List<String> prefix, List<String> path) {
    return path.size() >= prefix.size() && path.subList(0, prefix.size()).equals(prefix);
  }

  private static HubException invalid(Text detail, Throwable cause) {
    return cause == null
        ? new HubException(HubCodes.INVALID_PATCH, Map.of(), Map.of("detail", detail))
        : new HubException(HubCodes.INVALID_PATCH, Map.of(), Map.of("detail", detail), cause);
  }

  private static HubException conflict(Operation o, String resource, Text detail) {
    return Patches.conflict(resource, o.index() + " (" + o.op() + ")", detail);
  }

  /** {@code detail} about operation {@code index}: {@code operation 2: ...}. */
  private static Text numbered(int index, Text detail) {
    String n = Integer.toString(index);
    return new Text(
        "operaatio " + n + ": " + detail.fi(),
        "operation " + n + ": " + detail.sv(),
        "operation " + n + ": " + detail.en());
  }

  private static Text missing(String pointer) {
    return text(
        "kohtaa {pointer} ei ole",
        "{pointer} finns inte",
        "{pointer} does not exist",
        "pointer",
        pointer);
  }

  /** A text with one placeholder {@code name} filled with {@code value} in every language. */
  private static Text text(String fi, String sv, String en, String name, String value) {
    return new Text(fi, sv, en).format(Map.of(name, value));
  }

  private static String firstLine(IOException e) {
    String m = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
  }
}
