package fi.polku.hub.search;

import fi.polku.hub.index.IndexFields;
import fi.polku.hub.index.ParamType;
import fi.polku.hub.index.SearchParam;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.SortedSetSortField;
import org.hibernate.search.backend.lucene.LuceneExtension;
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
      String field = field(k.param());
      boolean desc = k.descending();
      SortField nativeSort = nativeSort(field, numeric(k.param()), desc);
      if (nativeSort == null) {
        var dsl = f.field(field);
        composite.add(desc ? dsl.desc().missing().last() : dsl.asc().missing().last());
      } else {
        composite.add(
            f.extension()
                .ifSupported(LuceneExtension.get(), lf -> lf.fromLuceneSortField(nativeSort))
                .orElse(
                    g ->
                        desc
                            ? g.field(field).desc().missing().last()
                            : g.field(field).asc().missing().last()));
      }
    }
    SortField pid = nativeSort(IndexFields.PID, true, false);
    composite.add(
        f.extension()
            .ifSupported(LuceneExtension.get(), lf -> lf.fromLuceneSortField(pid))
            .orElse(g -> g.field(IndexFields.PID).asc()));
    return composite;
  }

  /**
   * The same order as Lucene's own sort of a sortable field, which (unlike the generic one) skips
   * documents that cannot enter the page once enough hits are counted: a deep page or a broad
   * search then reads a fraction of its hits. Null where only the generic sort gives the order:
   * descending numbers, whose "missing last" would need a missing value below every real one, and
   * the lowest bound of an open period is already the smallest long.
   */
  private static SortField nativeSort(String field, boolean numeric, boolean descending) {
    if (numeric) {
      if (descending && !field.equals(IndexFields.UPDATED)) {
        return null;
      }
      SortField s = new SortedNumericSortField(field, SortField.Type.LONG, descending);
      // Last in either direction; nested documents have no value, but never match a search.
      s.setMissingValue(descending ? Long.MIN_VALUE : Long.MAX_VALUE);
      return s;
    }
    SortField s = new SortedSetSortField(field, descending);
    // Missing values are last: first in the ascending order, which a descending sort reverses.
    s.setMissingValue(descending ? SortField.STRING_FIRST : SortField.STRING_LAST);
    return s;
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
        and.add(LuceneRanges.after(f, IndexFields.PID, c.pid(), false));
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
    PredicateFinalStep beyond = LuceneRanges.after(f, field, value, keys.get(i).descending());
    return f.or(beyond, f.not(f.exists().field(field)));
  }
}
