package fi.polku.samples.generate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * An ECEC decision (varhaiskasvatuspäätös).
 *
 * @param id {@code paatos_id}
 * @param applicationDate day the application was submitted
 * @param start first day
 * @param end last day, or {@code null} if open-ended
 * @param hoursTimesTen hours of ECEC per week, times ten (375 = 37.5 hours)
 * @param daily five days a week; {@code null} when not recorded (shift care)
 * @param fullDay more than five hours a day; {@code null} when not recorded (shift care)
 * @param shiftCare entitled to shift care
 * @param urgent application processed urgently
 * @param temporary temporary ECEC
 * @param arrangement how the city arranges the ECEC
 * @param placements placements under the decision, in order
 * @param modified last modification in the ECEC database
 */
public record EcecDecision(
    int id,
    LocalDate applicationDate,
    LocalDate start,
    LocalDate end,
    int hoursTimesTen,
    Boolean daily,
    Boolean fullDay,
    boolean shiftCare,
    boolean urgent,
    boolean temporary,
    EcecArrangement arrangement,
    List<EcecPlacement> placements,
    LocalDateTime modified) {}
