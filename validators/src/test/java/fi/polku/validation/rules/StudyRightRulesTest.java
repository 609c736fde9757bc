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
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StudyRightRulesTest {

  private static ObjectNode withStatuses(ObjectNode studyRight, ObjectNode... statuses) {
    ArrayNode history = studyRight.putArray("statusHistory");
    for (ObjectNode s : statuses) {
      history.add(s);
    }
    return studyRight;
  }

  @Nested
  class StatusHistoryInDateOrder {

    @Test
    void acceptsStatusesInDateOrderIncludingSameDayAndPartialDates() {
      ObjectNode sr =
          withStatuses(
              record("study-right-basic"),
              status("lasna", "2022-08-10"),
              status("loma", "2023-06"),
              status("lasna", "2023-06-01"),
              status("lasna", "2023-06-01"));

      assertThat(validate(sr)).isEmpty();
    }

    @Test
    void reportsAStatusThatStartsBeforeTheOneListedBeforeIt() {
      ObjectNode sr =
          withStatuses(
              record("study-right-basic"),
              status("lasna", "2022-08-10"),
              status("loma", "2023-06-05"),
              status("lasna", "2023-05-20"));

      ValidationIssue issue = Issues.only(validate(sr), "POLKU-VAL-0503");

      assertThat(issue.severity()).isEqualTo(Severity.ERROR);
      assertThat(issue.location()).isEqualTo("StudyRight.statusHistory[2].start");
      assertThat(issue.ruleId()).isEqualTo("status-history-in-date-order");
      Issues.assertMessageHas(issue, "2023-05-20", "2023-06-05");
    }

    @Test
    void comparesAPartialDateOnlyWhenItIsCertainlyOutOfOrder() {
      ObjectNode possible =
          withStatuses(
              record("study-right-basic"),
              status("lasna", "2022-08-10"),
              status("loma", "2023-06-05"),
              status("lasna", "2023-06"));
      ObjectNode certain =
          withStatuses(
              record("study-right-basic"),
              status("lasna", "2022-08-10"),
              status("loma", "2023-06-05"),
              status("lasna", "2023-05"));

      assertThat(validate(possible)).isEmpty();
      assertThat(Issues.only(validate(certain), "POLKU-VAL-0503").location())
          .isEqualTo("StudyRight.statusHistory[2].start");
    }
  }

  @Nested
  class NothingFollowsTerminatingStatus {

    @Test
    void acceptsInvalidationAfterAnEndedStudyRight() {
      ObjectNode sr = record("study-right-pre-primary");
      ((ArrayNode) sr.get("statusHistory")).add(status("mitatoity", "2022-09-01"));

      assertThat(Issues.codes(validate(sr))).doesNotContain("POLKU-VAL-0504");
    }

    @Test
    void reportsAStatusAfterGraduation() {
      ObjectNode sr = record("study-right-pre-primary");
      ((ArrayNode) sr.get("statusHistory")).add(status("lasna", "2022-08-10"));

      ValidationIssue issue = Issues.only(validate(sr), "POLKU-VAL-0504");

      assertThat(issue.severity()).isEqualTo(Severity.ERROR);
      assertThat(issue.location()).isEqualTo("StudyRight.statusHistory[2]");
      Issues.assertMessageHas(issue, "lasna", "2022-08-10", "valmistunut", "2022-05-31");
    }

    @Test
    void reportsAStatusAfterInvalidation() {
      ObjectNode sr =
          withStatuses(
              record("study-right-basic"),
              status("lasna", "2022-08-10"),
              status("mitatoity", "2022-09-01"),
              status("mitatoity", "2022-09-02"));

      assertThat(Issues.only(validate(sr), "POLKU-VAL-0504").location())
          .isEqualTo("StudyRight.statusHistory[2]");
    }
  }

  @Nested
  class EndIsTerminatingStatusStart {

    @Test
    void acceptsAnEndOnTheDayOfTheTerminatingStatusOrWithinItsPartialDate() {
      ObjectNode partial = set(record("study-right-pre-primary"), "period.end", "2022-05");

      assertThat(validate(record("study-right-pre-primary"))).isEmpty();
      assertThat(Issues.codes(validate(partial))).doesNotContain("POLKU-VAL-0505");
    }

    @Test
    void warnsWhenTheEndIsNotTheStartOfTheLastTerminatingStatus() {
      ObjectNode sr = set(record("study-right-pre-primary"), "period.end", "2022-06-04");

      ValidationIssue issue = Issues.only(validate(sr), "POLKU-VAL-0505");

      assertThat(issue.severity()).isEqualTo(Severity.WARNING);
      assertThat(issue.location()).isEqualTo("StudyRight.period.end");
      Issues.assertMessageHas(issue, "2022-06-04", "2022-05-31");
    }
  }

  @Nested
  class EndNeedsTerminatingStatus {

    @Test
    void acceptsAnOpenStudyRightWithAPlannedEndDate() {
      ObjectNode sr = set(record("study-right-basic"), "plannedEndDate", "2031-06-01");

      assertThat(validate(sr)).isEmpty();
    }

    @Test
    void warnsAboutAnEndDateWithoutATerminatingStatus() {
      ObjectNode sr = set(record("study-right-basic"), "period.end", "2031-06-01");

      ValidationIssue issue = Issues.only(validate(sr), "POLKU-VAL-0506");

      assertThat(issue.severity()).isEqualTo(Severity.WARNING);
      assertThat(issue.location()).isEqualTo("StudyRight.period.end");
      Issues.assertMessageHas(issue, "2031-06-01");
    }
  }

  @Nested
  class PrePrimaryLearnerAge {

    @Test
    void acceptsASixYearOldAndAPartialBirthDateThatMayFit() {
      // Born in 2016 the learner may be 4 or 5 on 2021-08-11: not certainly too young.
      var resolver = Fixtures.world();
      resolver.add(Fixtures.resource(set(record("learner"), "birthDate", "2016")));

      assertThat(validate(record("study-right-pre-primary"))).isEmpty();
      assertThat(validate(record("study-right-pre-primary"), resolver)).isEmpty();
    }

    @Test
    void reportsALearnerTooYoungAtTheStart() {
      var resolver = Fixtures.world();
      resolver.add(Fixtures.resource(set(record("learner"), "birthDate", "2016-09-30")));

      ValidationIssue issue =
          Issues.only(validate(record("study-right-pre-primary"), resolver), "POLKU-VAL-0507");

      assertThat(issue.severity()).isEqualTo(Severity.ERROR);
      assertThat(issue.location()).isEqualTo("StudyRight.period.start");
      Issues.assertMessageHas(issue, "2021-08-11", "4");
    }

    @Test
    void reportsALearnerTooOldAtTheFirstStatusWhenThereIsNoPeriod() {
      var resolver = Fixtures.world();
      resolver.add(Fixtures.resource(set(record("learner"), "birthDate", "2013-01")));
      ObjectNode sr = remove(record("study-right-pre-primary"), "period");

      ValidationIssue issue = Issues.only(validate(sr, resolver), "POLKU-VAL-0507");

      assertThat(issue.location()).isEqualTo("StudyRight.statusHistory[0].start");
      Issues.assertMessageHas(issue, "2021-08-11", "8");
    }

    @Test
    void doesNotApplyToOtherTypesOfStudyRight() {
      var resolver = Fixtures.world();
      resolver.add(Fixtures.resource(set(record("learner"), "birthDate", "2000-01-01")));

      assertThat(validate(record("study-right-basic"), resolver)).isEmpty();
    }
  }

  @Nested
  class OverlappingBasicEducationStudyRights {

    private ObjectNode second(String start, String end) {
      ObjectNode other = record("study-right-basic");
      other.put("id", "sr-basic-2");
      set(
          other,
          "school",
          Fixtures.projector().parse("{\"reference\": \"Organization/school-2\"}"));
      set(other, "period.start", start);
      set(other, "statusHistory[0].start", start);
      if (end != null) {
        set(other, "period.end", end);
        ((ArrayNode) other.get("statusHistory")).add(status("eronnut", end));
      }
      return other;
    }

    @Test
    void acceptsATransferThatEndsTheDayTheNewStudyRightStarts() {
      var resolver = Fixtures.world();
      resolver.add(Fixtures.resource(second("2019-08-08", "2022-08-10")));

      assertThat(validate(record("study-right-basic"), resolver)).isEmpty();
    }

    @Test
    void warnsAboutAnOpenStudyRightOverlappingAnother() {
      var resolver = Fixtures.world();
      resolver.add(Fixtures.resource(second("2023-01-09", null)));

      ValidationIssue issue =
          Issues.only(validate(record("study-right-basic"), resolver), "POLKU-VAL-0508");

      assertThat(issue.severity()).isEqualTo(Severity.WARNING);
      assertThat(issue.location()).isEqualTo("StudyRight.period");
      Issues.assertMessageHas(issue, "2023-01-09");
    }

    @Test
    void ignoresRevokedStudyRightsAndOtherTypes() {
      ObjectNode revoked = second("2023-01-09", null);
      ((ArrayNode) revoked.get("statusHistory")).add(status("peruutettu", "2023-01-09"));
      ObjectNode prePrimary = second("2023-01-09", null);
      prePrimary.put("id", "sr-pre-2");
      set(prePrimary, "type.coding[0].code", "esiopetus");
      var resolver = Fixtures.world();
      resolver.add(Fixtures.resource(revoked), Fixtures.resource(prePrimary));

      assertThat(validate(record("study-right-basic"), resolver)).isEmpty();
    }

    @Test
    void doesNotCountAStoredVersionOfTheSameStudyRight() {
      ObjectNode changed = set(record("study-right-basic"), "period.start", "2022-08-11");
      set(changed, "statusHistory[0].start", "2022-08-11");

      assertThat(validate(changed)).isEmpty();
    }

    @Test
    void partialDatesOverlapOnlyWhenCertain() {
      var maybe = Fixtures.world();
      maybe.add(Fixtures.resource(second("2019", "2022-08")));
      var certain = Fixtures.world();
      certain.add(Fixtures.resource(second("2019", "2022-09")));

      assertThat(validate(record("study-right-basic"), maybe)).isEmpty();
      assertThat(Issues.codes(validate(record("study-right-basic"), certain)))
          .containsExactly("POLKU-VAL-0508");
    }
  }
}
