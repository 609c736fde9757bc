package fi.polku.mapping.spec;

import java.util.List;

/**
 * A condition on a source record: a test of one field, or a combination.
 *
 * @param op the test
 * @param field the field tested (for field tests)
 * @param values the values compared with ({@code in}, {@code notIn}, {@code equals}, {@code
 *     isType})
 * @param parts the combined conditions ({@code all}, {@code any}, {@code not})
 * @param loc where it is written
 */
public record ConditionSpec(
    Op op, String field, List<String> values, List<ConditionSpec> parts, Loc loc) {

  /** Tests and combinations. */
  public enum Op {
    /** The field has a non-empty value. */
    PRESENT,
    /** The field is empty or missing. */
    EMPTY,
    /** The value is one of {@code values}. */
    IN,
    /** The value is present and none of {@code values}. */
    NOT_IN,
    /** The JSON value has the type named in {@code values} (boolean, string, number, object). */
    IS_TYPE,
    /** All parts hold. */
    ALL,
    /** At least one part holds. */
    ANY,
    /** The single part does not hold. */
    NOT
  }
}
