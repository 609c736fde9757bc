package fi.polku.mapping.load;

import fi.polku.mapping.transform.RowOutput;
import java.util.List;

/**
 * A record that passed transformation, duplicate checks and validation, with its resources
 * serialised (the bytes that were validated are the bytes sent).
 *
 * @param output the transformation's output
 * @param json each resource's JSON, in the order of {@code output.resources()}
 */
record PreparedRow(RowOutput output, List<byte[]> json) {}
