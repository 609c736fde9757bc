package fi.polku.hub.search;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.util.BytesRef;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

/**
 * Open ranges over sortable fields (which have doc values) that the embedded index evaluates
 * lazily. A plain range is evaluated eagerly over the whole index: a keyset cursor's "after this
 * id" condition matches about half of all documents and would cost as much as they are, though the
 * cursor's other conditions leave only a few to check. Lucene's {@link IndexOrDocValuesQuery}
 * checks such a range on the doc values of the few candidates instead. On a cluster backend the
 * plain range predicate is used (how it runs is the cluster's choice).
 */
final class LuceneRanges {

  private LuceneRanges() {}

  /**
   * Values of sortable field {@code field} after {@code value} ({@code Long} or {@code String}):
   * greater, or smaller when {@code descending}.
   */
  static PredicateFinalStep after(
      SearchPredicateFactory f, String field, Object value, boolean descending) {
    return f.extension()
        .ifSupported(
            LuceneExtension.get(), lf -> lf.fromLuceneQuery(query(field, value, descending)))
        .orElse(
            g ->
                descending
                    ? g.range().field(field).lessThan(value)
                    : g.range().field(field).greaterThan(value));
  }

  /** Values of sortable long field {@code field} from {@code low} to {@code high}, inclusive. */
  static PredicateFinalStep between(SearchPredicateFactory f, String field, long low, long high) {
    return f.extension()
        .ifSupported(LuceneExtension.get(), lf -> lf.fromLuceneQuery(longs(field, low, high)))
        .orElse(g -> g.range().field(field).between(low, high));
  }

  private static Query query(String field, Object value, boolean descending) {
    if (value instanceof Long l) {
      if (descending) {
        return l == Long.MIN_VALUE ? new MatchNoDocsQuery() : longs(field, Long.MIN_VALUE, l - 1);
      }
      return l == Long.MAX_VALUE ? new MatchNoDocsQuery() : longs(field, l + 1, Long.MAX_VALUE);
    }
    BytesRef v = new BytesRef(value.toString());
    BytesRef low = descending ? null : v;
    BytesRef high = descending ? v : null;
    return new IndexOrDocValuesQuery(
        new TermRangeQuery(field, low, high, false, false),
        SortedSetDocValuesField.newSlowRangeQuery(field, low, high, false, false));
  }

  private static Query longs(String field, long low, long high) {
    return new IndexOrDocValuesQuery(
        LongPoint.newRangeQuery(field, low, high),
        SortedNumericDocValuesField.newSlowRangeQuery(field, low, high));
  }
}
