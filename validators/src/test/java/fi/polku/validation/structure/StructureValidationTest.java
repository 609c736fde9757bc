package fi.polku.validation.structure;

import static fi.polku.validation.TestSupport.issue;
import static fi.polku.validation.TestSupport.validate;
import static fi.polku.validation.structure.TestResources.organization;
import static fi.polku.validation.structure.TestResources.studyRight;
import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.validation.api.ValidationReport;
import org.junit.jupiter.api.Test;

/** The structural checks, each on a small hand-written resource. */
class StructureValidationTest {

  @Test
  void acceptsMinimalValidResources() {
    assertThat(validate(studyRight("")).issues()).isEmpty();
    assertThat(validate(organization("")).issues()).isEmpty();
    assertThat(validate("{\"resourceType\": \"Learner\", \"birthDate\": \"2015-03-01\"}").issues())
        .isEmpty();
  }

  @Test
  void convertsTheReportToAnOperationOutcomeInTheRequestedLanguage() {
    ValidationReport r = validate(studyRight("\"nickname\": \"x\""));

    var oo = r.toOperationOutcome("sv");

    var issue = oo.getIssueFirstRep();
    assertThat(issue.getDetails().getCodingFirstRep().getCode()).isEqualTo("POLKU-VAL-0101");
    assertThat(issue.getDetails().getText()).startsWith("Okänt element StudyRight.nickname");
    assertThat(issue.getExpression().get(0).getValue()).isEqualTo("StudyRight.nickname");
  }
}
