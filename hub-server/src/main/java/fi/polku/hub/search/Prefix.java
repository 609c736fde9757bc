package fi.polku.hub.search;

import java.util.Locale;

/**
 * The comparison prefixes of date, number and quantity search values (FHIR R5 search 3.2.1.5.6).
 */
public enum Prefix {
  EQ,
  NE,
  GT,
  LT,
  GE,
  LE,
  SA,
  EB,
  AP;

  /** A value split into its prefix (eq when none) and the rest. */
  public record Split(Prefix prefix, String rest) {}

  /** Splits {@code value} into prefix and rest. */
  public static Split split(String value) {
    if (value.length() > 2 && Character.isLetter(value.charAt(0))) {
      String p = value.substring(0, 2).toUpperCase(Locale.ROOT);
      for (Prefix x : values()) {
        if (x.name().equals(p)) {
          return new Split(x, value.substring(2));
        }
      }
    }
    return new Split(EQ, value);
  }
}
