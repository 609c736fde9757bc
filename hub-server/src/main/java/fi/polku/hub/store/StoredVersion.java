package fi.polku.hub.store;

import java.time.Instant;

/**
 * One stored version of a resource as the read side sees it.
 *
 * @param type resource type
 * @param id logical id
 * @param version FHIR version id
 * @param deleted whether this version is a tombstone
 * @param lastUpdated when the version was written
 * @param json the content without id and without {@code meta.versionId}/{@code meta.lastUpdated}
 *     (those live in columns); {@code null} for a tombstone
 * @param pid the row id of the resource (the same for all its versions)
 */
public record StoredVersion(
    String type,
    String id,
    int version,
    boolean deleted,
    Instant lastUpdated,
    String json,
    long pid) {}
