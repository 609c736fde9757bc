package fi.polku.model;

import java.util.Arrays;
import java.util.Locale;

/**
 * The kinds of deliberate fault the invalid examples exercise. Every kind must be used by at least
 * one example, so the examples keep covering each way an instance can break the model.
 */
enum FaultKind {
  /** A required element (min 1) is missing. */
  CARDINALITY_MIN,
  /** A single-valued element is repeated. */
  CARDINALITY_MAX,
  /** A primitive has the wrong lexical form or range (a Finnish-style date, lessonNumber 0). */
  PRIMITIVE_FORMAT,
  /** The JSON value has the wrong shape for the datatype (a string where a number is due). */
  JSON_TYPE,
  /** An element the type does not define. */
  UNKNOWN_ELEMENT,
  /** A code outside a required value set. */
  REQUIRED_BINDING,
  /** One of the model's FHIRPath invariants on a resource type is violated. */
  INVARIANT,
  /** A choice element with a type it does not allow. */
  CHOICE_TYPE,
  /** A profile's extension slice occurs more often than allowed. */
  EXTENSION_SLICE_CARDINALITY,
  /** A profile's extension carries a value of the wrong type. */
  EXTENSION_VALUE_TYPE,
  /** One of a profile's invariants (identifier formats) is violated. */
  PROFILE_INVARIANT;

  static FaultKind of(String text) {
    return Arrays.stream(values())
        .filter(k -> k.text().equals(text))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown fault kind '"
                        + text
                        + "', use one of "
                        + Arrays.stream(values()).map(FaultKind::text).toList()));
  }

  String text() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
