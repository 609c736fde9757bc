package fi.polku.mapping.spec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.Map;

/**
 * A YAML document read into a Jackson tree, remembering the line and column of every key and value
 * so that problems found later (an unknown column, a misspelt element) can name the exact place.
 * Duplicate keys are an error: YAML parsers usually keep the last one silently, which hides
 * mistakes.
 */
final class LocatedYaml {

  private static final YAMLFactory FACTORY = new YAMLFactory();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final String file;
  private final JsonNode root;
  private final Map<String, Loc> locations;

  private LocatedYaml(String file, JsonNode root, Map<String, Loc> locations) {
    this.file = file;
    this.root = root;
    this.locations = locations;
  }

  /** Reads one YAML document; syntax errors become a {@link SpecException} with the location. */
  static LocatedYaml read(String file, Reader reader) {
    Map<String, Loc> locations = new HashMap<>();
    try (JsonParser p = FACTORY.createParser(reader)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        throw new SpecException(new Loc(file, 1, 1, ""), "the file is empty");
      }
      JsonNode root = new Builder(file, p, locations).value("");
      return new LocatedYaml(file, root, locations);
    } catch (JsonProcessingException e) {
      JsonLocation l = e.getLocation();
      throw new SpecException(
          new Loc(file, l == null ? 0 : l.getLineNr(), l == null ? 0 : l.getColumnNr(), ""),
          "not valid YAML: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new SpecException(Loc.of(file, ""), "cannot be read: " + e.getMessage());
    }
  }

  String file() {
    return file;
  }

  JsonNode root() {
    return root;
  }

  /** The location of the value at {@code path}, or the nearest known enclosing location. */
  Loc at(String path) {
    String p = path;
    while (true) {
      Loc l = locations.get(p);
      if (l != null) {
        return new Loc(file, l.line(), l.column(), path);
      }
      if (p.isEmpty()) {
        return new Loc(file, 0, 0, path);
      }
      int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      p = cut <= 0 ? "" : p.substring(0, cut);
    }
  }

  /** Builds the tree from the token stream; the parser is positioned on a value's first token. */
  private record Builder(String file, JsonParser p, Map<String, Loc> locations) {

    JsonNode value(String path) throws IOException {
      JsonLocation start = p.currentTokenLocation();
      locations.putIfAbsent(path, new Loc(file, start.getLineNr(), start.getColumnNr(), path));
      JsonToken t = p.currentToken();
      return switch (t) {
        case START_OBJECT -> object(path);
        case START_ARRAY -> array(path);
        case VALUE_STRING -> NODES.textNode(p.getText());
        case VALUE_NUMBER_INT -> NODES.numberNode(p.getLongValue());
        case VALUE_NUMBER_FLOAT -> NODES.numberNode(p.getDecimalValue());
        case VALUE_TRUE -> NODES.booleanNode(true);
        case VALUE_FALSE -> NODES.booleanNode(false);
        case VALUE_NULL -> NODES.nullNode();
        default ->
            throw new SpecException(
                new Loc(file, start.getLineNr(), start.getColumnNr(), path),
                "unexpected YAML content " + t);
      };
    }

    private ObjectNode object(String path) throws IOException {
      ObjectNode o = NODES.objectNode();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        JsonLocation keyLoc = p.currentTokenLocation();
        String child = Loc.join(path, key);
        if (o.has(key)) {
          throw new SpecException(
              new Loc(file, keyLoc.getLineNr(), keyLoc.getColumnNr(), child),
              "the key '" + key + "' is given twice");
        }
        locations.put(child, new Loc(file, keyLoc.getLineNr(), keyLoc.getColumnNr(), child));
        p.nextToken();
        o.set(key, value(child));
      }
      return o;
    }

    private ArrayNode array(String path) throws IOException {
      ArrayNode a = NODES.arrayNode();
      int i = 0;
      while (p.nextToken() != JsonToken.END_ARRAY) {
        a.add(value(path + "[" + i++ + "]"));
      }
      return a;
    }
  }
}
