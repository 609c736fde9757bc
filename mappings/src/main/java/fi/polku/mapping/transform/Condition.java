package fi.polku.mapping.transform;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A compiled {@code when:} condition. */
interface Condition {

  boolean test(Scope scope);

  static Condition present(Accessor a) {
    return s -> !Values.isEmpty(a.get(s));
  }

  static Condition empty(Accessor a) {
    return s -> Values.isEmpty(a.get(s));
  }

  static Condition in(Accessor a, List<String> values) {
    Set<String> set = Set.copyOf(values);
    return s -> {
      String t = Values.text(a.get(s));
      return t != null && set.contains(t.trim());
    };
  }

  static Condition notIn(Accessor a, List<String> values) {
    Set<String> set = Set.copyOf(values);
    return s -> {
      String t = Values.text(a.get(s));
      return t != null && !set.contains(t.trim());
    };
  }

  /** The JSON value's type is one of {@code types} (boolean, string, number, object, array). */
  static Condition isType(Accessor a, List<String> types) {
    Set<String> set = Set.copyOf(types);
    return s -> {
      Object v = a.get(s);
      if (!(v instanceof JsonNode n) || n.isMissingNode() || n.isNull()) {
        return false;
      }
      String kind = n.getNodeType().name().toLowerCase(Locale.ROOT);
      return set.contains(kind);
    };
  }

  static Condition all(List<Condition> parts) {
    Condition[] p = parts.toArray(new Condition[0]);
    return s -> {
      for (Condition c : p) {
        if (!c.test(s)) {
          return false;
        }
      }
      return true;
    };
  }

  static Condition any(List<Condition> parts) {
    Condition[] p = parts.toArray(new Condition[0]);
    return s -> {
      for (Condition c : p) {
        if (c.test(s)) {
          return true;
        }
      }
      return false;
    };
  }
}
