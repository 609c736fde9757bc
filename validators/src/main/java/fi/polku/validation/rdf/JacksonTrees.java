package fi.polku.validation.rdf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import fi.polku.validation.parse.JsonArray;
import fi.polku.validation.parse.JsonBoolean;
import fi.polku.validation.parse.JsonNull;
import fi.polku.validation.parse.JsonNumber;
import fi.polku.validation.parse.JsonObject;
import fi.polku.validation.parse.JsonString;
import fi.polku.validation.parse.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;

/**
 * Turns a tree read by {@link fi.polku.validation.parse.SafeJsonReader} into the Jackson tree that
 * {@link RecordProjector#parse(byte[])} reads from the same JSON, so that a body the structural
 * validator has read need not be read again for the business rules. The nodes are those Jackson's
 * tree reader makes with the projector's settings: an integer is an {@link IntNode}, a {@link
 * LongNode} or a {@link BigIntegerNode}, whichever is the smallest it fits in, and a number with a
 * fraction or exponent is a {@link DecimalNode} of its exact text (trailing zeros kept).
 */
final class JacksonTrees {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JacksonTrees() {}

  static ObjectNode object(JsonObject object) {
    ObjectNode out = NODES.objectNode();
    for (Map.Entry<String, JsonValue> m : object.members().entrySet()) {
      out.set(m.getKey(), node(m.getValue()));
    }
    return out;
  }

  private static JsonNode node(JsonValue value) {
    if (value instanceof JsonObject o) {
      return object(o);
    }
    if (value instanceof JsonArray a) {
      ArrayNode out = NODES.arrayNode(a.size());
      a.items().forEach(v -> out.add(node(v)));
      return out;
    }
    if (value instanceof JsonString s) {
      return TextNode.valueOf(s.value());
    }
    if (value instanceof JsonNumber n) {
      return number(n.text());
    }
    if (value instanceof JsonBoolean b) {
      return BooleanNode.valueOf(b == JsonBoolean.TRUE);
    }
    if (value instanceof JsonNull) {
      return NullNode.getInstance();
    }
    throw new IllegalArgumentException("Not a JSON value: " + value);
  }

  /** As Jackson reads a number token with {@code USE_BIG_DECIMAL_FOR_FLOATS}. */
  private static JsonNode number(String text) {
    if (text.indexOf('.') >= 0 || text.indexOf('e') >= 0 || text.indexOf('E') >= 0) {
      return DecimalNode.valueOf(new BigDecimal(text));
    }
    if (text.length() <= 9) {
      return IntNode.valueOf(Integer.parseInt(text));
    }
    BigInteger integer = new BigInteger(text);
    if (integer.bitLength() < Integer.SIZE) {
      return IntNode.valueOf(integer.intValue());
    }
    if (integer.bitLength() < Long.SIZE) {
      return LongNode.valueOf(integer.longValue());
    }
    return BigIntegerNode.valueOf(integer);
  }
}
