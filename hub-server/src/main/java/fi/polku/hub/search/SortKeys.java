package fi.polku.hub.search;

import fi.polku.hub.index.IndexFields;
import fi.polku.hub.index.ParamType;
import fi.polku.hub.index.SearchParam;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;

/**
 * The order of a search and its keyset condition. Each sort key reads a single-valued sort field
 * (the parameter's smallest value); hits without a value come last in both directions; the row id
 * breaks ties, so the order is total and a cursor names one position in it.
 */
final class SortKeys {

  private final List<SearchQuery.SortKey> keys;

  SortKeys(List<SearchQuery.SortKey> keys) {
    this.keys = keys;
  }

  /** The sort field of {@code p}. */
  static String field(SearchParam p) {
    if (p.code().equals("_id")) {
      return IndexFields.ID;
    }
    if (p.code().equals("_lastUpdated")) {
      return IndexFields.UPDATED;
    }
    return p.type() == ParamType.DATE
        ? IndexFields.sortNumber(p.code())
        : IndexFields.sortText(p.code());
  }

  /** Whether the sort field of {@code p} holds numbers (Long) rather than text. */
  static boolean numeric(SearchParam p) {
    return p.code().equals("_lastUpdated") || p.type() == ParamType.DATE;
  }

  List<String> fields() {
    return keys.stream().map(k -> field(k.param())).toList();
  }

  List<Class<?>> valueTypes() {
    List<Class<?>> out = new ArrayList<>();
    for (SearchQuery.SortKey k : keys) {
      out.add(numeric(k.param()) ? Long.class : String.class);
    }
    return out;
  }

  SortFinalStep sort(SearchSortFactory f) {
    var composite = f.composite();
    for (SearchQuery.SortKey k : keys) {
      var field = f.field(field(k.param()));
      composite.add(k.descending() ? field.desc().missing().last() : field.asc().missing().last());
    }
    composite.add(f.field(IndexFields.PID).asc());
    return composite;
  }

  /**
   * Hits after the cursor in this order: for some key i, the keys before i are equal and key i
   * comes later; or all keys are equal and the row id is greater.
   */
  PredicateFinalStep after(SearchPredicateFactory f, Cursor c) {
    var or = f.or();
    for (int i = 0; i <= keys.size(); i++) {
      var and = f.and();
      for (int j = 0; j < i; j++) {
        and.add(equal(f, j, c.values().get(j)));
      }
      if (i < keys.size()) {
        PredicateFinalStep later = later(f, i, c.values().get(i));
        if (later == null) {
          continue;
        }
        and.add(later);
      } else {
        and.add(f.range().field(IndexFields.PID).greaterThan(c.pid()));
      }
      or.add(and);
    }
    return or;
  }

  private PredicateFinalStep equal(SearchPredicateFactory f, int i, Object value) {
    String field = fields().get(i);
    return value == null ? f.not(f.exists().field(field)) : f.match().field(field).matching(value);
  }

  /** Key i after {@code value}; null when nothing can come after (a missing value is last). */
  private PredicateFinalStep later(SearchPredicateFactory f, int i, Object value) {
    if (value == null) {
      return null;
    }
    String field = fields().get(i);
    PredicateFinalStep beyond =
        keys.get(i).descending()
            ? f.range().field(field).lessThan(value)
            : f.range().field(field).greaterThan(value);
    return f.or(beyond, f.not(f.exists().field(field)));
  }
}
