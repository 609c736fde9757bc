package fi.polku.hub.search;

import fi.polku.hub.index.DateRange;
import fi.polku.hub.index.IndexFields;
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

  /**
   * A comparison against the values of date parameter {@code code}: the flat bounds of a resource
   * with one value, or the nested ranges of one with several (one range must match). A resource has
   * one or the other (see {@link IndexFields#dateLow}).
   */
  static PredicateFinalStep param(SearchPredicateFactory f, String code, String value, long now) {
    Prefix.Split split = Prefix.split(value);
    DateRange s = DateRange.parse(split.rest());
    String field = IndexFields.date(code);
    String lo = field + "." + IndexFields.LOW;
    String hi = field + "." + IndexFields.HIGH;
    return f.or(
        compare(f, IndexFields.dateLow(code), IndexFields.dateHigh(code), split.prefix(), s, now),
        f.nested(field).add(compare(f, lo, hi, split.prefix(), s, now)));
  }

  /** A comparison against the single instant of {@code field} (last updated). */
  static PredicateFinalStep flat(SearchPredicateFactory f, String field, String value, long now) {
    Prefix.Split split = Prefix.split(value);
    return compare(f, field, field, split.prefix(), DateRange.parse(split.rest()), now);
  }

  private static PredicateFinalStep compare(
      SearchPredicateFactory f, String lo, String hi, Prefix prefix, DateRange s, long now) {
    return switch (prefix) {
      case EQ -> eq(f, lo, hi, s);
      // Not eq, written so that it only matches values that are there (a flat field is absent
      // from a resource without a value or with several, where a negation would match).
      case NE ->
          f.or(f.range().field(lo).lessThan(s.low()), f.range().field(hi).greaterThan(s.high()));
      case GT -> f.range().field(hi).greaterThan(s.high());
      case LT -> f.range().field(lo).lessThan(s.low());
      case GE -> f.or(f.range().field(hi).greaterThan(s.high()), eq(f, lo, hi, s));
      case LE -> f.or(f.range().field(lo).lessThan(s.low()), eq(f, lo, hi, s));
      case SA -> f.range().field(lo).greaterThan(s.high());
      case EB -> f.range().field(hi).lessThan(s.low());
      case AP -> approximately(f, lo, hi, s, now);
    };
  }

  private static PredicateFinalStep eq(
      SearchPredicateFactory f, String lo, String hi, DateRange s) {
    return f.and(f.range().field(lo).atLeast(s.low()), f.range().field(hi).atMost(s.high()));
  }

  private static PredicateFinalStep approximately(
      SearchPredicateFactory f, String lo, String hi, DateRange s, long now) {
    long distance = Math.abs(now - (s.low() / 2 + s.high() / 2));
    long slack = Math.max(DAY, distance / 10);
    long from = s.low() == Long.MIN_VALUE ? s.low() : s.low() - slack;
    long to = s.high() == Long.MAX_VALUE ? s.high() : s.high() + slack;
    return f.and(f.range().field(lo).atMost(to), f.range().field(hi).atLeast(from));
  }
}
