package fi.polku.validation.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.polku.validation.parse.InputLimits;
import fi.polku.validation.parse.JsonObject;
import fi.polku.validation.parse.SafeJsonReader;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JacksonTreesTest {

  private static final RecordProjector PROJECTOR = RecordProjector.fromClasspath();

  @Test
  void theTreeOfTheSafeReaderBecomesTheTreeJacksonReads() {
    String json =
        """
        {"resourceType":"Observation","id":"a-1","n":[0,-0,7,-12,999999999,1000000000,2147483647,
         2147483648,-2147483648,-2147483649,9223372036854775807,9223372036854775808,
         -9223372036854775809,123456789012345678901234567890],
         "d":[2.50,-0.0,1e3,1E-2,2.5e+10,0.000,123456789.123456789012345678901234567890],
         "s":"tab\\t \\u00e4 \\"quoted\\"","b":[true,false],"z":null,
         "o":{"deep":[[{"x":[]}],{}]}}
        """;
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    JsonObject tree = (JsonObject) new SafeJsonReader(InputLimits.DEFAULT).read(bytes).value();

    assertSame(PROJECTOR.parse(tree), PROJECTOR.parse(bytes), "$");
  }

  /** Same node classes, texts and member order all the way down. */
  private static void assertSame(JsonNode actual, JsonNode expected, String at) {
    assertThat(actual.getClass()).as(at).isEqualTo(expected.getClass());
    if (expected.isNumber()) {
      assertThat(actual.numberValue()).as(at).isEqualTo(expected.numberValue());
      assertThat(actual.asText()).as(at).isEqualTo(expected.asText());
    } else if (expected.isValueNode()) {
      assertThat(actual).as(at).isEqualTo(expected);
    } else if (expected.isArray()) {
      assertThat(actual.size()).as(at).isEqualTo(expected.size());
      for (int i = 0; i < expected.size(); i++) {
        assertSame(actual.get(i), expected.get(i), at + "[" + i + "]");
      }
    } else {
      assertThat(actual.size()).as(at).isEqualTo(expected.size());
      Iterator<Map.Entry<String, JsonNode>> a = actual.fields();
      for (Iterator<Map.Entry<String, JsonNode>> e = expected.fields(); e.hasNext(); ) {
        Map.Entry<String, JsonNode> want = e.next();
        Map.Entry<String, JsonNode> got = a.next();
        assertThat(got.getKey()).as(at).isEqualTo(want.getKey());
        assertSame(got.getValue(), want.getValue(), at + "." + want.getKey());
      }
    }
  }
}
