package fi.polku.validation.rules;

import static fi.polku.validation.rules.Fixtures.record;
import static fi.polku.validation.rules.Fixtures.set;
import static fi.polku.validation.rules.Fixtures.validate;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.validation.api.Severity;
import fi.polku.validation.api.ValidationIssue;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StudyAttainmentRulesTest {

  @Nested
  class AssessmentWithinStudyRight {

    @Test
    void acceptsAssessmentsWithinAnOpenStudyRight() {
      ObjectNode sa = set(record("study-attainment"), "assessment[0].date", "2030-05-31");

      assertThat(validate(sa)).isEmpty();
    }

    @Test
    void reportsAnAssessmentBeforeTheStudyRightStarted() {
      ObjectNode sa = set(record("study-attainment"), "assessment[0].date", "2022-05-31");

      ValidationIssue issue = Issues.only(validate(sa), "POLKU-VAL-0501");

      assertThat(issue.severity()).isEqualTo(Severity.ERROR);
      assertThat(issue.location()).isEqualTo("StudyAttainment.assessment[0].date");
      assertThat(issue.ruleId()).isEqualTo("attainment-assessment-not-before-study-right");
      Issues.assertMessageHas(issue, "2022-05-31", "2022-08-10");
    }

    // Parts of parts are not tested: the model's JSON-LD context does not project their content
    // yet (a model compiler issue, see docs/validation/rules.md); the rule's query covers any
    // depth.

    @Test
    void warnsOfAnAssessmentOfAPartAfterTheStudyRightEnded() {
      ObjectNode sa = record("study-attainment");
      set(sa, "studyRight.reference", "StudyRight/sr-pre");
      set(sa, "assessment[0].date", "2022-05-31");
      set(sa, "part[0].assessment[0].date", "2022-06-01");
      // The nested part's own assessment lies within the pre-primary study right: one fault only.
      set(sa, "part[0].part[0].assessment[0].date", "2022-05-15");

      ValidationIssue issue = Issues.only(validate(sa), "POLKU-VAL-0515");

      // Final grades may follow graduation (KOSKI accepts them): a warning, the record is kept.
      assertThat(issue.severity()).isEqualTo(Severity.WARNING);
      assertThat(issue.ruleId()).isEqualTo("attainment-assessment-after-study-right");
      assertThat(issue.location()).isEqualTo("StudyAttainment.part[0].assessment[0].date");
      Issues.assertMessageHas(issue, "2022-06-01", "2021-08-11", "2022-05-31");
    }

    @Test
    void reportsAnAssessmentOfAPartBeforeTheStudyRightStarted() {
      ObjectNode sa = record("study-attainment");
      set(sa, "studyRight.reference", "StudyRight/sr-pre");
      set(sa, "assessment[0].date", "2022-05-31");
      set(sa, "part[0].assessment[0].date", "2021-08-10");
      set(sa, "part[0].part[0].assessment[0].date", "2022-05-15");

      ValidationIssue issue = Issues.only(validate(sa), "POLKU-VAL-0501");

      assertThat(issue.severity()).isEqualTo(Severity.ERROR);
      assertThat(issue.location()).isEqualTo("StudyAttainment.part[0].assessment[0].date");
      Issues.assertMessageHas(issue, "2021-08-10", "2021-08-11", "2022-05-31");
    }

    @Test
    void reportsAPartialDateOnlyWhenNoDayOfItIsWithinThePeriod() {
      ObjectNode sa = record("study-attainment");
      set(sa, "studyRight.reference", "StudyRight/sr-pre");
      set(sa, "assessment[0].date", "2022-05");
      set(sa, "behaviourAssessment", sa.get("assessment").get(0).deepCopy());
      set(sa, "behaviourAssessment.date", "2022");
      set(sa, "part[0].assessment[0].date", "2022-06");
      set(sa, "part[0].part[0].assessment[0].date", "2022-05");

      ValidationIssue issue = Issues.only(validate(sa), "POLKU-VAL-0515");

      assertThat(issue.location()).isEqualTo("StudyAttainment.part[0].assessment[0].date");
    }

    @Test
    void reportsAnAssessmentOfAPartNestedTwoLevelsDeep() {
      ObjectNode sa = record("study-attainment");
      set(sa, "studyRight.reference", "StudyRight/sr-pre");
      set(sa, "assessment[0].date", "2022-05-31");
      set(sa, "part[0].assessment[0].date", "2022-05-31");
      set(sa, "part[0].part[0].assessment[0].date", "2022-09-01");

      ValidationIssue issue = Issues.only(validate(sa), "POLKU-VAL-0515");

      assertThat(issue.location()).isEqualTo("StudyAttainment.part[0].part[0].assessment[0].date");
    }

    @Test
    void usesTheFirstStatusWhenTheStudyRightHasNoPeriod() {
      var resolver = Fixtures.world();
      resolver.add(Fixtures.resource(Fixtures.remove(record("study-right-basic"), "period")));
      ObjectNode sa = set(record("study-attainment"), "assessment[0].date", "2022-08-09");

      assertThat(Issues.only(validate(sa, resolver), "POLKU-VAL-0501").message().en())
          .contains("(2022-08-10–)");
    }

    @Test
    void saysNothingWhenTheStudyRightCannotBeResolved() {
      ObjectNode sa = set(record("study-attainment"), "assessment[0].date", "1999-01-01");

      assertThat(validate(sa, Fixtures.resolverWith(java.util.List.of("learner")))).isEmpty();
    }
  }

  @Nested
  class LearnerIsStudyRightLearner {

    @Test
    void acceptsTheSameLearnerWrittenAsAnAbsoluteReference() {
      ObjectNode sa =
          set(
              record("study-attainment"),
              "learner.reference",
              "https://polku.fi/fhir/Learner/learner-1");

      assertThat(validate(sa)).isEmpty();
    }

    @Test
    void reportsAnotherLearnerThanTheStudyRights() {
      var resolver = Fixtures.world();
      ObjectNode other = record("learner");
      other.put("id", "learner-2");
      resolver.add(Fixtures.resource(other));
      ObjectNode sa = set(record("study-attainment"), "learner.reference", "Learner/learner-2");

      ValidationIssue issue = Issues.only(validate(sa, resolver), "POLKU-VAL-0502");

      assertThat(issue.severity()).isEqualTo(Severity.ERROR);
      assertThat(issue.location()).isEqualTo("StudyAttainment.learner");
      assertThat(issue.message().fi())
          .isEqualTo("Suorituksen oppija ei ole sama kuin sen opiskeluoikeuden oppija.");
    }
  }
}
