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
 * @param prepared each resource's form readied by the hub port ({@link
 *     fi.polku.mapping.hub.HubPort#prepare}) on a worker thread, or null; taken once
 */
record PreparedRow(
    RowOutput output,
    List<byte[]> json,
    List<byte[]> canonical,
    List<RowIssue> issues,
    Object[] prepared) {

  /**
   * The readied form of resource {@code i}, or null; the slot is emptied, because the port may
   * change what it readied, and a record sent again (its batch failed) must be read afresh.
   */
  Object takePrepared(int i) {
    Object p = prepared[i];
    prepared[i] = null;
    return p;
  }
}
