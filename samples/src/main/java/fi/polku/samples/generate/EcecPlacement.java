package fi.polku.samples.generate;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A child's placement in an ECEC unit under a decision.
 *
 * @param id {@code sijoitus_id}
 * @param unit the unit
 * @param start first day
 * @param end last day, or {@code null} if open
 * @param modified last modification in the ECEC database
 */
public record EcecPlacement(
    int id, EcecUnit unit, LocalDate start, LocalDate end, LocalDateTime modified) {}
