package fi.polku.mapping.load;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.mapping.codes.MappingCodes;
import fi.polku.mapping.codes.RowIssue;
import fi.polku.mapping.hub.HubIssue;
import fi.polku.mapping.source.SourceRecord;
import fi.polku.mapping.transform.RowOutput;
import fi.polku.validation.api.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

class HubIssuesTest {

  @Test
  void aRefusalWithAHubCodeKeepsTheHubsTextInEachLanguage() {
    RowOutput row =
        RowOutput.rejected(
            SourceRecord.ofValues("pupil", "oppilaat.csv", 7, "1;x", new Object[] {"1", "x"}),
            null,
            List.of());
    HubIssue refusal =
        new HubIssue(
            "POLKU-HUB-0208",
            "error",
            null,
            new Text("Tietue on jo olemassa.", "Posten finns redan.", "The record exists."));

    List<RowIssue> issues = HubIssues.explain(row, null, List.of(refusal), new RejectedRecords());

    assertThat(issues).hasSize(1);
    RowIssue issue = issues.get(0);
    assertThat(issue.code()).isEqualTo(MappingCodes.HUB_REJECTED);
    assertThat(issue.message().fi())
        .startsWith("Tietovaranto hylkäsi tietueen")
        .endsWith("POLKU-HUB-0208 Tietue on jo olemassa.");
    assertThat(issue.message().sv()).endsWith("POLKU-HUB-0208 Posten finns redan.");
    assertThat(issue.message().en()).endsWith("POLKU-HUB-0208 The record exists.");
  }
}
