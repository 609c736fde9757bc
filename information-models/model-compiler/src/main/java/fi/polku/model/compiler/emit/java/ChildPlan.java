package fi.polku.model.compiler.emit.java;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import fi.polku.model.compiler.ir.Element;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One element of a generated class, resolved for code generation: its Java names, its kind and its
 * HAPI types. The writers only read plans; all decisions and checks happen in {@link ModelPlanner}.
 *
 * @param element the IR element
 * @param order position within the generated class (HAPI's {@code @Child(order)})
 * @param name JSON name without {@code [x]}
 * @param javaName field name (the JSON name, or with a trailing underscore where it would clash)
 * @param kind what sort of element it is
 * @param type the datatype for {@link Kind#PRIMITIVE}, {@link Kind#COMPLEX} and {@link
 *     Kind#REFERENCE}; {@code null} otherwise
 * @param choices the allowed types of a {@link Kind#CHOICE}, in model order; empty otherwise
 * @param blockClass the nested class of a {@link Kind#BLOCK}; {@code null} otherwise
 * @param targets reference targets (of a reference or of the Reference option of a choice)
 * @param targetClasses the classes HAPI gets as {@code @Child(type)} for a reference
 */
record ChildPlan(
    Element element,
    int order,
    String name,
    String javaName,
    Kind kind,
    FhirType type,
    List<FhirType> choices,
    ClassName blockClass,
    List<String> targets,
    List<ClassName> targetClasses) {

  /** Kinds of element, each with its own accessor shape. */
  enum Kind {
    /** A FHIR primitive: element accessors plus value accessors. */
    PRIMITIVE,
    /** A complex datatype other than Reference. */
    COMPLEX,
    /** A Reference, with its targets. */
    REFERENCE,
    /** A choice ({@code [x]}) of several types, held as {@code DataType}. */
    CHOICE,
    /** A backbone element, held as a nested component class. */
    BLOCK
  }

  ChildPlan {
    choices = List.copyOf(choices);
    targets = List.copyOf(targets);
    targetClasses = List.copyOf(targetClasses);
  }

  /** Accessor stem: {@code birthDate} to {@code BirthDate}. */
  String stem() {
    return JavaNames.capitalize(javaName);
  }

  /** True when the element may repeat (the field is a list). */
  boolean repeating() {
    return element.isRepeating();
  }

  /** The type of one value: {@code DateType}, {@code Identifier}, a component, {@code DataType}. */
  TypeName itemType() {
    return switch (kind) {
      case PRIMITIVE, COMPLEX, REFERENCE -> type.hapiClass();
      case CHOICE -> ClassName.get(FhirTypeMapping.R5_PACKAGE, "DataType");
      case BLOCK -> blockClass;
    };
  }

  /** The field type: {@link #itemType()} or a list of it. */
  TypeName fieldType() {
    return repeating()
        ? ParameterizedTypeName.get(ClassName.get(List.class), itemType())
        : itemType();
  }

  /** The name HAPI's {@code Property} carries: {@code x[x]} for choices. */
  String propertyName() {
    return kind == Kind.CHOICE ? name + "[x]" : name;
  }

  /**
   * The type code HAPI's {@code Property} carries: {@code date}, {@code Reference(A|B)}, {@code
   * boolean|CodeableConcept}; empty for a backbone, as in HAPI's own classes.
   */
  String propertyTypeCode() {
    return switch (kind) {
      case PRIMITIVE, COMPLEX -> type.code();
      case REFERENCE -> referenceCode();
      case CHOICE ->
          choices.stream()
              .map(c -> "Reference".equals(c.code()) ? referenceCode() : c.code())
              .collect(Collectors.joining("|"));
      case BLOCK -> "";
    };
  }

  private String referenceCode() {
    return targets.isEmpty() ? "Reference" : "Reference(" + String.join("|", targets) + ")";
  }

  /** The type codes HAPI's {@code getTypesForProperty} returns; empty for a backbone. */
  List<String> typeCodes() {
    return switch (kind) {
      case PRIMITIVE, COMPLEX, REFERENCE -> List.of(type.code());
      case CHOICE -> choices.stream().map(FhirType::code).toList();
      case BLOCK -> List.of();
    };
  }

  /** Minimum cardinality. */
  int min() {
    return element.min();
  }

  /** Maximum cardinality as a number, {@link Integer#MAX_VALUE} for {@code *}. */
  int maxOrUnbounded() {
    return "*".equals(element.max()) ? Integer.MAX_VALUE : Integer.parseInt(element.max());
  }

  /** English short label, for {@code @Description(shortDefinition)}. */
  String shortDefinition() {
    return Texts.english(element.label());
  }

  /** English definition, for {@code @Description(formalDefinition)} and {@code Property}. */
  String definition() {
    return Texts.english(element.definition());
  }

  /** The full FHIR path of the element, for messages in the generated code. */
  String path() {
    return element.path();
  }
}
