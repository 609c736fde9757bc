package fi.polku.mapping.transform;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Search conditions as the hub reads them: {@code identifier=<system>|<value>}, percent-encoded so
 * that values with {@code +}, {@code |}, {@code ,}, {@code &} or spaces survive (the hub
 * URL-decodes before splitting). Encoding is done by hand: {@link java.net.URLEncoder} costs more
 * than the rest of building a resource, and systems are encoded once and cached.
 */
public final class Conditions {

  private static final ConcurrentHashMap<String, String> SYSTEMS = new ConcurrentHashMap<>();

  private Conditions() {}

  /** {@code identifier=<system>%7C<value>} with both parts percent-encoded. */
  public static String identifier(String system, String value) {
    String s = SYSTEMS.computeIfAbsent(system, Conditions::encode);
    return "identifier=" + s + "%7C" + encode(escape(value));
  }

  /**
   * FHIR search escaping of a token value: {@code ,} {@code |} {@code $} and {@code \} get a
   * backslash (a KOSKI file name with a comma is one value, not an OR-list).
   */
  public static String escape(String value) {
    boolean plain = true;
    for (int i = 0; i < value.length() && plain; i++) {
      char c = value.charAt(i);
      plain = c != ',' && c != '|' && c != '$' && c != '\\';
    }
    if (plain) {
      return value;
    }
    StringBuilder b = new StringBuilder(value.length() + 4);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ',' || c == '|' || c == '$' || c == '\\') {
        b.append('\\');
      }
      b.append(c);
    }
    return b.toString();
  }

  /** {@code <type>?identifier=...}. */
  public static String conditionalUrl(String type, String system, String value) {
    return type + "?" + identifier(system, value);
  }

  /**
   * Percent-encodes everything but letters, digits and {@code - . _ ~}: also {@code /} and {@code
   * :}, because a conditional reference must not contain a slash to be read as one.
   */
  static String encode(String s) {
    int i = 0;
    while (i < s.length() && safe(s.charAt(i))) {
      i++;
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length() + 16);
    sb.append(s, 0, i);
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (safe(c)) {
        sb.append(c);
      } else {
        int end = i + 1;
        if (Character.isHighSurrogate(c) && end < s.length()) {
          end++;
        }
        for (byte b : s.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
          sb.append('%').append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
        }
        i = end - 1;
      }
    }
    return sb.toString();
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private static boolean safe(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }
}
