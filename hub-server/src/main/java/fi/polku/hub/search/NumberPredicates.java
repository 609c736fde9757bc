package fi.polku.hub.search;

import fi.polku.hub.index.IndexFields;
import fi.polku.hub.index.Token;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

/**
 * Number and quantity comparisons (FHIR R5): {@code eq} and {@code ne} use the range the value's
 * precision implies ({@code 100} is [99.5, 100.5)), the other prefixes compare with the value
 * itself; {@code ap} is within 10 %.
 */
final class NumberPredicates {

  private NumberPredicates() {}

  /** A number comparison on {@code n_<code>}. */
  static PredicateFinalStep number(SearchPredicateFactory f, String code, String value) {
    Prefix.Split split = Prefix.split(value);
    return compare(f, IndexFields.number(code), split.prefix(), NumberRange.parse(split.rest()));
  }

  /** A quantity comparison: {@code [prefix]number|system|code} on the nested {@code q_<code>}. */
  static PredicateFinalStep quantity(SearchPredicateFactory f, String code, String value) {
    Prefix.Split split = Prefix.split(value);
    String[] parts = split.rest().split("\\|", -1);
    String field = IndexFields.quantity(code);
    var nested =
        f.nested(field)
            .add(
                compare(
                    f,
                    field + "." + IndexFields.QUANTITY_VALUE,
                    split.prefix(),
                    NumberRange.parse(parts[0])));
    if (parts.length == 3 && !parts[2].isEmpty()) {
      String unit = parts[1].isEmpty() ? Token.any(parts[2]) : parts[1] + "|" + parts[2];
      nested.add(f.match().field(field + "." + IndexFields.QUANTITY_UNIT).matching(unit));
    } else if (parts.length == 2 && !parts[1].isEmpty()) {
      nested.add(
          f.match().field(field + "." + IndexFields.QUANTITY_UNIT).matching(Token.any(parts[1])));
    }
    return nested;
  }

  private static PredicateFinalStep compare(
      SearchPredicateFactory f, String field, Prefix prefix, NumberRange n) {
    return switch (prefix) {
      case EQ -> within(f, field, n);
      case NE -> f.not(within(f, field, n));
      case GT, SA -> f.range().field(field).greaterThan(n.value());
      case LT, EB -> f.range().field(field).lessThan(n.value());
      case GE -> f.range().field(field).atLeast(n.value());
      case LE -> f.range().field(field).atMost(n.value());
      case AP -> {
        double slack = Math.abs(n.value()) / 10;
        yield f.range().field(field).between(n.value() - slack, n.value() + slack);
      }
    };
  }

  private static PredicateFinalStep within(SearchPredicateFactory f, String field, NumberRange n) {
    return f.and(
        f.range().field(field).atLeast(n.low()), f.range().field(field).lessThan(n.high()));
  }
}
