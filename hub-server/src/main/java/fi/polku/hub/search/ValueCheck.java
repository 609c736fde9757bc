package fi.polku.hub.search;

import fi.polku.hub.index.DateRange;
import fi.polku.hub.index.ParamType;
import fi.polku.hub.index.SearchParam;
import java.util.Set;

/** Checks search values before a query runs, so a malformed one is a 400 naming its parameter. */
final class ValueCheck {

  private static final Set<Prefix> DATE_ONLY = Set.of(Prefix.SA, Prefix.EB);

  private ValueCheck() {}

  /**
   * Why {@code value} is not a valid value of {@code param} read with {@code modifier}; null when
   * it is.
   */
  static String problem(SearchParam param, String modifier, String value) {
    if (value.isEmpty()) {
      return "empty value";
    }
    try {
      return switch (param.type()) {
        case DATE -> {
          DateRange.parse(Prefix.split(value).rest());
          yield null;
        }
        case NUMBER -> {
          Prefix.Split s = Prefix.split(value);
          NumberRange.parse(s.rest());
          yield DATE_ONLY.contains(s.prefix()) ? "prefix " + value.substring(0, 2) : null;
        }
        case QUANTITY -> {
          Prefix.Split s = Prefix.split(value);
          NumberRange.parse(s.rest().split("\\|", -1)[0]);
          yield DATE_ONLY.contains(s.prefix()) ? "prefix " + value.substring(0, 2) : null;
        }
        case TOKEN ->
            "of-type".equals(modifier) && value.split("\\|", -1).length != 3
                ? "expected system|code|value"
                : null;
        default -> null;
      };
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      return param.type() == ParamType.DATE ? "not a date: " + value : "not a number: " + value;
    }
  }
}
