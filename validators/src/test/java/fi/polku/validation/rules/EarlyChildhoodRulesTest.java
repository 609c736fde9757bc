package fi.polku.validation.rules;

import static fi.polku.validation.rules.Fixtures.record;
import static fi.polku.validation.rules.Fixtures.remove;
import static fi.polku.validation.rules.Fixtures.set;
import static fi.polku.validation.rules.Fixtures.validate;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.validation.api.Severity;
import fi.polku.validation.api.ValidationIssue;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EarlyChildhoodRulesTest {

  @Nested
  class PlacementWithinDecision {

    @Test
    void acceptsAnOpenPlacementUnderAnOpenDecision() {
      var resolver = Fixtures.world();
      resolver.add(Fixtures.resource(remove(record("early-childhood-decision"), "period.end")));
      ObjectNode placement = remove(record("early-childhood-placement"), "period.end");

      assertThat(validate(placement, resolver)).isEmpty();
    }

    @Test
    void reportsAPlacementStartingBeforeItsDecision() {
      ObjectNode placement = set(record("early-childhood-placement"), "period.start", "2018-07-30");

      ValidationIssue issue = Issues.only(validate(placement), "POLKU-VAL-0509");

      assertThat(issue.severity()).isEqualTo(Severity.ERROR);
      assertThat(issue.location()).isEqualTo("EarlyChildhoodPlacement.period.start");
      Issues.assertMessageHas(issue, "2018-07-30", "2021-07-31", "2018-08-01");
    }

    @Test
    void reportsAnOpenPlacementUnderADecisionThatEnds() {
      ObjectNode placement = remove(record("early-childhood-placement"), "period.end");

      ValidationIssue issue = Issues.only(validate(placement), "POLKU-VAL-0509");

      assertThat(issue.location()).isEqualTo("EarlyChildhoodPlacement.period.end");
      Issues.assertMessageHas(issue, "(2018-08-13–)", "(2018-08-01–2021-07-31)");
    }

    @Test
    void comparesPartialDatesByTheDaysTheyMayDenote() {
      ObjectNode maybe = set(record("early-childhood-placement"), "period.end", "2021-07");
      ObjectNode after = set(record("early-childhood-placement"), "period.end", "2021-08");

      assertThat(validate(maybe)).isEmpty();
      assertThat(Issues.only(validate(after), "POLKU-VAL-0509").location())
          .isEqualTo("EarlyChildhoodPlacement.period.end");
    }
  }

  @Nested
  class HoursPerWeekInRange {

    @Test
    void acceptsZeroAndAWholeWeek() {
      ObjectNode none = set(record("early-childhood-decision"), "hoursPerWeek", 0);
      remove(none, "daily");
      ObjectNode all = set(record("early-childhood-decision"), "hoursPerWeek", 168);

      assertThat(validate(none)).isEmpty();
      assertThat(validate(all)).isEmpty();
    }

    @Test
    void reportsMoreHoursThanAWeekHas() {
      ObjectNode decision = set(record("early-childhood-decision"), "hoursPerWeek", 168.5);

      ValidationIssue issue = Issues.only(validate(decision), "POLKU-VAL-0510");

      assertThat(issue.severity()).isEqualTo(Severity.ERROR);
      assertThat(issue.location()).isEqualTo("EarlyChildhoodDecision.hoursPerWeek");
      Issues.assertMessageHas(issue, "168.5");
    }

    @Test
    void reportsNegativeHours() {
      ObjectNode decision = set(record("early-childhood-decision"), "hoursPerWeek", -1);
      remove(decision, "daily");

      Issues.assertMessageHas(Issues.only(validate(decision), "POLKU-VAL-0510"), "-1");
    }
  }

  @Nested
  class HoursMatchFullDay {

    @Test
    void acceptsPartDayBelow25AndFullDayThatIsNotDaily() {
      ObjectNode partDay = set(record("early-childhood-decision"), "hoursPerWeek", 20);
      set(partDay, "fullDay", false);
      ObjectNode notDaily = set(record("early-childhood-decision"), "hoursPerWeek", 15);
      set(notDaily, "daily", false);

      assertThat(validate(partDay)).isEmpty();
      assertThat(validate(notDaily)).isEmpty();
    }

    @Test
    void warnsAboutDailyFullDayUnder25Hours() {
      ObjectNode decision = set(record("early-childhood-decision"), "hoursPerWeek", 24.5);

      ValidationIssue issue = Issues.only(validate(decision), "POLKU-VAL-0511");

      assertThat(issue.severity()).isEqualTo(Severity.WARNING);
      assertThat(issue.location()).isEqualTo("EarlyChildhoodDecision.hoursPerWeek");
      Issues.assertMessageHas(issue, "24.5");
    }

    @Test
    void warnsAboutDailyPartDayOf25HoursOrMore() {
      ObjectNode decision = set(record("early-childhood-decision"), "fullDay", false);

      Issues.assertMessageHas(Issues.only(validate(decision), "POLKU-VAL-0511"), "40.0");
    }
  }
}
