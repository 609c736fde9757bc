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

  /** The same text in all three languages (for values that are not language-dependent). */
  public static Text of(String all) {
    return new Text(all, all, all);
  }

  /** The text in {@code lang} ({@code fi}, {@code sv}, {@code en}); English for anything else. */
  public String in(String lang) {
    return switch (lang) {
      case "fi" -> fi;
      case "sv" -> sv;
      default -> en;
    };
  }

  /** This text followed by {@code next}, in each language. */
  public Text then(Text next) {
    return new Text(fi + next.fi, sv + next.sv, en + next.en);
  }

  /**
   * Fills {@code {name}} placeholders in all three languages. Values are inserted as given: callers
   * must not pass personal data (identity codes, names) as parameters.
   */
  public Text format(Map<String, String> params) {
    return format(params, Map.of());
  }

  /**
   * Fills {@code {name}} placeholders with {@code params} (the same value in every language) and
   * with {@code localized} (a value per language, e.g. an invariant's own fi/sv/en text). The
   * template is scanned once, so a value that itself contains {@code {...}} is never expanded
   * again.
   */
  public Text format(Map<String, String> params, Map<String, Text> localized) {
    return new Text(
        fill(fi, "fi", params, localized),
        fill(sv, "sv", params, localized),
        fill(en, "en", params, localized));
  }

  private static String fill(
      String template, String lang, Map<String, String> params, Map<String, Text> localized) {
    StringBuilder out = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf('{', i);
      int close = open < 0 ? -1 : template.indexOf('}', open + 1);
      if (close < 0) {
        out.append(template, i, template.length());
        break;
      }
      String name = template.substring(open + 1, close);
      out.append(template, i, open);
      if (params.containsKey(name)) {
        out.append(params.get(name));
      } else if (localized.containsKey(name)) {
        out.append(localized.get(name).in(lang));
      } else {
        out.append(template, open, close + 1);
      }
      i = close + 1;
    }
    return out.toString();
  }
}
