package fi.polku.hub.search;

import java.util.ArrayList;
import java.util.List;

/** Splitting of search values: commas separate OR-values, a backslash escapes ({@code \,}). */
final class Values {

  private Values() {}

  /** The OR-values of {@code raw}, unescaped. */
  static List<String> split(String raw) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\\' && i + 1 < raw.length()) {
        cur.append(raw.charAt(++i));
      } else if (c == ',') {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    out.add(cur.toString());
    return out;
  }
}
