package fi.polku.hub.write;

import fi.polku.hub.problem.HubCodes;
import fi.polku.hub.problem.HubException;
import fi.polku.validation.api.Text;
import java.util.Map;
import org.hl7.fhir.r5.model.Bundle;

/**
 * Answers the search and history entries of a batch or transaction Bundle ({@code GET
 * Learner?identifier=...}, {@code GET Learner/12/_history}): the write path knows no search, the
 * REST layer that received the Bundle does.
 */
public interface EntrySearches {

  /** No searches: a search entry is answered as not implemented. */
  EntrySearches NONE =
      new EntrySearches() {
        @Override
        public Bundle search(String type, String query) {
          throw notHere(new Text("haut", "sökningar", "searches"));
        }

        @Override
        public Bundle history(String type, String id, String query) {
          throw notHere(new Text("historiat", "historiker", "histories"));
        }

        private HubException notHere(Text what) {
          return HubException.withDetail(
              HubCodes.NOT_IMPLEMENTED,
              new Text(
                      "{what} prosessin sisällä kirjoitetussa kokoelmassa (käytä REST-rajapintaa)",
                      "{what} i en samling som skrivs inom processen (använd REST-gränssnittet)",
                      "{what} in a Bundle written in-process (use the REST API)")
                  .format(Map.of(), Map.of("what", what)));
        }
      };

  /**
   * The searchset of a search entry.
   *
   * @param type the resource type searched
   * @param query the entry's query string (after {@code ?}, URL-encoded; may be empty)
   * @throws HubException for a search the hub refuses (unknown parameter, bad value)
   */
  Bundle search(String type, String query);

  /**
   * The history page of a history entry.
   *
   * @param type the resource type, or null for the whole server's history
   * @param id the resource id, or null for a type's history
   * @param query the entry's query string (after {@code ?}, URL-encoded; may be empty)
   * @throws HubException for a history the hub refuses (unknown resource, bad parameter)
   */
  Bundle history(String type, String id, String query);
}
