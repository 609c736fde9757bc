package fi.polku.hub.index;

import java.text.Normalizer.Form;
import java.util.Locale;

/**
 * String normalisation for search, as FHIR prescribes for string parameters: case-insensitive and
 * accent-insensitive. Letters are decomposed (NFD) and their combining marks dropped, so the
 * Finnish and Swedish {@code ä}, {@code ö} and {@code å} match {@code a}, {@code o} and {@code a}
 * (a searcher on a keyboard without them still finds "Mäkelä" with {@code makela}); then lower case
 * in the root locale, and runs of white space become one space. The {@code :exact} modifier uses
 * the value as stored instead.
 */
public final class Normalizer {

  private Normalizer() {}

  /** The normalised form of {@code s}. */
  public static String normalize(String s) {
    if (s == null) {
      return "";
    }
    String decomposed = java.text.Normalizer.normalize(s, Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    boolean space = false;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK
          || type == Character.ENCLOSING_MARK
          || type == Character.COMBINING_SPACING_MARK) {
        continue;
      }
      if (Character.isWhitespace(c)) {
        space = out.length() > 0;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.append(fold(c));
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /** Letters without a decomposition that FHIR's accent-insensitivity still folds. */
  private static char fold(char c) {
    return switch (c) {
      case 'ø', 'Ø' -> 'o';
      case 'đ', 'Đ' -> 'd';
      case 'ł', 'Ł' -> 'l';
      case 'ß' -> 's';
      default -> c;
    };
  }
}
