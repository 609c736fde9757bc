package fi.polku.validation.structure;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The operators of the native FHIRPath evaluation, each following the FHIR core engine's
 * implementation ({@code FHIRPathEngine.opEquals}, {@code opLessThan}, {@code opAnd}, ...) for the
 * value kinds Polku's invariants compare: strings and codes, booleans, integers and decimals, and
 * dates of equal precision. Anything else (a type error the engine reports, dates of mixed
 * precision or with times, quantities, objects) is {@link Undecided}, so the engine decides it.
 */
final class FhirPathOps {

  /** The engine's {@code FHIR_TYPES_STRING}: compared as text. */
  private static final Set<String> STRINGS =
      Set.of(
          "string",
          "uri",
          "code",
          "oid",
          "id",
          "uuid",
          "sid",
          "markdown",
          "base64Binary",
          "canonical",
          "url",
          "xhtml");

  private static final Set<String> DATES = Set.of("date", "dateTime", "instant");

  /** Numbers {@code <} compares (the engine's opLessThan omits unsignedInt and positiveInt). */
  private static final Set<String> LESS_NUMBERS = Set.of("integer", "decimal");

  private static final Set<String> NUMBERS =
      Set.of("integer", "decimal", "unsignedInt", "positiveInt");

  /** Three-valued truth, the engine's {@code Equality}. */
  enum Truth {
    TRUE,
    FALSE,
    NULL
  }

  private FhirPathOps() {}

  static boolean isString(PathItem item) {
    return item.isPrimitive() && STRINGS.contains(item.type());
  }

  /**
   * The engine's {@code asBool} for a collection: empty is null, a boolean is itself. A non-boolean
   * value (which the engine converts by rules of its own) or several values (an error) are
   * undecided.
   */
  static Truth truth(List<PathItem> items) {
    if (items.isEmpty()) {
      return Truth.NULL;
    }
    if (items.size() == 1 && items.get(0).isBoolean()) {
      return "true".equals(items.get(0).text()) ? Truth.TRUE : Truth.FALSE;
    }
    throw Undecided.INSTANCE;
  }

  static List<PathItem> and(List<PathItem> left, List<PathItem> right) {
    Truth l = truth(left);
    Truth r = truth(right);
    if (l == Truth.FALSE || r == Truth.FALSE) {
      return PathItem.FALSE_LIST;
    }
    return l == Truth.TRUE && r == Truth.TRUE ? PathItem.TRUE_LIST : PathItem.EMPTY;
  }

  static List<PathItem> or(List<PathItem> left, List<PathItem> right) {
    Truth l = truth(left);
    Truth r = truth(right);
    if (l == Truth.TRUE || r == Truth.TRUE) {
      return PathItem.TRUE_LIST;
    }
    return l == Truth.FALSE && r == Truth.FALSE ? PathItem.FALSE_LIST : PathItem.EMPTY;
  }

  static List<PathItem> xor(List<PathItem> left, List<PathItem> right) {
    Truth l = truth(left);
    Truth r = truth(right);
    if (l == Truth.NULL || r == Truth.NULL) {
      return PathItem.EMPTY;
    }
    return PathItem.bool(l != r);
  }

  static List<PathItem> implies(List<PathItem> left, List<PathItem> right) {
    Truth l = truth(left);
    if (l == Truth.FALSE) {
      return PathItem.TRUE_LIST;
    }
    Truth r = truth(right);
    if (r == Truth.TRUE) {
      return PathItem.TRUE_LIST;
    }
    if (r == Truth.FALSE && l == Truth.TRUE) {
      return PathItem.FALSE_LIST;
    }
    return PathItem.EMPTY;
  }

  /** {@code =}: empty if either side is, false for different sizes, else item by item. */
  static List<PathItem> equal(List<PathItem> left, List<PathItem> right) {
    if (left.isEmpty() || right.isEmpty()) {
      return PathItem.EMPTY;
    }
    if (left.size() != right.size()) {
      return PathItem.FALSE_LIST;
    }
    for (int i = 0; i < left.size(); i++) {
      if (!equal(left.get(i), right.get(i))) {
        return PathItem.FALSE_LIST;
      }
    }
    return PathItem.TRUE_LIST;
  }

  /**
   * The engine's {@code doEquals} for two values: dates of the same precision without times by
   * text, other primitives (not decimals) by their text. Never null here: the cases where the
   * engine answers "unknown" (mixed precisions) are undecided.
   */
  static boolean equal(PathItem l, PathItem r) {
    if (!l.isPrimitive() || !r.isPrimitive()) {
      throw Undecided.INSTANCE; // compareDeep of objects
    }
    boolean ld = DATES.contains(l.type());
    boolean rd = DATES.contains(r.type());
    if (ld && rd) {
      return sameDates(l.text(), r.text()).equals(r.text());
    }
    if (l.type().equals("decimal") || r.type().equals("decimal") || ld || rd) {
      throw Undecided.INSTANCE; // decimal scale rules; a date against another primitive
    }
    if (l.type().equals("time") || r.type().equals("time")) {
      throw Undecided.INSTANCE;
    }
    return l.text().equals(r.text());
  }

  /**
   * {@code left}, if it and {@code right} are dates of one precision without a time; else
   * undecided.
   */
  private static String sameDates(String left, String right) {
    if (left.length() != right.length() || left.indexOf('T') >= 0 || right.indexOf('T') >= 0) {
      throw Undecided.INSTANCE;
    }
    return left;
  }

