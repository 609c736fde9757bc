package fi.polku.hub.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import fi.polku.hub.problem.HubCodes;
import fi.polku.hub.problem.HubException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A keyset paging cursor: the sort values and the row id of the last hit of a page. The next page
 * is "everything after these values in this order", a range condition the index answers as fast for
 * the thousandth page as for the second, and which new or changed records cannot shift (an offset
 * would). Encoded as an opaque, URL-safe token.
 *
 * @param values the sort values of the last hit, one per sort key: a String, a Long or null (the
 *     hit has no value for that key)
 * @param pid the row id of the last hit
 * @param mark the change-feed mark of the first page (epoch milliseconds before which every change
 *     was visible when the search started); every page reports it, so a consumer that continues
 *     from it misses nothing committed while it paged
 */
public record Cursor(List<Object> values, long pid, long mark) {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String VERSION = "1";

  /** A cursor; {@code values} may hold nulls. */
  public Cursor {
    values = Collections.unmodifiableList(new ArrayList<>(values));
  }

  /** The token of this cursor. */
  public String encode() {
    ArrayNode a = JsonNodeFactory.instance.arrayNode();
    a.add(VERSION);
    a.add(pid);
    a.add(mark);
    for (Object v : values) {
      if (v == null) {
        a.addNull();
      } else if (v instanceof Long l) {
        a.add(l);
      } else {
        a.add(v.toString());
      }
    }
    byte[] bytes = a.toString().getBytes(StandardCharsets.UTF_8);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /**
   * The cursor of {@code token}.
   *
   * @param keys how many sort keys the search has: a token of another search is refused
   * @throws HubException 400 when the token is not one of this server's cursors
   */
  public static Cursor decode(String token, int keys) {
    try {
      JsonNode a = JSON.readTree(Base64.getUrlDecoder().decode(token));
      if (!a.isArray() || a.size() != keys + 3 || !VERSION.equals(a.get(0).asText())) {
        throw invalid();
      }
      if (!a.get(1).isIntegralNumber() || !a.get(2).isIntegralNumber()) {
        throw invalid();
      }
      List<Object> values = new ArrayList<>();
      for (int i = 3; i < a.size(); i++) {
        JsonNode v = a.get(i);
        values.add(v.isNull() ? null : v.isIntegralNumber() ? (Object) v.asLong() : v.asText());
      }
      return new Cursor(values, a.get(1).asLong(), a.get(2).asLong());
    } catch (IOException | IllegalArgumentException e) {
      throw invalid();
    }
  }

  private static HubException invalid() {
    return new HubException(HubCodes.INVALID_CURSOR, Map.of());
  }
}
