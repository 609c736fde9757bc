package fi.polku.hub.index;

import java.util.ArrayList;
import java.util.List;

/**
 * Encoding of token values in the index and in queries. A code is indexed as {@code =code} (any
 * system), {@code system|code} and {@code system|} when it has a system, {@code |code} when it has
 * none. A system is a URI and starts with a letter, so none of these forms can be confused.
 */
public final class Token {

  private Token() {}

  /** The index terms of {@code code} in {@code system} (null or empty for none). */
  public static List<String> terms(String system, String code) {
    List<String> out = new ArrayList<>(3);
    boolean hasSystem = system != null && !system.isEmpty();
    if (code != null && !code.isEmpty()) {
      out.add(any(code));
      out.add(hasSystem ? system + "|" + code : "|" + code);
    }
    if (hasSystem) {
      out.add(system + "|");
    }
    return out;
  }

  /** The term matching {@code code} in any system. */
  public static String any(String code) {
    return "=" + code;
  }

  /**
   * The term of a search value: {@code code}, {@code system|code}, {@code |code} or {@code
   * system|}.
   */
  public static String query(String value) {
    int bar = value.indexOf('|');
    return bar < 0 ? any(value) : value;
  }
}
