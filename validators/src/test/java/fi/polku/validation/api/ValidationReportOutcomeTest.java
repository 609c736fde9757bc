package fi.polku.validation.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.hl7.fhir.r5.model.Extension;
import org.hl7.fhir.r5.model.OperationOutcome;
import org.junit.jupiter.api.Test;

class ValidationReportOutcomeTest {

  @Test
  void aReportWithoutFindingsSaysSoInTheClientsLanguageWithTheOtherTwoAsTranslations() {
    OperationOutcome fi = ValidationReport.valid().toOperationOutcome("fi");
    OperationOutcome sv = ValidationReport.valid().toOperationOutcome("sv");

    assertThat(fi.getIssueFirstRep().getSeverity())
        .isEqualTo(OperationOutcome.IssueSeverity.INFORMATION);
    assertThat(fi.getIssueFirstRep().getDetails().getText()).isEqualTo("Ei huomautettavaa.");
    assertThat(sv.getIssueFirstRep().getDetails().getText()).isEqualTo("Inga anmärkningar.");
    assertThat(
            fi.getIssueFirstRep().getDetails().getTextElement().getExtension().stream()
                .map(x -> x.getExtensionString("lang") + "=" + content(x)))
        .containsExactly("sv=Inga anmärkningar.", "en=All OK");
  }

  private static String content(Extension translation) {
    return translation.getExtensionByUrl("content").getValue().primitiveValue();
  }
}
