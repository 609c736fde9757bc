package fi.polku.hub.problem;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Messages of HAPI's parsers and request handling made fit for a client: HAPI's own message codes
 * ({@code HAPI-1861: }) and Java exception names are removed, and parser positions become "line n,
 * column m". What remains is the parser's description of the problem.
 */
public final class HapiMessages {

  private static final Pattern HAPI_CODE = Pattern.compile("HAPI-\\d+:\\s*");

  /** HAPI's XML parser: {@code DataFormatException at [[row,col {unknown-source}]: [1,38]]: }. */
  private static final Pattern LEADING_POSITION =
      Pattern.compile("\\w*Exception at \\[\\[row,col[^\\]]*\\]:\\s*\\[(\\d+),(\\d+)\\]\\]:?\\s*");

  /** StAX and Jackson: a second line {@code at [row,col {unknown-source}]: [1,60]}. */
  private static final Pattern TRAILING_POSITION =
      Pattern.compile(
          "\\s*\\n\\s*at \\[(?:row,col[^\\]]*\\]:\\s*\\[(\\d+),(\\d+)\\]|[^\\]]*?line: (\\d+),"
              + " column: (\\d+)\\])");

  /** A Java exception name, qualified or not, with the colon that follows it. */
  private static final Pattern EXCEPTION_NAME =
      Pattern.compile("(?:\\b[a-z][\\w$]*\\.)*\\b[A-Z][\\w$]*Exception\\b:?\\s*");

  private HapiMessages() {}

  /** {@code message} without HAPI codes, exception names and multi-line positions. */
  public static String plain(String message) {
    if (message == null) {
      return "";
    }
    String m = HAPI_CODE.matcher(message).replaceAll("");
    Matcher leading = LEADING_POSITION.matcher(m);
    StringBuilder b = new StringBuilder();
    while (leading.find()) {
      leading.appendReplacement(
          b, "line " + leading.group(1) + ", column " + leading.group(2) + ": ");
    }
    leading.appendTail(b);
    Matcher trailing = TRAILING_POSITION.matcher(b.toString());
    b = new StringBuilder();
    while (trailing.find()) {
      String line = trailing.group(1) != null ? trailing.group(1) : trailing.group(3);
      String column = trailing.group(2) != null ? trailing.group(2) : trailing.group(4);
      trailing.appendReplacement(b, " (line " + line + ", column " + column + ")");
    }
    trailing.appendTail(b);
    m = EXCEPTION_NAME.matcher(b.toString()).replaceAll("");
    return m.replaceAll("\\s+", " ").trim();
  }
}
