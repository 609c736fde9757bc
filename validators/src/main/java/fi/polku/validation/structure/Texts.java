package fi.polku.validation.structure;

/** Linear-time checks of unbounded text values (no regular expressions, no recursion). */
final class Texts {

  private Texts() {}

  /**
   * True if {@code s} has a control character other than tab, line feed and carriage return, or an
   * unpaired surrogate (JSON escapes such as {@code \ud800} can produce one).
   */
  static boolean hasIllegalCharacters(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20) {
        if (c != '\t' && c != '\n' && c != '\r') {
          return true;
        }
      } else if (Character.isHighSurrogate(c)) {
        if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
          return true;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  /** FHIR code: non-whitespace tokens separated by single spaces. */
  static boolean isCode(String s) {
    if (s.isEmpty()) {
      return false;
    }
    boolean previousSpace = true; // a leading space is as wrong as a double one
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ') {
        if (previousSpace) {
          return false;
        }
        previousSpace = true;
      } else if (Character.isWhitespace(c) || c < 0x20) {
        return false;
      } else {
        previousSpace = false;
      }
    }
    return !previousSpace;
  }

  /** URIs: no whitespace or control characters anywhere. */
  static boolean hasWhitespaceOrControl(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c <= 0x20 || Character.isWhitespace(c)) {
        return true;
      }
    }
    return false;
  }

  /** base64: groups of four from {@code A-Za-z0-9+/}, padding only at the end, whitespace free. */
  static boolean isBase64(String s) {
    int count = 0;
    int padding = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        continue;
      }
      if (c == '=') {
        padding++;
      } else if (padding > 0 || !isBase64Char(c)) {
        return false;
      }
      count++;
    }
    return count > 0 && count % 4 == 0 && padding <= 2;
  }

  private static boolean isBase64Char(char c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '+'
        || c == '/';
  }

  /**
   * A narrative is an XHTML {@code div} in the XHTML namespace; its content is checked by the FHIR
   * invariants txt-1 and txt-2.
   */
  static boolean looksLikeXhtmlDiv(String s) {
    String t = s.strip();
    return t.startsWith("<div")
        && (t.endsWith("</div>") || t.endsWith("/>"))
        && (t.contains("xmlns=\"http://www.w3.org/1999/xhtml\"")
            || t.contains("xmlns='http://www.w3.org/1999/xhtml'"));
  }
}
