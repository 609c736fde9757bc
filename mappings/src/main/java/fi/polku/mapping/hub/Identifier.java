package fi.polku.mapping.hub;

import java.util.Objects;

/**
 * An identifier to find resources by.
 *
 * @param system the identifier system (required: a lookup by value alone could match another
 *     system's identifier)
 * @param value the value
 */
public record Identifier(String system, String value) {

  /** Checks that both parts are given. */
  public Identifier {
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(value, "value");
  }
}
