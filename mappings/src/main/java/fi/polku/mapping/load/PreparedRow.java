package fi.polku.mapping.load;

import fi.polku.mapping.codes.RowIssue;
import fi.polku.mapping.transform.RowOutput;
import java.util.List;

/**
 * A record that passed transformation and the duplicate check, with its resources serialised (the
 * bytes that are validated are the bytes sent).
 *
 * @param output the transformation's output
 * @param json each resource's JSON, in the order of {@code output.resources()}
 * @param canonical each resource's JSON without {@code meta} where its content is compared with
 *     other records ({@code repeat: same}), else null
 * @param issues validation problems, filled in by the validation stage
 */
record PreparedRow(
    RowOutput output, List<byte[]> json, List<byte[]> canonical, List<RowIssue> issues) {}
