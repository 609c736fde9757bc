package fi.polku.model.compiler.ir;

import java.util.List;

/**
 * One allowed type of an element: a FHIR R5 datatype code ({@code string}, {@code HumanName},
 * {@code Reference}, {@code BackboneElement}, ...). For {@code Reference} and {@code canonical},
 * {@code targets} names the allowed target resource types (model resource names or FHIR core
 * resource names, e.g. {@code Learner}, {@code Organization}).
 */
public record TypeRef(String code, List<String> targets) {

  public TypeRef {
    targets = List.copyOf(targets);
  }

  /** A type without targets. */
  public static TypeRef of(String code) {
    return new TypeRef(code, List.of());
  }

  /** True for {@code Reference}. */
  public boolean isReference() {
    return "Reference".equals(code);
  }
}
