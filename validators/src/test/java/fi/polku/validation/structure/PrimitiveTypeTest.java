package fi.polku.validation.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Lexical forms of the FHIR R5 primitive types. */
class PrimitiveTypeTest {

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "date | 2024 | true",
        "date | 2024-02 | true",
        "date | 2024-02-29 | true",
        "date | 2023-02-29 | false",
        "date | 2024-13-01 | false",
        "date | 24-02-01 | false",
        "date | 2024-02-01T10:00:00Z | false",
        "dateTime | 2024-02-01 | true",
        "dateTime | 2024-02-01T10:00:00+02:00 | true",
        "dateTime | 2024-02-01T10:00:00.123Z | true",
        "dateTime | 2024-02-01T10:00:00 | false",
        "dateTime | 2024-02-01T25:00:00Z | false",
        "instant | 2024-02-01T10:00:00Z | true",
        "instant | 2024-02-01 | false",
        "time | 08:15:00 | true",
        "time | 8.15 | false",
        "integer | 42 | true",
        "integer | -7 | true",
        "integer | 1.0 | false",
        "integer | 2147483648 | false",
        "positiveInt | 0 | false",
        "positiveInt | 1 | true",
        "unsignedInt | 0 | true",
        "unsignedInt | -1 | false",
        "decimal | 1.50 | true",
        "decimal | -0.5e3 | true",
        "decimal | 1234567890123456789 | false",
        "code | lasna | true",
        "code | two words | true",
        "code | ' leading' | false",
        "code | 'double  space' | false",
        "id | abc-1.2 | true",
        "id | abc_1 | false",
        "uri | https://polku.fi/x | true",
        "uri | 'has space' | false",
        "oid | urn:oid:1.2.246.21 | true",
        "oid | 1.2.246.21 | false",
        "uuid | urn:uuid:0f1a3c52-6c1e-4b61-9a3e-0d8b8f0e2a11 | true",
        "uuid | urn:uuid:0F1A3C52-6C1E-4B61-9A3E-0D8B8F0E2A11 | false",
        "base64Binary | aGVsbG8= | true",
        "base64Binary | aGVsbG8 | false",
        "xhtml | '<div xmlns=\"http://www.w3.org/1999/xhtml\">x</div>' | true",
        "xhtml | <p>x</p> | false"
      })
  void checksTheLexicalForm(String type, String value, boolean valid) {
    assertThat(PrimitiveType.of(type).check(value) == null).isEqualTo(valid);
  }

  @ParameterizedTest
  @CsvSource({
    "boolean, boolean",
    "integer, number",
    "decimal, number",
    "integer64, string",
    "date, string"
  })
  void expectsTheJsonTypeOfTheFhirJsonFormat(String type, String json) {
    assertThat(PrimitiveType.of(type).jsonType()).isEqualTo(json);
  }

  @ParameterizedTest
  @CsvSource({"code", "uri", "string", "base64Binary"})
  void checksAMegabyteValueInLinearTimeWithoutRecursion(String type) {
    String big = "a ".repeat(512 * 1024) + "b";

    PrimitiveType.of(type).check(big); // must not overflow the stack
  }
}
