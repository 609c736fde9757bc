package fi.polku.hub.write;

/**
 * Version ids as HTTP writes them: the weak ETag {@code W/"3"} the hub sends, and what clients send
 * back in {@code If-Match} and Bundle entries ({@code W/"3"}, {@code "3"} or {@code 3}).
 */
public final class VersionTags {

  private VersionTags() {}

  /** The ETag of {@code version}: {@code W/"3"}. */
  public static String of(Object version) {
    return "W/\"" + version + "\"";
  }

  /** The version named by {@code tag} ({@code W/"3"}, {@code "3"} or {@code 3}); null if none. */
  public static Integer parse(String tag) {
    String v = tag.trim();
    if (v.startsWith("W/")) {
      v = v.substring(2);
    }
    v = v.replace("\"", "").trim();
    try {
      return Integer.valueOf(v);
    } catch (NumberFormatException e) {
      return null; // the caller answers with its own message
    }
  }
}
