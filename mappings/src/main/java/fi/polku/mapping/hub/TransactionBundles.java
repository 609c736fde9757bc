package fi.polku.mapping.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.validation.api.Text;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wire form shared by every {@link HubPort}: the transaction Bundle of a list of {@link
 * WriteEntry}s, and the reading of a hub's OperationOutcome into a rejected {@link
 * TransactionResult}. The remote port sends the Bundle over HTTP; the hub's in-process port hands
 * the same Bundle to its write path, so both see identical requests.
 */
public final class TransactionBundles {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ENTRY = Pattern.compile("Bundle\\.entry\\[(\\d+)\\]");

  private TransactionBundles() {}

  /**
   * The transaction Bundle of {@code entries} as JSON text: each entry a {@code PUT} of its URL.
   * The entries' JSON is copied as it is (not parsed and encoded again).
   */
  public static String json(List<WriteEntry> entries) {
    StringBuilder sb = new StringBuilder(entries.size() * 1024);
    sb.append("{\"resourceType\":\"Bundle\",\"type\":\"transaction\",\"entry\":[");
    for (int i = 0; i < entries.size(); i++) {
      WriteEntry e = entries.get(i);
      if (i > 0) {
        sb.append(',');
      }
      // No fullUrl: entries are conditional updates, referenced by their search URL; a urn:uuid
      // fullUrl would become the parsed resource's id on the server.
      sb.append("{\"resource\":");
      sb.append(new String(e.json(), StandardCharsets.UTF_8));
      sb.append(",\"request\":{\"method\":\"PUT\",\"url\":");
      sb.append(JSON.valueToTree(e.url()).toString());
      sb.append("}}");
    }
    sb.append("]}");
    return sb.toString();
  }

  /**
   * A rejected transaction from the hub's OperationOutcome (JSON): its issues, and the failed entry
   * from the first error naming one ({@code Bundle.entry[3]...}). Warnings are skipped: the hub
   * reports the findings of every entry, and a warning on a valid entry does not make it the failed
   * one.
   *
   * @param fallback the text when the outcome has no issues (an HTTP status line)
   */
  public static TransactionResult rejected(JsonNode outcome, String fallback) {
    List<HubIssue> issues = new ArrayList<>(OutcomeParser.issues(outcome));
    if (issues.isEmpty()) {
      issues.add(new HubIssue(null, "error", null, Text.of(fallback)));
    }
    int failed = -1;
    for (HubIssue i : issues) {
      int entry = entryOf(i);
      if (i.isError() && entry >= 0) {
        failed = entry;
        break;
      }
    }
    return TransactionResult.rejected(failed, issues);
  }

  /**
   * The index of the entry an issue is located in ({@code Bundle.entry[3].resource...}), or -1 if
   * its location names no entry.
   */
  public static int entryOf(HubIssue issue) {
    if (issue.location() == null) {
      return -1;
    }
    Matcher m = ENTRY.matcher(issue.location());
    return m.find() ? Integer.parseInt(m.group(1)) : -1;
  }
}
