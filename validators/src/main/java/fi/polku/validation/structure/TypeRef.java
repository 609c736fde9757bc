package fi.polku.validation.structure;

import java.util.Set;

/** The type of an element's value, resolved at compile time. */
sealed interface TypeRef permits TypeRef.Primitive, TypeRef.Complex, TypeRef.Contained {

  /** The FHIR type code, e.g. {@code date}, {@code Period}, {@code Resource}. */
  String code();

  /** A primitive datatype: a JSON string, number or boolean. */
  record Primitive(String code, PrimitiveType kind) implements TypeRef {}

  /**
   * A complex datatype, backbone element or extension: a JSON object validated with {@link
   * #rules()}. The rules are filled in after construction because types refer to each other.
   */
  final class Complex implements TypeRef {
    private final String code;
    private final Set<String> targets;
    private StructureRules rules;

    /**
     * A complex type.
     *
     * @param code the type code
     * @param targets for Reference: allowed target resource types ({@code Resource} means any);
     *     empty otherwise
     */
    Complex(String code, Set<String> targets) {
      this.code = code;
      this.targets = Set.copyOf(targets);
    }

    @Override
    public String code() {
      return code;
    }

    Set<String> targets() {
      return targets;
    }

    StructureRules rules() {
      return rules;
    }

    void resolve(StructureRules rules) {
      this.rules = rules;
    }

    @Override
    public String toString() {
      return "Complex[" + code + "]";
    }
  }

  /** A contained resource: validated as the resource type it names. */
  record Contained() implements TypeRef {
    @Override
    public String code() {
      return "Resource";
    }
  }
}
