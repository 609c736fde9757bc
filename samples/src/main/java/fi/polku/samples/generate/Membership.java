package fi.polku.samples.generate;

import java.time.LocalDate;

/**
 * A pupil's membership of a class.
 *
 * @param schoolClass the class
 * @param start first day
 * @param end last day, or {@code null} while the membership lasts as long as the class
 */
public record Membership(SchoolClass schoolClass, LocalDate start, LocalDate end) {}
