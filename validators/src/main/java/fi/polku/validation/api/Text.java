package fi.polku.validation.api;

import java.util.Map;
import java.util.Objects;

/** A user-visible text in Finnish, Swedish and English. */
public record Text(String fi, String sv, String en) {

  public Text {
    Objects.requireNonNull(fi, "fi");
    Objects.requireNonNull(sv, "sv");
    Objects.requireNonNull(en, "en");
  }

  /** The text in {@code lang} ({@code fi}, {@code sv}, {@code en}); English for anything else. */
  public String in(String lang) {
    return switch (lang) {
      case "fi" -> fi;
      case "sv" -> sv;
      default -> en;
    };
  }

  /**
   * Fills {@code {name}} placeholders in all three languages. Values are inserted as given: callers
   * must not pass personal data (identity codes, names) as parameters.
   */
  public Text format(Map<String, String> params) {
    return new Text(fill(fi, params), fill(sv, params), fill(en, params));
  }

  private static String fill(String template, Map<String, String> params) {
    String out = template;
    for (Map.Entry<String, String> p : params.entrySet()) {
      out = out.replace("{" + p.getKey() + "}", String.valueOf(p.getValue()));
    }
    return out;
  }
}
