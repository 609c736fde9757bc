package fi.polku.mapping.hub;

import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Reads transaction-response Bundles and error answers into {@link TransactionResult}s. */
final class TransactionResponses {

  private static final ObjectMapper JSON = new ObjectMapper();

  private TransactionResponses() {}

  static TransactionResult committed(JsonNode bundle, int count, Instant sent) {
    List<EntryOutcome> out = new ArrayList<>();
    for (JsonNode entry : bundle.path("entry")) {
      JsonNode r = entry.path("response");
      String status = r.path("status").asText("");
      List<HubIssue> issues = OutcomeParser.issues(r.get("outcome"));
      String location = r.path("location").asText("");
      String id = idOf(location);
      String version = r.path("etag").asText("").replaceAll("[W/\"]", "");
      EntryStatus s;
      if (status.startsWith("201")) {
        s = EntryStatus.CREATED;
      } else if (unchanged(issues, r.path("lastModified").asText(null), sent)) {
        s = EntryStatus.UNCHANGED;
      } else {
        s = EntryStatus.UPDATED;
      }
      out.add(new EntryOutcome(s, id, version, issues));
    }
    while (out.size() < count) {
      out.add(new EntryOutcome(EntryStatus.UPDATED, null, null, List.of()));
    }
    return TransactionResult.committed(out);
  }

  /**
   * The hub says "unchanged" in an informational outcome when it gives one; otherwise a version
   * last modified before the request was sent was not written by it.
   */
  private static boolean unchanged(List<HubIssue> issues, String lastModified, Instant sent) {
    for (HubIssue i : issues) {
      if (i.message().en().startsWith("Unchanged")) {
        return true;
      }
    }
    if (lastModified == null) {
      return false;
    }
    try {
      return OffsetDateTime.parse(lastModified).toInstant().isBefore(sent.minusSeconds(1));
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static String idOf(String location) {
    String[] parts = location.split("/");
    return parts.length >= 2 ? parts[1] : null;
  }

  static TransactionResult rejected(BaseServerResponseException e) {
    String fallback = "HTTP " + e.getStatusCode() + ": " + e.getMessage();
    String body = e.getResponseBody();
    if (body == null || body.isBlank()) {
      return TransactionBundles.rejected(null, fallback);
    }
    try {
      return TransactionBundles.rejected(JSON.readTree(body), fallback);
    } catch (java.io.IOException notJson) {
      // An answer that is not an OperationOutcome (a proxy's error page): the status line says it.
      return TransactionBundles.rejected(null, fallback + " (" + notJson.getMessage() + ")");
    }
  }
}
