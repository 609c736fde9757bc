package fi.polku.hub.write;

import fi.polku.hub.problem.HubCodes;
import fi.polku.hub.problem.HubException;
import java.util.Map;
import org.hl7.fhir.r5.model.Bundle;

/**
 * Answers the search entries of a batch or transaction Bundle ({@code GET Learner?identifier=...}):
 * the write path knows no search, the REST layer that received the Bundle does.
 */
@FunctionalInterface
public interface EntrySearches {

  /** No searches: a search entry is answered as not implemented. */
  EntrySearches NONE =
      (type, query) -> {
        throw new HubException(
            HubCodes.NOT_IMPLEMENTED,
            Map.of("detail", "searches in a Bundle written in-process (use the REST API)"));
      };

  /**
   * The searchset of a search entry.
   *
   * @param type the resource type searched
   * @param query the entry's query string (after {@code ?}, URL-encoded; may be empty)
   * @throws HubException for a search the hub refuses (unknown parameter, bad value)
   */
  Bundle search(String type, String query);
}
