package fi.polku.validation.format;

import java.time.LocalDate;

/** What a {@link FormatRule} may know about the surroundings of the value it checks. */
public interface FormatContext {

  /**
   * The string value of a sibling element of the checked one (e.g. {@code country} next to {@code
   * postalCode}), or null if absent or not a string.
   */
  String sibling(String name);

  /** The day the record is validated as of. */
  LocalDate asOf();

  /** A context without siblings, as of {@code asOf}. */
  static FormatContext of(LocalDate asOf) {
    return new FormatContext() {
      @Override
      public String sibling(String name) {
        return null;
      }

      @Override
      public LocalDate asOf() {
        return asOf;
      }
    };
  }
}
