package fi.polku.validation.structure;

import static fi.polku.validation.TestSupport.codes;
import static fi.polku.validation.TestSupport.issue;
import static fi.polku.validation.TestSupport.validate;
import static fi.polku.validation.structure.TestResources.studyRight;
import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.validation.api.ValidationReport;
import org.junit.jupiter.api.Test;

/** Finnish identifier formats applied inside resources, by identifier system and element. */
class FinnishIdentifiersInResourcesTest {

  @Test
  void checksIdentifiersByTheirSystemWithoutQuotingThem() {
    String json =
        """
        {"resourceType": "Learner",
         "identifier": [{"system": "urn:oid:1.2.246.21", "value": "131052-308U"},
                        {"system": "urn:oid:1.2.246.562.24", "value": "1.2.246.562.24.123"}]}
        """;

    ValidationReport r = validate(json);

    assertThat(issue(r, "POLKU-VAL-0305").location()).isEqualTo("Learner.identifier[0].value");
    assertThat(issue(r, "POLKU-VAL-0311").location()).isEqualTo("Learner.identifier[1].value");
    assertThat(r.issues())
        .allSatisfy(
            i ->
                assertThat(i.message().en() + i.message().fi() + i.message().sv())
                    .doesNotContain("131052"));
  }

  @Test
  void checksIdentifiersInsideReferencesToo() {
    String json =
        studyRight(
            "\"school\": {\"identifier\": {\"system\": \"urn:oid:1.2.246.562.10\", \"value\": \"1.2.246.562.24.1\"}}");

    assertThat(issue(validate(json), "POLKU-VAL-0310").location())
        .isEqualTo("StudyRight.school.identifier.value");
  }

  @Test
  void checksFinnishPostalCodes() {
    String json =
        "{\"resourceType\": \"Learner\", \"address\": [{\"postalCode\": \"0130\", \"country\": \"FI\"}, {\"postalCode\": \"111 22\", \"country\": \"SE\"}]}";

    ValidationReport r = validate(json);

    assertThat(codes(r)).containsExactly("POLKU-VAL-0314");
    assertThat(r.issues().get(0).location()).isEqualTo("Learner.address[0].postalCode");
  }
}
