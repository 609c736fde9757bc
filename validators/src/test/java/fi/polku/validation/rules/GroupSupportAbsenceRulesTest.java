package fi.polku.validation.rules;

import static fi.polku.validation.rules.Fixtures.record;
import static fi.polku.validation.rules.Fixtures.remove;
import static fi.polku.validation.rules.Fixtures.set;
import static fi.polku.validation.rules.Fixtures.status;
import static fi.polku.validation.rules.Fixtures.validate;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.validation.api.Severity;
import fi.polku.validation.api.ValidationIssue;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class GroupSupportAbsenceRulesTest {

  @Nested
  class GroupMemberHasActiveStudyRight {

    @Test
    void acceptsAMemberWhoseStudyRightIsAtTheSchoolTheGroupsUnitBelongsTo() {
      assertThat(validate(record("group-membership"))).isEmpty();
    }

    @Test
    void reportsAMemberWithoutAnyStudyRight() {
      var resolver =
          Fixtures.resolverWith(
              List.of("teaching-group", "organization-unit", "organization-school", "learner"));

      ValidationIssue issue =
          Issues.only(validate(record("group-membership"), resolver), "POLKU-VAL-0512");

      assertThat(issue.severity()).isEqualTo(Severity.ERROR);
      assertThat(issue.location()).isEqualTo("GroupMembership.learner");
      assertThat(issue.ruleId()).isEqualTo("group-member-has-active-study-right");
      Issues.assertMessageHas(issue, "2022-08-10");
    }

    @Test
    void reportsAMemberWhoseStudyRightIsAtAnotherSchool() {
      var resolver = Fixtures.world();
      resolver.add(
          Fixtures.resource(
              set(record("study-right-basic"), "school.reference", "Organization/school-2")));

      assertThat(Issues.codes(validate(record("group-membership"), resolver)))
          .containsExactly("POLKU-VAL-0512");
    }

    @Test
    void reportsAMemberWhoseStudyRightHadEndedWhenTheMembershipStarted() {
      ObjectNode ended = record("study-right-basic");
      set(ended, "period.end", "2022-08-09");
      set(ended, "period.start", "2021-08-11");
      set(ended, "statusHistory[0].start", "2021-08-11");
      ((ArrayNode) ended.get("statusHistory")).add(status("eronnut", "2022-08-09"));
      var resolver = Fixtures.world();
      resolver.add(Fixtures.resource(ended));

      assertThat(Issues.codes(validate(record("group-membership"), resolver)))
          .containsExactly("POLKU-VAL-0512");
    }

    @Test
    void usesTheSchoolYearWhenTheMembershipHasNoPeriodAndSkipsEcecGroups() {
      ObjectNode membership = remove(record("group-membership"), "period");
      var noStudyRight =
          Fixtures.resolverWith(
              List.of("teaching-group", "organization-unit", "organization-school", "learner"));
      ObjectNode ececGroup = set(record("teaching-group"), "kind.coding[0].code", "ecec-group");
      var ecec =
          Fixtures.resolverWith(List.of("organization-unit", "organization-school", "learner"));
      ecec.add(Fixtures.resource(ececGroup));

      Issues.assertMessageHas(
          Issues.only(validate(membership, noStudyRight), "POLKU-VAL-0512"), "2022-08-01");
      assertThat(validate(membership, ecec)).isEmpty();
    }

    @Test
    void acceptsAStatusOnLeaveAndAPartialStartThatMayBeActive() {
      ObjectNode onLeave = record("study-right-basic");
      ((ArrayNode) onLeave.get("statusHistory")).add(status("loma", "2022-08"));
      var resolver = Fixtures.world();
      resolver.add(Fixtures.resource(onLeave));

      assertThat(validate(record("group-membership"), resolver)).isEmpty();
    }
  }

  @Nested
  class SupportDecisionStartsWithinStudyRight {

    @Test
    void acceptsADecisionWithoutAStudyRight() {
      ObjectNode decision = set(record("support-decision"), "period.start", "2010-01-01");
      remove(decision, "studyRight");
      remove(decision, "decisionDate");

      assertThat(validate(decision)).isEmpty();
    }

    @Test
    void warnsAboutADecisionStartingAfterTheStudyRightEnded() {
      ObjectNode decision = record("support-decision");
      set(decision, "studyRight.reference", "StudyRight/sr-pre");
      set(decision, "period.start", "2022-06");

      ValidationIssue issue = Issues.only(validate(decision), "POLKU-VAL-0513");

      assertThat(issue.severity()).isEqualTo(Severity.WARNING);
      assertThat(issue.location()).isEqualTo("SupportDecision.period.start");
      Issues.assertMessageHas(issue, "2022-06", "2021-08-11", "2022-05-31");
    }
  }

  @Nested
  class AbsenceWithinStudyRight {

    @Test
    void acceptsAnAbsencePeriodWithinAnOpenStudyRight() {
      ObjectNode absence = remove(record("absence"), "lesson");
      set(absence, "period.start", "2023-02-01");
      set(absence, "period.end", "2023-02-03");

      assertThat(validate(absence)).isEmpty();
    }

    @Test
    void reportsALessonBeforeTheStudyRightStarted() {
      ObjectNode absence = set(record("absence"), "lesson.date", "2022-08-09");

      ValidationIssue issue = Issues.only(validate(absence), "POLKU-VAL-0514");

      assertThat(issue.severity()).isEqualTo(Severity.ERROR);
      assertThat(issue.location()).isEqualTo("Absence.lesson.date");
      Issues.assertMessageHas(issue, "2022-08-09", "2022-08-10");
    }

    @Test
    void reportsTheEndOfAnAbsencePeriodAfterTheStudyRightEnded() {
      ObjectNode absence = remove(record("absence"), "lesson");
      set(absence, "studyRight.reference", "StudyRight/sr-pre");
      set(absence, "period.start", "2022-05-30");
      set(absence, "period.end", "2022-06-02");

      ValidationIssue issue = Issues.only(validate(absence), "POLKU-VAL-0514");

      assertThat(issue.location()).isEqualTo("Absence.period.end");
      Issues.assertMessageHas(issue, "2022-06-02");
    }
  }
}
