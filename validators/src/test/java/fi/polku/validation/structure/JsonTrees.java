package fi.polku.validation.structure;

import com.fasterxml.jackson.databind.JsonNode;
import fi.polku.validation.parse.InputLimits;
import fi.polku.validation.parse.JsonObject;
import fi.polku.validation.parse.SafeJsonReader;
import java.nio.charset.StandardCharsets;

/** Test helper: JSON text or Jackson trees as the engine's own tree. */
final class JsonTrees {

  private static final SafeJsonReader READER = new SafeJsonReader(InputLimits.DEFAULT);

  private JsonTrees() {}

  static JsonObject parse(String json) {
    return (JsonObject) READER.read(json.getBytes(StandardCharsets.UTF_8)).value();
  }

  static JsonObject object(JsonNode node) {
    return parse(node.toString());
  }
}
