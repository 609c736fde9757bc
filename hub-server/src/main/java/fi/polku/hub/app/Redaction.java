package fi.polku.hub.app;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Keeps secrets out of what the hub tells an operator on the console: a password in a database URL
 * ({@code ?password=…}, {@code ;PASSWORD=…}, {@code //user:secret@host}), one in a search cluster's
 * URIs, and the value of a setting whose name says it is a secret.
 */
public final class Redaction {

  /** What is shown instead of a secret. */
  static final String HIDDEN = "***";

  /** A secret parameter of a URL (PostgreSQL's query, H2's settings), up to its separator. */
  private static final Pattern SECRET_PARAMETER =
      Pattern.compile(
          "(?i)([?&;][^=&;?#\\s]*(?:password|passwd|pwd|secret|token)[^=&;?#\\s]*=)[^&;#\\s]*");

  /** The password of a URL's user information: {@code //user:secret@host}. */
  private static final Pattern USER_INFO_PASSWORD =
      Pattern.compile("(//[^/@:?#\\s]*:)[^/@?#\\s]*@");

  /**
   * The password of user information in a URI, even one that does not parse ({@code
   * user:secret@host}, a scheme without its slashes): from the first colon to the {@code @}.
   */
  private static final Pattern LOOSE_USER_INFO_PASSWORD = Pattern.compile(":[^/@?#\\s,]*@");

  private Redaction() {}

  /** {@code text} (a URL, or a message that may quote one) with every URL password hidden. */
  public static String secretsIn(String text) {
    if (text == null) {
      return null;
    }
    String out = SECRET_PARAMETER.matcher(text).replaceAll("$1" + HIDDEN);
    return USER_INFO_PASSWORD.matcher(out).replaceAll("$1" + HIDDEN + "@");
  }

  /**
   * {@code uris} (one URI or several separated by commas, such as {@code polku.search.uris}) with
   * every password hidden, also in a URI that does not parse: shown when one of them is refused.
   */
  public static String uris(String uris) {
    if (uris == null) {
      return null;
    }
    // One URI at a time: a password pattern must not run on from one URI into the next.
    return Arrays.stream(uris.split(",", -1))
        .map(uri -> LOOSE_USER_INFO_PASSWORD.matcher(secretsIn(uri)).replaceAll(":" + HIDDEN + "@"))
        .collect(Collectors.joining(","));
  }

  /** The value of {@code setting} as it may be shown: hidden whole for a secret. */
  static String value(String setting, String value) {
    if (isSecret(setting)) {
      return HIDDEN;
    }
    // A list of URIs (polku.search.uris) is redacted URI by URI, as the hub splits it.
    return setting.endsWith(".uris") ? uris(value) : secretsIn(value);
  }

  /**
   * Whether the setting's name says that its value is a secret ({@code polku.database.password}).
   */
  static boolean isSecret(String setting) {
    String name = setting.toLowerCase(Locale.ROOT);
    return name.contains("password") || name.contains("secret") || name.contains("token");
  }
}
