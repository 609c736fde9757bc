package fi.polku.hub.search;

import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * A page of search results.
 *
 * @param matches the matching resources, in order
 * @param included resources added by {@code _include} and {@code _revinclude}
 * @param total the number of matches in all; null when not counted (or not exactly)
 * @param next the cursor of the next page; null on the last page
 * @param completeBefore epoch milliseconds before which every committed change is visible: a change
 *     feed continues from here without gaps (see {@code polku.search.sync-margin})
 */
public record SearchResult(
    List<IBaseResource> matches,
    List<IBaseResource> included,
    Long total,
    Cursor next,
    long completeBefore) {}
