package fi.polku.model.compiler.emit.java;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.TypeName;

/**
 * A FHIR datatype as the generated code uses it.
 *
 * @param code the FHIR type code ({@code date}, {@code CodeableConcept})
 * @param hapiClass the HAPI R5 class ({@code DateType}, {@code CodeableConcept})
 * @param valueType for primitives, the Java value type of {@code getValue()} as HAPI's generated
 *     accessors expose it ({@code Date}, {@code boolean}); {@code null} for complex types
 * @param castMethod name of the {@code TypeConvertor} method converting a {@code Base} to this
 *     type, or {@code null} when there is none (the generated code then casts)
 */
record FhirType(String code, ClassName hapiClass, TypeName valueType, String castMethod) {

  /** True for primitive FHIR types (those with a Java value). */
  boolean isPrimitive() {
    return valueType != null;
  }

  /** True when the Java value type is a Java primitive ({@code boolean}, {@code int}, ...). */
  boolean hasJavaPrimitiveValue() {
    return valueType != null && valueType.isPrimitive();
  }

  /** The value {@code getX()} returns for an absent Java-primitive value (HAPI's convention). */
  String absentValueLiteral() {
    if (TypeName.BOOLEAN.equals(valueType)) {
      return "false";
    }
    if (TypeName.LONG.equals(valueType)) {
      return "0L";
    }
    return "0";
  }

  /**
   * The suffix of a choice element's JSON name for this type: {@code boolean} to {@code Boolean},
   * {@code CodeableConcept} unchanged.
   */
  String choiceSuffix() {
    return JavaNames.capitalize(code);
  }
}
