package fi.polku.validation.structure;

import java.time.LocalDate;
import java.util.List;

/**
 * When a code may be used, from its CodeSystem concept properties.
 *
 * @param validFrom first day of validity ({@code validFrom} or the FHIR concept property {@code
 *     effectiveDate}), or null
 * @param validTo last day of validity ({@code validTo} or {@code retirementDate}), or null
 * @param inactive true if the code is marked {@code inactive} (or status retired) without a
 *     validTo: it is not valid on or after {@code inactiveFrom}
 * @param inactiveFrom the first day an inactive code without dates is known to be out of use: the
 *     code list's effective start ({@code CodeSystem.effectivePeriod.start}); null means out of use
 *     on every date
 * @param successors codes that replace this one (concept property {@code successor}), for the
 *     message
 */
record ConceptValidity(
    LocalDate validFrom,
    LocalDate validTo,
    boolean inactive,
    LocalDate inactiveFrom,
    List<String> successors) {}
