package fi.polku.validation.parse;

/**
 * Bounds on what the validator reads, so that no input can make it use unbounded time or memory.
 * Input over a limit is rejected with a specific code before (size) or while (the rest) it is read;
 * nothing is truncated silently.
 *
 * @param maxBytes largest request body in bytes. Default 8 MiB: Polku's largest realistic record (a
 *     study attainment with every nested part of a whole upper secondary education) is well under 1
 *     MiB, and a body over the limit is rejected from its length alone, in constant time, so a 10
 *     MB upload costs nothing. Raising it only makes sense together with {@code maxValues}.
 * @param maxDepth deepest nesting of JSON objects and arrays; the root object is level 1. Default
 *     100: the model's deepest legitimate path (attainment parts within parts, with extensions) is
 *     under 30 levels, and the HAPI parser and FHIRPath engine that run later recurse.
 * @param maxStringLength longest string value or property name, in UTF-16 characters. Default 1 MiB
 *     (1,048,576), the size FHIR itself sets as the upper bound for strings; a string of exactly
 *     the limit is accepted.
 * @param maxNumberLength longest number literal in characters. Default 64: a FHIR decimal has at
 *     most 18 + 17 digits and an exponent.
 * @param maxValues most JSON values (objects, arrays, strings, numbers, ...) in one body. Default
 *     250,000: bounds the memory of the parsed tree (8 MiB of {@code [0,0,0,...]} would otherwise
 *     be millions of nodes).
 * @param maxIssues most issues in one report; validation stops after this many. Default 200.
 */
public record InputLimits(
    int maxBytes,
    int maxDepth,
    int maxStringLength,
    int maxNumberLength,
    int maxValues,
    int maxIssues) {

  /** The defaults described above. */
  public static final InputLimits DEFAULT =
      new InputLimits(8 * 1024 * 1024, 100, 1024 * 1024, 64, 250_000, 200);

  public InputLimits {
    if (maxBytes < 1
        || maxDepth < 2
        || maxStringLength < 1
        || maxNumberLength < 1
        || maxValues < 1
        || maxIssues < 1) {
      throw new IllegalArgumentException("Input limits must be positive (depth at least 2)");
    }
  }
}
