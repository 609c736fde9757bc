package fi.polku.validation.structure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.validation.api.ValidationIssue;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The general code-validity mechanism on a synthetic code system: validFrom/validTo (or the FHIR
 * properties effectiveDate/retirementDate), and inactive codes without dates, which are out of use
 * from the code list's effective start.
 */
class CodeValidityTest {

  private static final String CS =
      """
      {"resourceType": "CodeSystem", "url": "https://example.org/cs", "content": "complete",
       "effectivePeriod": {"start": "2020-01-01"},
       "property": [{"code": "validFrom", "type": "dateTime"},
                    {"code": "retired", "uri": "http://hl7.org/fhir/concept-properties#retirementDate",
                     "type": "dateTime"},
                    {"code": "inactive", "uri": "http://hl7.org/fhir/concept-properties#inactive",
                     "type": "boolean"},
                    {"code": "successor", "type": "code"}],
       "concept": [
         {"code": "new", "property": [{"code": "validFrom", "valueDateTime": "2023-08-01"}]},
         {"code": "old", "property": [{"code": "retired", "valueDateTime": "2021-12-31"}]},
         {"code": "merged", "property": [{"code": "inactive", "valueBoolean": true},
                                          {"code": "successor", "valueCode": "big"}]},
         {"code": "big"}]}
      """;

  private static List<String> check(String code, LocalDate recordDate) throws Exception {
    JsonNode cs = new ObjectMapper().readTree(CS);
    CodeSystemInfo info = Terminology.read("https://example.org/cs", cs);
    IssueSink sink = new IssueSink(10);
    Terminology terminology = Terminology.of(info);
    JsonNode coding =
        new ObjectMapper()
            .readTree("{\"system\": \"https://example.org/cs\", \"code\": \"" + code + "\"}");
    new CodingChecker(terminology, sink)
        .coding(JsonTrees.object(coding), Loc.root("X"), () -> recordDate);
    return sink.issues().stream().map(ValidationIssue::code).map(c -> c.code()).toList();
  }

  @Test
  void rejectsACodeBeforeItsValidFrom() throws Exception {
    assertThat(check("new", LocalDate.of(2023, 7, 31))).containsExactly("POLKU-VAL-0405");
    assertThat(check("new", LocalDate.of(2023, 8, 1))).isEmpty();
  }

  @Test
  void rejectsACodeAfterItsRetirement() throws Exception {
    assertThat(check("old", LocalDate.of(2021, 12, 31))).isEmpty();
    assertThat(check("old", LocalDate.of(2022, 1, 1))).containsExactly("POLKU-VAL-0406");
  }

  @Test
  void rejectsAnInactiveCodeFromTheListsEffectiveStartOn() throws Exception {
    assertThat(check("merged", LocalDate.of(2019, 12, 31))).isEmpty();
    assertThat(check("merged", LocalDate.of(2020, 1, 1))).containsExactly("POLKU-VAL-0408");
  }

  @Test
  void rejectsUnknownCodesOfACompleteSystem() throws Exception {
    assertThat(check("nope", LocalDate.of(2020, 1, 1))).containsExactly("POLKU-VAL-0404");
  }

  @Test
  void judgesRecordsAtTheEndOfTheirPeriodOrTodayWhileOpen() {
    LocalDate today = LocalDate.of(2025, 1, 15);

    assertThat(RecordDates.upperBound("2019")).isEqualTo(LocalDate.of(2019, 12, 31));
    assertThat(RecordDates.upperBound("2019-02")).isEqualTo(LocalDate.of(2019, 2, 28));
    assertThat(RecordDates.upperBound("2019-02-03T10:00:00+02:00"))
        .isEqualTo(LocalDate.of(2019, 2, 3));
    assertThat(RecordDates.lowerBound("2030-05")).isEqualTo(LocalDate.of(2030, 5, 1));
    assertThat(
            RecordDates.ofPeriod(
                JsonTrees.parse("{\"start\": \"2020-01-01\", \"end\": \"2021-06-30\"}"), today))
        .isEqualTo(LocalDate.of(2021, 6, 30));
    assertThat(RecordDates.ofPeriod(JsonTrees.parse("{\"start\": \"2020-01-01\"}"), today))
        .isEqualTo(today);
    assertThat(RecordDates.ofPeriod(JsonTrees.parse("{\"start\": \"2030-01-01\"}"), today))
        .isEqualTo(LocalDate.of(2030, 1, 1));
  }
}