  /**
   * The engine's {@code compareDateTimeElements} for values of one precision: dates by text; times
   * to the second with a time zone as instants (the engine moves both to UTC and compares field by
   * field). Fractions of seconds, missing time zones (the engine would use the JVM's) and mixed
   * precisions are undecided.
   */
  private static int compareDates(String left, String right) {
    int lt = left.indexOf('T');
    int rt = right.indexOf('T');
    if (lt < 0 && rt < 0) {
      return sameDates(left, right).compareTo(right);
    }
    if (!toSecondWithZone(left, lt) || !toSecondWithZone(right, rt)) {
      throw Undecided.INSTANCE;
    }
    try {
      return OffsetDateTime.parse(left)
          .toInstant()
          .compareTo(OffsetDateTime.parse(right).toInstant());
    } catch (DateTimeParseException e) {
      throw Undecided.INSTANCE; // no time zone, or not a full time
    }
  }

  /** True for {@code date}T{@code hh:mm:ss} and a zone, without a fraction of seconds. */
  private static boolean toSecondWithZone(String text, int t) {
    if (t < 0 || text.length() <= t + 9) {
      return false;
    }
    char zone = text.charAt(t + 9);
    return zone == 'Z' || zone == '+' || zone == '-';
  }

  /** The comparison operators; {@code op} is one of {@code < <= > >=}. */
  static List<PathItem> compare(List<PathItem> left, List<PathItem> right, String op) {
    if (left.isEmpty() || right.isEmpty()) {
      return PathItem.EMPTY;
    }
    if (left.size() != 1 || right.size() != 1) {
      throw Undecided.INSTANCE;
    }
    PathItem l = left.get(0);
    PathItem r = right.get(0);
    if (!l.isPrimitive() || !r.isPrimitive()) {
      throw Undecided.INSTANCE; // quantities, objects
    }
    int c;
    Set<String> numbers = op.equals("<") ? LESS_NUMBERS : NUMBERS;
    if (STRINGS.contains(l.type()) && STRINGS.contains(r.type())) {
      c = l.text().compareTo(r.text());
    } else if (numbers.contains(l.type()) && numbers.contains(r.type())) {
      // The engine compares the values as Java doubles (so -0.0 equals 0.0).
      double a = Double.parseDouble(l.text());
      double b = Double.parseDouble(r.text());
      c = a < b ? -1 : (a > b ? 1 : 0);
    } else if (DATES.contains(l.type()) && DATES.contains(r.type())) {
      c = compareDates(l.text(), r.text());
    } else if (l.type().equals("time") && r.type().equals("time")) {
      if (l.text().length() != 8 || r.text().length() != 8) {
        throw Undecided.INSTANCE; // fractions of seconds
      }
      c = l.text().compareTo(r.text());
    } else {
      throw Undecided.INSTANCE; // the engine reports the types as not comparable
    }
    return PathItem.bool(
        switch (op) {
          case "<" -> c < 0;
          case "<=" -> c <= 0;
          case ">" -> c > 0;
          default -> c >= 0;
        });
  }

  /** {@code |}: both sides without duplicates (by {@link #equal(PathItem, PathItem)}). */
  static List<PathItem> union(List<PathItem> left, List<PathItem> right) {
    List<PathItem> result = new ArrayList<>(left.size() + right.size());
    for (PathItem item : left) {
      if (!contains(result, item)) {
        result.add(item);
      }
    }
    for (PathItem item : right) {
      if (!contains(result, item)) {
        result.add(item);
      }
    }
    return result;
  }

  /** {@code in}: empty for an empty left side, else whether every left value is on the right. */
  static List<PathItem> in(List<PathItem> left, List<PathItem> right) {
    if (left.isEmpty()) {
      return PathItem.EMPTY;
    }
    if (right.isEmpty()) {
      return PathItem.FALSE_LIST;
    }
    for (PathItem l : left) {
      if (!contains(right, l)) {
        return PathItem.FALSE_LIST;
      }
    }
    return PathItem.TRUE_LIST;
  }

  /** {@code contains}: empty if either side is, else whether every right value is on the left. */
  static List<PathItem> containsAll(List<PathItem> left, List<PathItem> right) {
    if (left.isEmpty() || right.isEmpty()) {
      return PathItem.EMPTY;
    }
    for (PathItem r : right) {
      if (!contains(left, r)) {
        return PathItem.FALSE_LIST;
      }
    }
    return PathItem.TRUE_LIST;
  }

  private static boolean contains(List<PathItem> list, PathItem item) {
    for (PathItem test : list) {
      if (equal(test, item)) {
        return true;
      }
    }
    return false;
  }

  /** {@code +} of two integers; other operands (strings, decimals, dates) are undecided. */
  static List<PathItem> plus(List<PathItem> left, List<PathItem> right) {
    if (left.isEmpty() || right.isEmpty()) {
      return PathItem.EMPTY;
    }
    if (left.size() != 1 || right.size() != 1) {
      throw Undecided.INSTANCE;
    }
    PathItem l = left.get(0);
    PathItem r = right.get(0);
    if (!l.type().equals("integer") || !r.type().equals("integer")) {
      throw Undecided.INSTANCE;
    }
    try {
      int sum = Math.addExact(Integer.parseInt(l.text()), Integer.parseInt(r.text()));
      return List.of(PathItem.primitive("integer", Integer.toString(sum)));
    } catch (ArithmeticException | NumberFormatException e) {
      throw Undecided.INSTANCE;
    }
  }
}
