package fi.polku.mapping.transform;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Search conditions as the hub reads them: {@code identifier=<system>|<value>}, URL-encoded so that
 * values with {@code +}, {@code |} or spaces survive (the hub URL-decodes before splitting).
 */
public final class Conditions {

  private Conditions() {}

  /** {@code identifier=<system>%7C<value>} with both parts URL-encoded. */
  public static String identifier(String system, String value) {
    return "identifier="
        + URLEncoder.encode(system, StandardCharsets.UTF_8)
        + "%7C"
        + URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** {@code <type>?identifier=...}. */
  public static String conditionalUrl(String type, String system, String value) {
    return type + "?" + identifier(system, value);
  }
}
