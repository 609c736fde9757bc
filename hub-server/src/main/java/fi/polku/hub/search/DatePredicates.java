package fi.polku.hub.search;

import fi.polku.hub.index.DateRange;
import fi.polku.hub.index.IndexFields;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

/**
 * Date comparisons as FHIR R5 defines them between the range of a search value (its precision:
 * {@code 2024} is the whole year) and the range of an indexed value (a Period, or a date's
 * precision). With search range [s, t] and value range [lo, hi]: {@code eq} lo ≥ s and hi ≤ t;
 * {@code ne} the opposite; {@code gt} hi > t; {@code lt} lo < s; {@code ge} gt or eq; {@code le} lt
 * or eq; {@code sa} lo > t; {@code eb} hi < s; {@code ap} the ranges overlap once the search range
 * is widened by a tenth of its distance from now (at least a day).
 */
final class DatePredicates {

  private static final long DAY = 86_400_000L;

  private DatePredicates() {}

  /** Values of a long field from low to high, both inclusive. */
  @FunctionalInterface
  private interface Between {
    PredicateFinalStep of(String field, long low, long high);
  }

  /**
   * A comparison against the values of date parameter {@code code}: the flat bounds of a resource
   * with one value, or the nested ranges of one with several (one range must match). A resource has
   * one or the other (see {@link IndexFields#dateLow}); in a cluster index every value is nested.
   */
  static PredicateFinalStep param(SearchPredicateFactory f, String code, String value, long now) {
    Prefix.Split split = Prefix.split(value);
    DateRange s = DateRange.parse(split.rest());
    String field = IndexFields.date(code);
    String lo = field + "." + IndexFields.LOW;
    String hi = field + "." + IndexFields.HIGH;
    Between flat = (name, low, high) -> LuceneRanges.between(f, name, low, high);
    Between nested = (name, low, high) -> f.range().field(name).between(low, high);
    PredicateFinalStep several =
        f.nested(field).add(compare(f, nested, lo, hi, split.prefix(), s, now));
    // Only the embedded index writes flat bounds (SearchMapping); a cluster has nested objects.
    return f.extension()
        .ifSupported(
            LuceneExtension.get(),
            lf ->
                lf.or(
                    compare(
                        lf,
                        flat,
                        IndexFields.dateLow(code),
                        IndexFields.dateHigh(code),
                        split.prefix(),
                        s,
                        now),
                    several))
        .orElse(g -> several);
  }

  /** A comparison against the single instant of sortable {@code field} (last updated). */
  static PredicateFinalStep flat(SearchPredicateFactory f, String field, String value, long now) {
    Prefix.Split split = Prefix.split(value);
    Between between = (name, low, high) -> LuceneRanges.between(f, name, low, high);
    return compare(f, between, field, field, split.prefix(), DateRange.parse(split.rest()), now);
  }

  private static PredicateFinalStep compare(
      SearchPredicateFactory f,
      Between r,
      String lo,
      String hi,
      Prefix prefix,
      DateRange s,
      long now) {
    return switch (prefix) {
      case EQ -> eq(f, r, lo, hi, s);
      // Not eq, written so that it only matches values that are there (a flat field is absent
      // from a resource without a value or with several, where a negation would match).
      case NE -> f.or(below(f, r, lo, s.low()), above(f, r, hi, s.high()));
      case GT -> above(f, r, hi, s.high());
      case LT -> below(f, r, lo, s.low());
      case GE -> f.or(above(f, r, hi, s.high()), eq(f, r, lo, hi, s));
      case LE -> f.or(below(f, r, lo, s.low()), eq(f, r, lo, hi, s));
      case SA -> above(f, r, lo, s.high());
      case EB -> below(f, r, hi, s.low());
      case AP -> approximately(f, r, lo, hi, s, now);
    };
  }

  /** Values of {@code field} greater than {@code v}. */
  private static PredicateFinalStep above(
      SearchPredicateFactory f, Between r, String field, long v) {
    return v == Long.MAX_VALUE ? f.matchNone() : r.of(field, v + 1, Long.MAX_VALUE);
  }

  /** Values of {@code field} less than {@code v}. */
  private static PredicateFinalStep below(
      SearchPredicateFactory f, Between r, String field, long v) {
    return v == Long.MIN_VALUE ? f.matchNone() : r.of(field, Long.MIN_VALUE, v - 1);
  }

  private static PredicateFinalStep eq(
      SearchPredicateFactory f, Between r, String lo, String hi, DateRange s) {
    return f.and(r.of(lo, s.low(), Long.MAX_VALUE), r.of(hi, Long.MIN_VALUE, s.high()));
  }

  private static PredicateFinalStep approximately(
      SearchPredicateFactory f, Between r, String lo, String hi, DateRange s, long now) {
    long distance = Math.abs(now - (s.low() / 2 + s.high() / 2));
    long slack = Math.max(DAY, distance / 10);
    long from = s.low() == Long.MIN_VALUE ? s.low() : s.low() - slack;
    long to = s.high() == Long.MAX_VALUE ? s.high() : s.high() + slack;
    return f.and(r.of(lo, Long.MIN_VALUE, to), r.of(hi, from, Long.MAX_VALUE));
  }
}
