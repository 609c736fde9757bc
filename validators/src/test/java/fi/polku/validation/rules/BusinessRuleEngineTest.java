package fi.polku.validation.rules;

import static fi.polku.validation.rules.Fixtures.record;
import static fi.polku.validation.rules.Fixtures.set;
import static fi.polku.validation.rules.Fixtures.status;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.validation.api.ResourceValidator.ValidationOptions;
import fi.polku.validation.api.ValidationIssue;
import fi.polku.validation.api.ValidationReport;
import fi.polku.validation.spi.InMemoryReferenceResolver;
import fi.polku.validation.spi.ReferenceResolver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r5.model.OperationOutcome;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BusinessRuleEngineTest {

  /** A resolver that records what it is asked for. */
  static final class Recording implements ReferenceResolver {

    final ReferenceResolver inner;
    final List<String> calls = new ArrayList<>();

    Recording(ReferenceResolver inner) {
      this.inner = inner;
    }

    @Override
    public Optional<IBaseResource> resolve(String reference) {
      calls.add("resolve " + reference);
      return inner.resolve(reference);
    }

    @Override
    public List<IBaseResource> referencing(String resourceType, String path, String reference) {
      calls.add("referencing " + resourceType + " " + path + " " + reference);
      return inner.referencing(resourceType, path, reference);
    }

    @Override
    public void prefetch(java.util.Collection<String> references) {
      calls.add("prefetch " + new java.util.TreeSet<>(references));
    }

    @Override
    public void prefetchReferencing(
        String resourceType, String path, java.util.Collection<String> references) {
      calls.add("prefetch " + resourceType + " " + path + " " + references);
    }
  }

  @Nested
  class EffectiveDates {

    private final BusinessRuleEngine dated =
        new BusinessRuleEngine(
            RuleSet.of(
                List.of(
                    RuleSetTest.resource("polku/rules/prefixes.ttl"),
                    RuleSetTest.resource("rules/effective/dated-rules.ttl"))),
            Fixtures.projector(),
            Fixtures.fhir());

    private List<String> codesOn(LocalDate day) {
      ValidationOptions options = Fixtures.options(Fixtures.world(), day);
      return Issues.codes(dated.validate(record("study-right-basic"), options).issues());
    }

    @Test
    void aRuleAnnouncedForTheFutureIsNotAppliedTodayButFromItsFirstDay() {
      assertThat(codesOn(LocalDate.now())).doesNotContain("POLKU-VAL-0598");
      assertThat(codesOn(LocalDate.of(2099, 12, 31))).doesNotContain("POLKU-VAL-0598");
      assertThat(codesOn(LocalDate.of(2100, 1, 1))).containsExactly("POLKU-VAL-0598");
    }

    @Test
    void aRetiredRuleIsAppliedUntilItsLastDayOnly() {
      assertThat(codesOn(LocalDate.of(2017, 12, 31))).isEmpty();
      assertThat(codesOn(LocalDate.of(2018, 1, 1))).containsExactly("POLKU-VAL-0599");
      assertThat(codesOn(LocalDate.of(2020, 12, 31))).containsExactly("POLKU-VAL-0599");
      assertThat(codesOn(LocalDate.of(2021, 1, 1))).isEmpty();
    }

    @Test
    void aDeactivatedRuleKeepsItsCodeButNeverRuns() {
      assertThat(dated.rules().codes()).extracting(c -> c.code()).contains("POLKU-VAL-0597");
      assertThat(codesOn(LocalDate.of(2019, 6, 1))).containsExactly("POLKU-VAL-0599");
    }

    @Test
    void theRealRulesAreNotAppliedBeforeTheyTakeEffect() {
      ObjectNode bad = set(record("study-attainment"), "assessment[0].date", "2000-01-01");
      ValidationOptions before = Fixtures.options(Fixtures.world(), LocalDate.of(2026, 7, 31));

      assertThat(Fixtures.engine().validate(bad, before).issues()).isEmpty();
      assertThat(Fixtures.validate(bad)).hasSize(1);
    }
  }

  @Nested
  class ContextRecords {

    @Test
    void fetchesOnlyWhatTheRulesInEffectDeclare() {
      Recording membership = new Recording(Fixtures.world());
      Recording decision = new Recording(Fixtures.world());

      Fixtures.validate(record("group-membership"), membership);
      Fixtures.validate(record("early-childhood-decision"), decision);

      assertThat(membership.calls)
          .containsExactlyInAnyOrder(
              "resolve TeachingGroup/group-1a",
              "resolve Organization/unit-1",
              "referencing StudyRight StudyRight.learner Learner/learner-1");
      assertThat(decision.calls).isEmpty();
    }

    @Test
    void fetchesEachRecordOnceEvenWhenSeveralRulesNeedIt() {
      Recording resolver = new Recording(Fixtures.world());

      Fixtures.validate(record("study-attainment"), resolver);

      assertThat(resolver.calls)
          .containsExactlyInAnyOrder("resolve StudyRight/sr-basic", "resolve Learner/learner-1");
    }

    @Test
    void aViolationInAContextRecordIsNotBlamedOnTheValidatedRecord() {
      ObjectNode messy = record("study-right-basic");
      ArrayNode history = (ArrayNode) messy.get("statusHistory");
      history.add(status("valmistunut", "2022-06-01"));
      history.add(status("lasna", "2021-01-01"));
      set(messy, "period.end", "2035-01-01");
      var resolver = Fixtures.world();
      resolver.add(Fixtures.resource(messy));

      assertThat(Fixtures.validate(messy, resolver))
          .extracting(i -> i.code().code())
          .contains("POLKU-VAL-0503", "POLKU-VAL-0504", "POLKU-VAL-0505");
      assertThat(Fixtures.validate(record("study-attainment"), resolver)).isEmpty();
      assertThat(Fixtures.validate(record("support-decision"), resolver)).isEmpty();
    }

    @Test
    void anOverlapBetweenTwoOtherStudyRightsIsNotBlamedOnTheValidatedOne() {
      var resolver = Fixtures.world();
      for (String id : List.of("old-1", "old-2")) {
        ObjectNode old = record("study-right-basic");
        old.put("id", id);
        set(old, "period.start", "2016-08-10");
        set(old, "period.end", "2017-06-01");
        set(old, "statusHistory[0].start", "2016-08-10");
        ((ArrayNode) old.get("statusHistory")).add(status("eronnut", "2017-06-01"));
        resolver.add(Fixtures.resource(old));
      }

      assertThat(Fixtures.validate(record("study-right-basic"), resolver)).isEmpty();
      ObjectNode oldOne = record("study-right-basic");
      oldOne.put("id", "old-1");
      set(oldOne, "period.start", "2016-08-10");
      set(oldOne, "statusHistory[0].start", "2016-08-10");
      assertThat(Issues.codes(Fixtures.validate(oldOne, resolver))).contains("POLKU-VAL-0508");
    }

    @Test
    void followsAConditionalReferenceToTheRecordItResolvesTo() {
      InMemoryReferenceResolver world = Fixtures.world();
      ReferenceResolver byIdentifier =
          new ReferenceResolver() {
            @Override
            public Optional<IBaseResource> resolve(String reference) {
              return world.resolve(
                  reference.startsWith("StudyRight?identifier=")
                      ? "StudyRight/sr-basic"
                      : reference);
            }

            @Override
            public List<IBaseResource> referencing(String type, String path, String reference) {
              return world.referencing(type, path, reference);
            }
          };
      ObjectNode sa = record("study-attainment");
      set(sa, "studyRight.reference", "StudyRight?identifier=https://primus.example/sr|77");
      set(sa, "assessment[0].date", "2022-05-31");

      List<ValidationIssue> issues = Fixtures.validate(sa, byIdentifier);

      assertThat(Issues.only(issues, "POLKU-VAL-0501").location())
          .isEqualTo("StudyAttainment.assessment[0].date");
    }

    @Test
    void withoutContextRulesThatNeedItStaySilent() {
      ObjectNode sa = set(record("study-attainment"), "assessment[0].date", "2000-01-01");

      assertThat(Fixtures.validate(sa, ReferenceResolver.none())).isEmpty();
    }
  }

  @Nested
  class Reporting {

    @Test
    void neverPutsNamesOrIdentityCodesInMessages() {
      List<ValidationIssue> issues = new ArrayList<>();
      var resolver = Fixtures.world();
      resolver.add(Fixtures.resource(set(record("learner"), "birthDate", "2019-01-01")));
      issues.addAll(Fixtures.validate(record("study-right-pre-primary"), resolver));
      ObjectNode other = record("study-attainment");
      set(other, "learner.reference", "Learner/learner-1");
      set(other, "assessment[0].date", "2001-01-01");
      issues.addAll(Fixtures.validate(other));
      issues.addAll(Fixtures.validate(record("group-membership"), ReferenceResolver.none()));

      assertThat(issues).isNotEmpty();
      for (ValidationIssue i : issues) {
        assertThat(i.message().fi() + i.message().sv() + i.message().en())
            .doesNotContain("010315A9875", "Testinen", "Aino", "learner-1");
      }
    }

    @Test
    void reportsTheSameIssuesForJsonAndForAParsedResource() {
      ObjectNode sr = record("study-right-pre-primary");
      ((ArrayNode) sr.get("statusHistory")).add(status("lasna", "2022-08-10"));

      ValidationReport fromJson =
          Fixtures.engine().validate(sr, Fixtures.options(Fixtures.world()));
      ValidationReport fromHapi =
          Fixtures.engine().validate(Fixtures.resource(sr), Fixtures.options(Fixtures.world()));

      assertThat(fromHapi.issues()).isEqualTo(fromJson.issues()).isNotEmpty();
    }

    @Test
    void leavesTheGivenJsonUnchanged() {
      ObjectNode sa = record("study-attainment");
      set(sa, "studyRight.reference", "https://polku.fi/fhir/StudyRight/sr-basic/_history/3");
      String before = sa.toString();

      Fixtures.validate(sa);

      assertThat(sa.toString()).isEqualTo(before);
    }

    @Test
    void becomesABusinessRuleIssueInAnOperationOutcome() {
      ObjectNode decision = set(record("early-childhood-decision"), "hoursPerWeek", 200);
      ValidationReport report =
          Fixtures.engine().validate(decision, Fixtures.options(Fixtures.world()));

      OperationOutcome.OperationOutcomeIssueComponent issue =
          report.toOperationOutcome("sv").getIssueFirstRep();

      assertThat(report.isValid()).isFalse();
      assertThat(issue.getCode()).isEqualTo(OperationOutcome.IssueType.BUSINESSRULE);
      assertThat(issue.getDetails().getCodingFirstRep().getCode()).isEqualTo("POLKU-VAL-0510");
      assertThat(issue.getDetails().getText()).contains("200", "timmar");
      assertThat(issue.getExpression().get(0).getValue())
          .isEqualTo("EarlyChildhoodDecision.hoursPerWeek");
      assertThat(issue.getDiagnostics()).isEqualTo("decision-hours-per-week-in-range");
    }

    @Test
    void runsNothingWhenBusinessRulesAreOffOrTheInputIsNotARecord() {
      ObjectNode bad = set(record("early-childhood-decision"), "hoursPerWeek", 200);
      ValidationOptions off = new ValidationOptions(Fixtures.AS_OF, Fixtures.world(), false);

      assertThat(Fixtures.engine().validate(bad, off).issues()).isEmpty();
      assertThat(Fixtures.validate(Fixtures.projector().parse("{\"id\": \"x\"}"))).isEmpty();
      assertThat(Fixtures.validate(Fixtures.projector().parse("{\"resourceType\": \"Nope\"}")))
          .isEmpty();
    }

    @Test
    void toleratesReferencesThatAreNotIris() {
      ObjectNode membership =
          set(
              record("group-membership"),
              "learner.reference",
              "Learner?identifier=urn:oid:1.2.246.21|010315A9875");

      assertThat(Fixtures.validate(membership)).isEmpty();
    }

    @Test
    void validatesANewRecordWithoutAnId() {
      ObjectNode sr = record("study-right-basic");
      sr.remove("id");
      set(sr, "period.start", "2023-01-09");
      set(sr, "statusHistory[0].start", "2023-01-09");

      assertThat(Issues.codes(Fixtures.validate(sr))).containsExactly("POLKU-VAL-0508");
    }
  }
}
