package fi.polku.samples.generate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Creates ECEC children with their decisions and placements.
 *
 * <p>A child starts ECEC at 9–16 months. About a third later get a new decision at the start of an
 * operating year (1 August), for example when the hours change; the earlier decision then ends the
 * day before. Some placements move to another unit of the same kind of arrangement mid-decision.
 * Pre-primary pupils may have a part-day supplementary decision for the current operating year.
 */
final class EcecChildren {

  static final double SHIFT_CARE_SHARE = 0.03;
  static final double URGENT_SHARE = 0.05;
  static final double TEMPORARY_SHARE = 0.02;
  static final double UNIT_CHANGE_SHARE = 0.08;

  /** Weekly hours times ten: full-time needs dominate, a fifth are part-time. */
  static final Weighted<Integer> HOURS =
      Weighted.<Integer>builder()
          .add(400, 30)
          .add(375, 15)
          .add(350, 15)
          .add(450, 10)
          .add(425, 5)
          .add(300, 5)
          .add(250, 8)
          .add(200, 8)
          .add(150, 4)
          .build();

  static final Weighted<Integer> SUPPLEMENTARY_HOURS =
      Weighted.<Integer>builder().add(150, 2).add(200, 5).add(225, 2).build();

  private final CityIds ids;

  EcecChildren(CityIds ids) {
    this.ids = ids;
  }

  /** A child of ECEC age (1–5) with its decision history. */
  EcecChild regular(Households.Child child, Area area, int age, Rand rand) {
    LocalDate birth = child.person().birthDate();
    LocalDate first = snap(birth.plusMonths(rand.between(9, 16)), rand);
    List<LocalDate> starts = new ArrayList<>();
    starts.add(first);
    double draw = rand.nextDouble();
    int changes = draw < 0.62 ? 0 : draw < 0.9 ? 1 : 2;
    for (int year = first.getYear() + 1; year <= 2024 && starts.size() <= changes; year++) {
      LocalDate august = LocalDate.of(year, 8, 1);
      if (august.isAfter(first.plusDays(180)) && rand.chance(0.5)) {
        starts.add(august);
      }
    }
    List<EcecDecision> decisions = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      boolean last = i == starts.size() - 1;
      LocalDate start = starts.get(i);
      boolean temporary = last && rand.chance(TEMPORARY_SHARE);
      LocalDate end;
      if (!last) {
        end = starts.get(i + 1).minusDays(1);
      } else if (temporary) {
        end = start.plusDays(rand.between(30, 90));
      } else {
        end = rand.chance(age == 5 ? 0.4 : 0.15) ? SchoolCalendar.ECEC_YEAR_END : null;
      }
      decisions.add(decision(area, start, end, HOURS.pick(rand), temporary, rand));
    }
    return child(child, decisions, rand);
  }

  /** Supplementary ECEC of a pre-primary pupil for the current operating year. */
  EcecChild supplementary(Households.Child child, Area area, Rand rand) {
    LocalDate start = rand.chance(0.5) ? SchoolCalendar.ECEC_YEAR_START : SchoolCalendar.YEAR_START;
    LocalDate end = rand.chance(0.5) ? SchoolCalendar.ECEC_YEAR_END : null;
    EcecDecision decision = decision(area, start, end, SUPPLEMENTARY_HOURS.pick(rand), false, rand);
    return child(child, List.of(decision), rand);
  }

  private EcecChild child(Households.Child child, List<EcecDecision> decisions, Rand rand) {
    LocalDate created = decisions.get(0).applicationDate();
    LocalDateTime modified =
        rand.chance(0.3)
            ? Timestamps.between(created, SchoolCalendar.EXPORT_DATE.minusDays(1), rand)
            : Timestamps.on(created.plusDays(rand.between(0, 5)), rand);
    return new EcecChild(ids.child(), child.person(), child.household(), decisions, modified);
  }

  private EcecDecision decision(
      Area area, LocalDate start, LocalDate end, int hours, boolean temporary, Rand rand) {
    boolean urgent = rand.chance(URGENT_SHARE);
    LocalDate application = start.minusDays(urgent ? rand.between(10, 14) : rand.between(14, 120));
    if (!application.isBefore(SchoolCalendar.EXPORT_DATE)) {
      // Decisions starting after the export were applied for before it.
      application = SchoolCalendar.EXPORT_DATE.minusDays(rand.between(1, 30));
    }
    boolean shiftCare = rand.chance(SHIFT_CARE_SHARE);
    Boolean daily = shiftCare ? null : rand.chance(0.92);
    Boolean fullDay = shiftCare ? null : hours >= 250;
    int id = ids.decision();
    LocalDate decided = application.plusDays(rand.between(3, 20));
    LocalDate lastEdit =
        end != null && end.isBefore(SchoolCalendar.EXPORT_DATE)
            ? end
            : SchoolCalendar.EXPORT_DATE.minusDays(1);
    LocalDateTime modified =
        rand.chance(0.3) && lastEdit.isAfter(decided)
            ? Timestamps.between(decided, lastEdit, rand)
            : Timestamps.on(
                decided.isBefore(SchoolCalendar.EXPORT_DATE) ? decided : application, rand);
    List<EcecPlacement> placements = placements(area, start, end, modified, rand);
    EcecArrangement arrangement = placements.get(0).unit().arrangement();
    return new EcecDecision(
        id,
        application,
        start,
        end,
        hours,
        daily,
        fullDay,
        shiftCare,
        urgent,
        temporary,
        arrangement,
        placements,
        modified);
  }

  private List<EcecPlacement> placements(
      Area area, LocalDate start, LocalDate end, LocalDateTime decided, Rand rand) {
    EcecUnit unit = area.pickUnit(rand);
    LocalDate until = end != null ? end : SchoolCalendar.EXPORT_DATE;
    long span = until.toEpochDay() - start.toEpochDay();
    List<EcecPlacement> result = new ArrayList<>(2);
    if (span > 90 && rand.chance(UNIT_CHANGE_SHARE)) {
      EcecUnit other = null;
      for (int attempt = 0; attempt < 5 && other == null; attempt++) {
        EcecUnit candidate = area.pickUnit(rand);
        if (candidate != unit && candidate.arrangement() == unit.arrangement()) {
          other = candidate;
        }
      }
      if (other != null) {
        LocalDate change = start.plusDays(rand.between(30, (int) span - 30));
        result.add(placement(unit, start, change.minusDays(1), decided, rand));
        result.add(placement(other, change, end, decided, rand));
        return result;
      }
    }
    result.add(placement(unit, start, end, decided, rand));
    return result;
  }

  private EcecPlacement placement(
      EcecUnit unit, LocalDate start, LocalDate end, LocalDateTime decided, Rand rand) {
    LocalDate from = decided.toLocalDate();
    LocalDate to = start.isAfter(from) ? start : from;
    if (to.isAfter(SchoolCalendar.EXPORT_DATE.minusDays(1))) {
      to = SchoolCalendar.EXPORT_DATE.minusDays(1);
    }
    return new EcecPlacement(ids.placement(), unit, start, end, Timestamps.between(from, to, rand));
  }

  /** Starts fall on the first of a month or on a Monday. */
  private static LocalDate snap(LocalDate day, Rand rand) {
    if (rand.chance(0.5)) {
      return day.getDayOfMonth() == 1 ? day : day.with(TemporalAdjusters.firstDayOfNextMonth());
    }
    return day.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
  }
}
