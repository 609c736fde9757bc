package fi.polku.hub.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.r5.model.OperationOutcome;
import org.junit.jupiter.api.Test;

class HubCodesTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

  @Test
  void codesAreUniqueAndEveryTextHasTheSamePlaceholdersInEachLanguage() {
    Set<String> seen = new HashSet<>();
    for (HubCode c : HubCodes.all()) {
      assertThat(seen.add(c.code())).as(c.code()).isTrue();
      assertThat(placeholders(c.message().fi()))
          .as(c.code())
          .isEqualTo(placeholders(c.message().en()))
          .isEqualTo(placeholders(c.message().sv()));
      assertThat(OperationOutcome.IssueType.fromCode(c.issueType())).isNotNull();
    }
  }

  @Test
  void startupCodesShareNoCodeWithTheHttpCodesAndHaveTheSamePlaceholdersInEachLanguage() {
    Set<String> seen = new HashSet<>();
    HubCodes.all().forEach(c -> seen.add(c.code()));
    Set<Integer> statuses = new HashSet<>();
    for (StartupCode c : StartupCodes.all()) {
      assertThat(seen.add(c.code())).as(c.code()).isTrue();
      assertThat(statuses.add(c.exitStatus())).as("exit status of %s", c.code()).isTrue();
      assertThat(placeholders(c.message().fi()))
          .as(c.code())
          .isEqualTo(placeholders(c.message().en()))
          .isEqualTo(placeholders(c.message().sv()));
    }
  }

  @Test
  void anOperationOutcomeCarriesTheCodeTheTextAndTheOtherLanguagesAsTranslations() {
    HubException e =
        new HubException(HubCodes.NOT_FOUND, java.util.Map.of("resource", "Learner/1"));

    OperationOutcome oo = Problems.toOperationOutcome(e, "sv", null);

    OperationOutcome.OperationOutcomeIssueComponent issue = oo.getIssueFirstRep();
    assertThat(issue.getDetails().getCodingFirstRep().getCode()).isEqualTo("POLKU-HUB-0001");
    assertThat(issue.getDetails().getText()).isEqualTo("Resursen Learner/1 finns inte.");
    assertThat(issue.getDetails().getTextElement().getExtension()).hasSize(2);
    assertThat(issue.getCode()).isEqualTo(OperationOutcome.IssueType.NOTFOUND);
  }

  @Test
  void aLocatedErrorNamesItsPlaceInTheIssueAndKeepsCodeTextAndCause() {
    HubException e =
        new HubException(HubCodes.RESOURCE_TOO_LARGE, java.util.Map.of("limit", "1000"));

    HubException located = e.at("Bundle.entry[7].resource");
    OperationOutcome oo = Problems.toOperationOutcome(located, "en", null);

    assertThat(oo.getIssueFirstRep().getExpression())
        .extracting(org.hl7.fhir.r5.model.StringType::getValue)
        .containsExactly("Bundle.entry[7].resource");
    assertThat(oo.getIssueFirstRep().getDetails().getCodingFirstRep().getCode())
        .isEqualTo(e.code().code());
    assertThat(located.getMessage()).isEqualTo(e.getMessage());
    assertThat(located.getCause()).isSameAs(e);
    assertThat(Problems.toOperationOutcome(e, "en", null).getIssueFirstRep().hasExpression())
        .isFalse();
  }

  @Test
  void aLocalizedDetailIsToldInTheClientsLanguageAndInEnglishInTheLog() {
    HubException e =
        HubException.withDetail(
            HubCodes.BAD_REQUEST,
            new fi.polku.validation.api.Text("tunniste puuttuu", "id saknas", "the id is missing"));

    OperationOutcome oo = Problems.toOperationOutcome(e, "fi", null);

    assertThat(oo.getIssueFirstRep().getDetails().getText())
        .isEqualTo("Virheellinen pyyntö: tunniste puuttuu");
    assertThat(e.text().sv()).isEqualTo("Ogiltig begäran: id saknas");
    assertThat(e.getMessage()).isEqualTo("POLKU-HUB-0100: Invalid request: the id is missing");
    assertThat(e.param("detail")).isEqualTo("the id is missing");
  }

  @Test
  void theLanguageComesFromAcceptLanguage() {
    assertThat(Problems.language("fi-FI,fi;q=0.9,en;q=0.8")).isEqualTo("fi");
    assertThat(Problems.language("sv-SE")).isEqualTo("sv");
    assertThat(Problems.language("de-DE")).isEqualTo("en");
    assertThat(Problems.language(null)).isEqualTo("en");
  }

  private static List<String> placeholders(String text) {
    Matcher m = PLACEHOLDER.matcher(text);
    List<String> out = new java.util.ArrayList<>();
    while (m.find()) {
      out.add(m.group(1));
    }
    return out.stream().sorted().distinct().toList();
  }
}
