package fi.polku.validation.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import fi.polku.validation.api.Severity;
import fi.polku.validation.catalogue.InputCodes;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeJsonReaderTest {

  /** A hang guard only: none of these should take more than a fraction of a second. */
  private static final Duration GUARD = Duration.ofSeconds(30);

  private final SafeJsonReader reader = new SafeJsonReader(InputLimits.DEFAULT);

  private ParseResult read(String json) {
    return reader.read(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsObjectsKeepingMemberOrderAndNumberLiterals() {
    ParseResult r = read("{\"b\": 1.50, \"a\": [true, null, \"x\", 2e3]}");

    assertThat(r.isOk()).isTrue();
    JsonObject root = (JsonObject) r.value();
    assertThat(root.members().keySet()).containsExactly("b", "a");
    assertThat(root.get("b")).isEqualTo(new JsonNumber("1.50"));
    JsonArray a = (JsonArray) root.get("a");
    assertThat(a.items())
        .containsExactly(
            JsonBoolean.TRUE, JsonNull.INSTANCE, new JsonString("x"), new JsonNumber("2e3"));
  }

  @Test
  void readsMultibyteCharactersAndEscapes() {
    ParseResult r = read("{\"name\": \"Äänekoski € 😀 \\u00e4\"}");

    assertThat(((JsonObject) r.value()).string("name")).isEqualTo("Äänekoski € 😀 ä");
  }

  @Test
  void rejectsAnEmptyOrBlankBody() {
    assertThat(reader.read(new byte[0]).issue().code()).isEqualTo(InputCodes.EMPTY_BODY);
    assertThat(reader.read(null).issue().code()).isEqualTo(InputCodes.EMPTY_BODY);
    assertThat(read(" \n\t ").issue().code()).isEqualTo(InputCodes.EMPTY_BODY);
  }

  @Test
  void rejectsTenMegabytesFromTheLengthAlone() {
    byte[] body = new byte[10 * 1024 * 1024];
    java.util.Arrays.fill(body, (byte) ' ');
    body[0] = '{';
    body[body.length - 1] = '}';

    ParseResult r = assertTimeoutPreemptively(GUARD, () -> reader.read(body));

    assertThat(r.issue().code()).isEqualTo(InputCodes.TOO_LARGE);
    assertThat(r.issue().severity()).isEqualTo(Severity.FATAL);
    assertThat(r.issue().message().en()).contains("10485760 bytes").contains("8388608");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "80", // a continuation byte without a lead byte
        "C0AF", // overlong encoding of '/'
        "E080AF", // overlong three-byte form
        "EDA080", // an encoded UTF-16 surrogate
        "F4908080", // above U+10FFFF
        "E282", // truncated sequence
        "FE" // never valid in UTF-8
      })
  void rejectsMalformedUtf8WithTheOffset(String hex) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("{\"a\": \"x".getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(java.util.HexFormat.of().parseHex(hex));
    out.writeBytes("\"}".getBytes(StandardCharsets.US_ASCII));

    ParseResult r = reader.read(out.toByteArray());

    assertThat(r.issue().code()).isEqualTo(InputCodes.INVALID_UTF8);
    assertThat(r.issue().message().en()).contains("byte 8");
  }

  @Test
  void rejectsUtf16InsteadOfAutoDetectingIt() {
    ParseResult r = reader.read("{\"a\": 1}".getBytes(StandardCharsets.UTF_16LE));

    assertThat(r.issue().code()).isEqualTo(InputCodes.INVALID_UTF8);
  }

  @Test
  void rejectsMalformedJsonWithLineAndColumn() {
    ParseResult r = read("{\n  \"a\": 1\n  \"b\": 2\n}");

    assertThat(r.issue().code()).isEqualTo(InputCodes.NOT_JSON);
    assertThat(r.issue().message().en()).contains("line 3");
    assertThat(r.issue().location()).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"{'a': 1}", "{\"a\": 01}", "{\"a\": NaN}", "{\"a\": 1,}", "{\"a\": 1", "{a: 1}"})
  void rejectsJsonExtensions(String json) {
    assertThat(read(json).issue().code()).isEqualTo(InputCodes.NOT_JSON);
  }

  @Test
  void rejectsASecondValueAfterTheResource() {
    assertThat(read("{\"a\": 1} {\"b\": 2}").issue().code()).isEqualTo(InputCodes.TRAILING_CONTENT);
  }

  @Test
  void rejectsNestingOneThousandLevelsDeep() {
    String json = "{\"a\":".repeat(1000) + "1" + "}".repeat(1000);

    ParseResult r = assertTimeoutPreemptively(GUARD, () -> read(json));

    assertThat(r.issue().code()).isEqualTo(InputCodes.TOO_DEEP);
    assertThat(r.issue().message().en()).contains("deeper than 100 levels");
    assertThat(r.issue().location()).startsWith("Resource.a.a.a");
  }

  @Test
  void rejectsDeepArraysToo() {
    String json = "[".repeat(1000) + "]".repeat(1000);

    assertThat(read(json).issue().code()).isEqualTo(InputCodes.TOO_DEEP);
  }

  @Test
  void acceptsAStringOfExactlyTheMaximumLength() {
    String big = "x".repeat(InputLimits.DEFAULT.maxStringLength());

    ParseResult r = assertTimeoutPreemptively(GUARD, () -> read("{\"text\": \"" + big + "\"}"));

    assertThat(r.isOk()).isTrue();
    assertThat(((JsonObject) r.value()).string("text")).hasSize(1024 * 1024);
  }

  @Test
  void rejectsAStringOneCharacterOverTheMaximum() {
    String big = "x".repeat(InputLimits.DEFAULT.maxStringLength() + 1);

    ParseResult r =
        assertTimeoutPreemptively(
            GUARD,
            () -> read("{\"resourceType\": \"Learner\", \"name\": [{\"text\": \"" + big + "\"}]}"));

    assertThat(r.issue().code()).isEqualTo(InputCodes.STRING_TOO_LONG);
    assertThat(r.issue().location()).isEqualTo("Learner.name[0].text");
    assertThat(r.issue().message().en()).contains("1048577 characters").doesNotContain("xxx");
  }

  @Test
  void rejectsAnOverlongNumber() {
    ParseResult r = read("{\"n\": " + "1".repeat(100) + "}");

    assertThat(r.issue().code()).isEqualTo(InputCodes.NUMBER_TOO_LONG);
    assertThat(r.issue().location()).isEqualTo("Resource.n");
  }

  @Test
  void rejectsDuplicateKeysNamingKeyAndPath() {
    ParseResult r =
        read("{\"resourceType\": \"Learner\", \"name\": [{\"family\": \"A\", \"family\": \"B\"}]}");

    assertThat(r.issue().code()).isEqualTo(InputCodes.DUPLICATE_KEY);
    assertThat(r.issue().location()).isEqualTo("Learner.name[0]");
    assertThat(r.issue().message().en()).contains("property family occurs twice");
    assertThat(r.issue().message().fi()).contains("Ominaisuus family esiintyy kahdesti");
  }

  @Test
  void neverEchoesAKeyThatIsNotAName() {
    ParseResult r = read("{\"131052-308T\": 1, \"131052-308T\": 2}");

    assertThat(r.issue().code()).isEqualTo(InputCodes.DUPLICATE_KEY);
    assertThat(r.issue().message().en()).doesNotContain("131052");
  }

  @Test
  void rejectsMoreValuesThanTheLimit() {
    SafeJsonReader small =
        new SafeJsonReader(new InputLimits(1 << 20, 100, 1 << 20, 64, 1000, 200));
    String json = "[" + "0,".repeat(2000) + "0]";

    assertThat(small.read(json.getBytes(StandardCharsets.UTF_8)).issue().code())
        .isEqualTo(InputCodes.TOO_MANY_VALUES);
  }

  @Test
  void readsTopLevelValuesThatAreNotObjects() {
    assertThat(read("[1, 2]").value()).isInstanceOf(JsonArray.class);
    assertThat(read("\"text\"").value()).isEqualTo(new JsonString("text"));
  }
}
