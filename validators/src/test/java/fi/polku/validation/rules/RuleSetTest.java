package fi.polku.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.polku.model.generated.PolkuModelTypes;
import fi.polku.validation.api.IssueCode;
import java.net.URL;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleSetTest {

  private static final RuleSet RULES = RuleSet.fromClasspath();
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)}");

  static URL resource(String path) {
    URL url = RuleSetTest.class.getClassLoader().getResource(path);
    assertThat(url).as(path).isNotNull();
    return url;
  }

  @Test
  void hasAtLeastTenRulesWithUniqueIdsAndCodes() {
    List<BusinessRule> rules = RULES.rules();

    assertThat(rules).hasSizeGreaterThanOrEqualTo(10);
    assertThat(rules).extracting(BusinessRule::id).doesNotHaveDuplicates();
    assertThat(RULES.codes()).extracting(IssueCode::code).doesNotHaveDuplicates();
  }

  @Test
  void everyCodeIsABusinessRuleCodeInTheReservedRange() {
    for (IssueCode code : RULES.codes()) {
      int number = Integer.parseInt(code.code().substring("POLKU-VAL-".length()));
      assertThat(number).as(code.code()).isBetween(RuleSet.FIRST_CODE, RuleSet.LAST_CODE);
      assertThat(code.category()).isEqualTo("rule");
    }
  }

  @Test
  void everyRuleHasAMessageInFinnishSwedishAndEnglishWithTheSamePlaceholders() {
    for (IssueCode code : RULES.codes()) {
      Set<String> fi = placeholders(code.message().fi());
      assertThat(code.message().fi()).as(code.code()).isNotBlank();
      assertThat(code.message().sv())
          .as(code.code())
          .isNotBlank()
          .isNotEqualTo(code.message().fi());
      assertThat(code.message().en())
          .as(code.code())
          .isNotBlank()
          .isNotEqualTo(code.message().sv());
      assertThat(placeholders(code.message().sv())).as(code.code()).isEqualTo(fi);
      assertThat(placeholders(code.message().en())).as(code.code()).isEqualTo(fi);
    }
  }

  @Test
  void everyRuleIsInEffectFromItsCodesFirstDayAndTargetsAModelType() {
    Set<String> types = new HashSet<>(Set.of("Organization", "Person"));
    PolkuModelTypes.RESOURCE_TYPES.forEach(t -> types.add(t.getSimpleName()));
    for (BusinessRule rule : RULES.rules()) {
      assertThat(rule.code().since()).as(rule.id()).isEqualTo(rule.effectiveFrom());
      assertThat(rule.inEffectOn(rule.effectiveFrom())).as(rule.id()).isTrue();
      assertThat(rule.inEffectOn(rule.effectiveFrom().minusDays(1))).as(rule.id()).isFalse();
      assertThat(types).as(rule.id()).contains(rule.resourceType());
      assertThat(rule.source()).as(rule.id()).startsWith("polku/rules/");
    }
  }

  @Test
  void declaresTheContextEachRuleNeeds() {
    BusinessRule group = rule("group-member-has-active-study-right");
    BusinessRule overlap = rule("overlapping-basic-education-study-rights");

    assertThat(group.follow()).containsExactly("group", "group.school");
    assertThat(group.referencing())
        .containsExactly(
            new BusinessRule.Referencing("StudyRight", "StudyRight.learner", "learner"));
    assertThat(overlap.follow()).isEmpty();
    assertThat(rule("decision-hours-per-week-in-range").follow()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "missing-swedish.ttl | rule missing-swedish: sh:message in sv is missing",
        "bad-query.ttl | rule bad-query: sh:select does not parse",
        "duplicate-code.ttl | rule second-rule: POLKU-VAL-0590 is already the code of rule first-rule",
        "code-out-of-range.ttl | rule out-of-range: POLKU-VAL-0012 is outside the business-rule range",
        "unselected-placeholder.ttl | rule unselected-placeholder: the fi message uses {?start}, which is not selected",
        "ends-before-it-starts.ttl | rule ends-before-it-starts: pr:effectiveTo 2019-12-31 is before",
        "no-effective-date.ttl | rule no-effective-date: needs exactly one effectiveFrom",
        "unknown-target.ttl | rule unknown-target: sh:targetClass must be a model class",
        "uses-values.ttl | rule uses-values: sh:select must not use VALUES",
        "not-turtle.ttl | not valid Turtle"
      })
  void failsAtStartUpNamingTheFileAndTheRule(String file, String problem) {
    List<URL> files =
        List.of(resource("polku/rules/prefixes.ttl"), resource("rules/broken/" + file));

    assertThatThrownBy(() -> RuleSet.of(files))
        .isInstanceOf(RuleDefinitionException.class)
        .hasMessageStartingWith(file + ": ")
        .hasMessageContaining(problem);
  }

  private static BusinessRule rule(String id) {
    return RULES.rules().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
  }

  private static Set<String> placeholders(String message) {
    Set<String> names = new HashSet<>();
    Matcher m = PLACEHOLDER.matcher(message);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }
}
