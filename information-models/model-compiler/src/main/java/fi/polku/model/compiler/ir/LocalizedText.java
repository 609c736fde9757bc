package fi.polku.model.compiler.ir;

import java.util.Objects;

/**
 * A text in the three languages every user-facing part of the model carries: Finnish, Swedish and
 * English. A missing language is {@code null}; the model checks report it.
 */
public record LocalizedText(String fi, String sv, String en) {

  /** An empty text (all languages missing). */
  public static final LocalizedText EMPTY = new LocalizedText(null, null, null);

  /** Returns the text in {@code lang} ("fi", "sv" or "en"), or {@code null}. */
  public String get(String lang) {
    return switch (lang) {
      case "fi" -> fi;
      case "sv" -> sv;
      case "en" -> en;
      default -> throw new IllegalArgumentException("Unsupported language: " + lang);
    };
  }

  /** True when all three languages are present and not blank. */
  public boolean isComplete() {
    return !isBlank(fi) && !isBlank(sv) && !isBlank(en);
  }

  /** The English text, falling back to Finnish and then Swedish. */
  public String preferred() {
    return firstNonBlank(en, fi, sv);
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (!isBlank(v)) {
        return v;
      }
    }
    return null;
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  /** A copy with {@code lang} set to {@code value}. */
  public LocalizedText with(String lang, String value) {
    Objects.requireNonNull(lang);
    return switch (lang) {
      case "fi" -> new LocalizedText(value, sv, en);
      case "sv" -> new LocalizedText(fi, value, en);
      case "en" -> new LocalizedText(fi, sv, value);
      default -> this;
    };
  }
}
