package fi.polku.hub.app;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Keeps secrets out of what the hub tells an operator on the console: a password in a database URL
 * ({@code ?password=…}, {@code ;PASSWORD=…}, {@code //user:secret@host}) and the value of a setting
 * whose name says it is a secret.
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

  private Redaction() {}

  /** {@code text} (a URL, or a message that may quote one) with every URL password hidden. */
  public static String secretsIn(String text) {
    if (text == null) {
      return null;
    }
    String out = SECRET_PARAMETER.matcher(text).replaceAll("$1" + HIDDEN);
    return USER_INFO_PASSWORD.matcher(out).replaceAll("$1" + HIDDEN + "@");
  }

  /** The value of {@code setting} as it may be shown: hidden whole for a secret. */
  static String value(String setting, String value) {
    if (isSecret(setting)) {
      return HIDDEN;
    }
    return secretsIn(value);
  }

  /**
   * Whether the setting's name says that its value is a secret ({@code polku.database.password}).
   */
  static boolean isSecret(String setting) {
    String name = setting.toLowerCase(Locale.ROOT);
    return name.contains("password") || name.contains("secret") || name.contains("token");
  }
}
