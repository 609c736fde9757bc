package fi.polku.validation.parse;

import java.util.regex.Pattern;

/**
 * Makes sender-supplied names safe to put into issue locations and messages: property names and
 * type names are echoed only if they look like names, so that a stray identity code used as a JSON
 * key never ends up in a report or a log.
 */
public final class PathText {

  private static final Pattern NAME = Pattern.compile("_?[A-Za-z][A-Za-z0-9_]{0,63}");
  private static final Pattern TYPE = Pattern.compile("[A-Z][A-Za-z0-9]{0,63}");

  private PathText() {}

  /** {@code name} if it looks like a FHIR element name, else {@code ?}. */
  public static String safeName(String name) {
    return name != null && NAME.matcher(name).matches() ? name : "?";
  }

  /** {@code type} if it looks like a resource type name, else {@code Resource}. */
  public static String rootName(String type) {
    return type != null && TYPE.matcher(type).matches() ? type : "Resource";
  }

  /**
   * A code, URL or similar token from the sender, made safe for a message: control characters
   * replaced and cut to {@code max} characters.
   */
  public static String token(String value, int max) {
    if (value == null) {
      return "-";
    }
    StringBuilder sb = new StringBuilder(Math.min(value.length(), max + 1));
    for (int i = 0; i < value.length() && i < max; i++) {
      char c = value.charAt(i);
      sb.append(c < 0x20 || Character.isSurrogate(c) ? '?' : c);
    }
    if (value.length() > max) {
      sb.append('…');
    }
    return sb.toString();
  }

  /** {@code type} if it looks like a type name, else {@code ?}. */
  public static String safeType(String type) {
    return type != null && TYPE.matcher(type).matches() ? type : "?";
  }
}
