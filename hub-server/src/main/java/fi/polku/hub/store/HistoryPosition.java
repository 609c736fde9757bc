package fi.polku.hub.store;

import java.time.Instant;

/**
 * A position in a history: the last version of the previous page.
 *
 * @param lastUpdated when that version was written
 * @param pid its resource's row id
 * @param version its version
 */
public record HistoryPosition(Instant lastUpdated, long pid, int version) {}
