package fi.polku.model.compiler.codelist;

import java.math.BigInteger;
import java.util.Comparator;

/**
 * The order of codes in generated code systems: numeric codes by value (so {@code 9} comes before
 * {@code 10}), then everything else as plain strings. Source files and RDF graphs have no reliable
 * order, and a generated package must be byte-for-byte reproducible.
 */
final class CodeOrder {

  /** Compares codes: all-digit codes numerically and before others; ties by string. */
  static final Comparator<String> CODES = CodeOrder::compare;

  private CodeOrder() {}

  private static int compare(String a, String b) {
    boolean numA = isDigits(a);
    boolean numB = isDigits(b);
    if (numA && numB) {
      int byValue = new BigInteger(a).compareTo(new BigInteger(b));
      if (byValue != 0) {
        return byValue;
      }
    } else if (numA != numB) {
      return numA ? -1 : 1;
    }
    return a.compareTo(b);
  }

  private static boolean isDigits(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
