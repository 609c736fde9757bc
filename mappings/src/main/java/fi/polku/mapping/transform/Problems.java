package fi.polku.mapping.transform;

import fi.polku.mapping.spec.Loc;
import fi.polku.mapping.spec.SpecException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Problems found while compiling a spec; thrown together at the end. */
final class Problems {

  private final List<SpecException.SpecProblem> list = new ArrayList<>();

  void add(Loc where, String message) {
    list.add(new SpecException.SpecProblem(where, message));
  }

  boolean isEmpty() {
    return list.isEmpty();
  }

  void throwIfAny() {
    if (!list.isEmpty()) {
      throw new SpecException(list);
    }
  }

  /** " did you mean 'x'?" for the closest of {@code known}, or a list of them. */
  static String hint(String given, Collection<String> known) {
    String best = null;
    int bestDistance = 4;
    for (String k : known) {
      int d =
          distance(given.toLowerCase(java.util.Locale.ROOT), k.toLowerCase(java.util.Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = k;
      }
    }
    if (best != null) {
      return "; did you mean '" + best + "'?";
    }
    List<String> some = new ArrayList<>(known);
    if (some.size() > 15) {
      return "";
    }
    return "; known: " + String.join(", ", some);
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
