package fi.polku.mapping.hub;

import java.util.List;

/**
 * The outcome of one entry of a committed transaction.
 *
 * @param status what happened
 * @param id the resource's id
 * @param version the resource's current version
 * @param issues warnings or information, if any
 */
public record EntryOutcome(EntryStatus status, String id, String version, List<HubIssue> issues) {}
