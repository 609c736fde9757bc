package fi.polku.hub.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HapiMessagesTest {

  @Test
  void xmlParserErrorsLoseTheExceptionNameAndTheHapiCodeAndKeepThePosition() {
    String m =
        "DataFormatException at [[row,col {unknown-source}]: [1,38]]: HAPI-1825: Unknown element"
            + " 'foo' found during parse";

    assertThat(HapiMessages.plain(m))
        .isEqualTo("line 1, column 38: Unknown element 'foo' found during parse");
  }

  @Test
  void aPositionOnASecondLineBecomesAParenthesis() {
    String xml =
        "Failed to parse XML content: Unexpected end of input block in start tag\n"
            + " at [row,col {unknown-source}]: [1,60]";
    String json =
        "Failed to parse JSON encoded FHIR content: Unexpected end-of-input: expected close marker"
            + " for Array (start marker at [line: 1, column: 55])\n at [line: 1, column: 56]";

    assertThat(HapiMessages.plain(xml))
        .isEqualTo(
            "Failed to parse XML content: Unexpected end of input block in start tag"
                + " (line 1, column 60)");
    assertThat(HapiMessages.plain(json))
        .endsWith("(start marker at [line: 1, column: 55]) (line 1, column 56)")
        .doesNotContain("\n");
  }

  @Test
  void everyHapiCodeAndQualifiedExceptionNameIsRemoved() {
    String m =
        "Failed to parse JSON encoded FHIR content: HAPI-1857: Did not find any content to parse;"
            + " ca.uhn.fhir.parser.DataFormatException: bad";

    assertThat(HapiMessages.plain(m))
        .isEqualTo(
            "Failed to parse JSON encoded FHIR content: Did not find any content to parse; bad")
        .doesNotContain("HAPI-")
        .doesNotContain("Exception");
  }

  @Test
  void plainMessagesStayAsTheyAre() {
    assertThat(HapiMessages.plain("Invalid _count value: abc"))
        .isEqualTo("Invalid _count value: abc");
    assertThat(HapiMessages.plain(null)).isEmpty();
  }
}
