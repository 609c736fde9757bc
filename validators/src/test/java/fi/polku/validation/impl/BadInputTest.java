package fi.polku.validation.impl;

import static fi.polku.validation.TestSupport.codes;
import static fi.polku.validation.TestSupport.validate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import fi.polku.validation.TestSupport;
import fi.polku.validation.api.Severity;
import fi.polku.validation.api.ValidationReport;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Every kind of bad input the issue lists ends in a report with a clear code, never an exception.
 * Timeouts are hang guards, not performance assertions.
 */
class BadInputTest {

  private static final Duration GUARD = Duration.ofSeconds(30);

  private static ValidationReport validateBytes(byte[] body) {
    return assertTimeoutPreemptively(
        GUARD, () -> TestSupport.validator().validate(body, TestSupport.OPTIONS));
  }

  @Test
  void malformedJson() {
    ValidationReport r = validate("{\"resourceType\": \"Learner\", \"birthDate\": }");

    assertThat(codes(r)).containsExactly("POLKU-VAL-0004");
    assertThat(r.issues().get(0).severity()).isEqualTo(Severity.FATAL);
    assertThat(r.isValid()).isFalse();
  }

  @Test
  void invalidUtf8() {
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    body.writeBytes(
        "{\"resourceType\": \"Learner\", \"callingName\": \"Ville"
            .getBytes(StandardCharsets.US_ASCII));
    body.write(0xC3); // a lead byte of a two-byte sequence, followed by no continuation byte
    body.writeBytes("\"}".getBytes(StandardCharsets.US_ASCII));

    ValidationReport r = validateBytes(body.toByteArray());

    assertThat(codes(r)).containsExactly("POLKU-VAL-0003");
    assertThat(r.issues().get(0).message().en()).contains("byte 49");
  }

  @Test
  void missingResourceType() {
    ValidationReport r = validate("{\"birthDate\": \"2015-01-01\"}");

    assertThat(codes(r)).containsExactly("POLKU-VAL-0011");
    assertThat(r.issues().get(0).location()).isEqualTo("Resource");
  }

  @Test
  void resourceTypeThatIsNotAString() {
    assertThat(codes(validate("{\"resourceType\": 7}"))).containsExactly("POLKU-VAL-0011");
  }

  @Test
  void unknownResourceTypeListsTheAcceptedOnes() {
    ValidationReport r = validate("{\"resourceType\": \"Patient\"}");

    assertThat(codes(r)).containsExactly("POLKU-VAL-0012");
    assertThat(r.issues().get(0).message().en())
        .contains("Patient")
        .contains("Learner")
        .contains("Organization")
        .contains("StudyRight");
  }

  @Test
  void aBodyThatIsNotAnObject() {
    ValidationReport r = validate("[{\"resourceType\": \"Learner\"}]");

    assertThat(codes(r)).containsExactly("POLKU-VAL-0010");
    assertThat(r.issues().get(0).message().en()).contains("its JSON type is array");
  }

  @Test
  void aTenMegabyteResource() {
    StringBuilder sb = new StringBuilder("{\"resourceType\": \"Learner\", \"name\": [");
    while (sb.length() < 10 * 1024 * 1024) {
      sb.append("{\"family\": \"Virtanen\", \"given\": [\"Aino\"]},");
    }
    sb.append("{\"family\": \"Virtanen\"}]}");

    ValidationReport r = validateBytes(sb.toString().getBytes(StandardCharsets.UTF_8));

    assertThat(codes(r)).containsExactly("POLKU-VAL-0002");
  }

  @Test
  void nestingOneThousandLevelsDeep() {
    String body =
        "{\"resourceType\": \"Learner\", \"extension\": "
            + "[{\"url\": \"https://example.org/x\", \"extension\": ".repeat(500)
            + "[]"
            + "}]".repeat(500)
            + "}";

    ValidationReport r = validateBytes(body.getBytes(StandardCharsets.UTF_8));

    assertThat(codes(r)).containsExactly("POLKU-VAL-0006");
    assertThat(r.issues().get(0).location()).startsWith("Learner.extension[0].extension[0]");
  }

  @Test
  void aOneMegabyteStringIsValidatedAndAnythingLongerRejected() {
    String oneMb = "a".repeat(1024 * 1024);
    String json = "{\"resourceType\": \"Learner\", \"name\": [{\"text\": \"%s\"}]}";

    ValidationReport atLimit =
        validateBytes(json.formatted(oneMb).getBytes(StandardCharsets.UTF_8));
    ValidationReport over =
        validateBytes(json.formatted(oneMb + "a").getBytes(StandardCharsets.UTF_8));

    assertThat(atLimit.issues()).isEmpty();
    assertThat(codes(over)).containsExactly("POLKU-VAL-0007");
  }

  @Test
  void duplicateJsonKeys() {
    ValidationReport r =
        validate(
            "{\"resourceType\": \"Learner\", \"birthDate\": \"2015-01-01\", \"birthDate\": \"2016-01-01\"}");

    assertThat(codes(r)).containsExactly("POLKU-VAL-0009");
    assertThat(r.issues().get(0).location()).isEqualTo("Learner");
  }

  @Test
  void emptyAndNullBodies() {
    assertThat(codes(validateBytes(new byte[0]))).containsExactly("POLKU-VAL-0001");
    assertThat(codes(validateBytes(null))).containsExactly("POLKU-VAL-0001");
  }

  @Test
  void manyFaultsAreCappedInsteadOfFloodingTheReport() {
    StringBuilder sb = new StringBuilder("{\"resourceType\": \"Learner\"");
    for (int i = 0; i < 1000; i++) {
      sb.append(", \"unknown").append(i).append("\": 1");
    }
    sb.append('}');

    ValidationReport r = validate(sb.toString());

    assertThat(r.issues()).hasSize(201);
    assertThat(r.issues().get(200).code().code()).isEqualTo("POLKU-VAL-0014");
  }

  @Test
  void controlCharactersAndLoneSurrogatesInText() {
    ValidationReport control =
        validate("{\"resourceType\": \"Learner\", \"callingName\": \"Ai\\u0001no\"}");
    ValidationReport surrogate =
        validate("{\"resourceType\": \"Learner\", \"callingName\": \"Ai\\ud800no\"}");

    assertThat(codes(control)).containsExactly("POLKU-VAL-0211");
    assertThat(codes(surrogate)).containsExactly("POLKU-VAL-0211");
  }
}
