package fi.polku.samples.generate;

import java.time.LocalDate;
import java.util.List;

/**
 * The fixed structure of one city, decided before any learner is generated: its schools, ECEC units
 * and districts with their age cohorts. Small enough to hold in memory at any scale.
 *
 * @param city the city
 * @param providerOid the city's OID as education and ECEC provider
 * @param learners learners of the city in this run
 * @param schools every school, in key order
 * @param units every ECEC unit, in id order
 * @param areas the districts, in generation order
 * @param schoolDays school days of the current year up to the export
 */
public record CityPlan(
    City city,
    String providerOid,
    int learners,
    List<School> schools,
    List<EcecUnit> units,
    List<Area> areas,
    List<LocalDate> schoolDays) {}
