package fi.polku.mapping.hub;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A stored resource's current version.
 *
 * @param type resource type
 * @param id resource id
 * @param json the resource (with {@code id} and {@code meta})
 */
public record StoredResource(String type, String id, ObjectNode json) {}
