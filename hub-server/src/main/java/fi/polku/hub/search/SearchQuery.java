package fi.polku.hub.search;

import fi.polku.hub.index.SearchParam;
import java.util.List;

/**
 * A parsed FHIR search: the criteria (all must hold), the order, the page size, the includes, how
 * to count, the page's cursor, and the parameters applied (for the self link).
 *
 * @param type the resource type searched
 * @param criteria AND-ed criteria
 * @param sort sort keys, most significant first; the row id breaks ties
 * @param count page size
 * @param includes {@code _include}s
 * @param revIncludes {@code _revinclude}s
 * @param total how to count
 * @param cursor where the page starts; null for the first page
 * @param applied the parameters applied, as name and value, in request order
 */
public record SearchQuery(
    String type,
    List<Criterion> criteria,
    List<SortKey> sort,
    int count,
    List<Include> includes,
    List<Include> revIncludes,
    Total total,
    Cursor cursor,
    List<Applied> applied) {

  /** A sort key. */
  public record SortKey(SearchParam param, boolean descending) {}

  /**
   * An include: resources of {@code sourceType} refer through {@code param} (any reference
   * parameter when null) to resources of {@code targetType} (any when null).
   */
  public record Include(
      String sourceType, SearchParam param, String targetType, boolean iterate, String text) {}

  /** A parameter as applied. */
  public record Applied(String name, String value) {}

  /** The {@code _total} modes; {@link #DEFAULT} when the client did not ask. */
  public enum Total {
    NONE,
    ESTIMATE,
    ACCURATE,
    DEFAULT
  }
}
