package fi.polku.hub.search;

import fi.polku.hub.index.DateRange;
import fi.polku.hub.index.ParamType;
import fi.polku.hub.index.SearchParam;
import fi.polku.hub.problem.Details;
import fi.polku.validation.api.Text;
import java.util.Map;
import java.util.Set;

/** Checks search values before a query runs, so a malformed one is a 400 naming its parameter. */
final class ValueCheck {

  private static final Set<Prefix> DATE_ONLY = Set.of(Prefix.SA, Prefix.EB);

  private static final Text EMPTY = new Text("arvo on tyhjä", "värdet är tomt", "empty value");

  private static final Text PREFIX =
      new Text("etuliite {prefix}", "prefixet {prefix}", "prefix {prefix}");

  private static final Text OF_TYPE =
      new Text(
          "arvon muodon on oltava system|code|value",
          "värdet ska ha formen system|code|value",
          "expected system|code|value");

  private static final Text NOT_A_DATE =
      new Text("ei ole päivämäärä: {value}", "inte ett datum: {value}", "not a date: {value}");

  private ValueCheck() {}

  /**
   * Why {@code value} is not a valid value of {@code param} read with {@code modifier}; null when
   * it is.
   */
  static Text problem(SearchParam param, String modifier, String value) {
    if (value.isEmpty()) {
      return EMPTY;
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
          yield DATE_ONLY.contains(s.prefix()) ? prefix(value) : null;
        }
        case QUANTITY -> {
          Prefix.Split s = Prefix.split(value);
          NumberRange.parse(s.rest().split("\\|", -1)[0]);
          yield DATE_ONLY.contains(s.prefix()) ? prefix(value) : null;
        }
        case TOKEN ->
            "of-type".equals(modifier) && value.split("\\|", -1).length != 3 ? OF_TYPE : null;
        default -> null;
      };
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      return param.type() == ParamType.DATE
          ? NOT_A_DATE.format(Map.of("value", value))
          : Details.notANumber(value);
    }
  }

  /** A prefix that only dates take ({@code sa}, {@code eb}), given to a number. */
  private static Text prefix(String value) {
    return PREFIX.format(Map.of("prefix", value.substring(0, 2)));
  }
}
