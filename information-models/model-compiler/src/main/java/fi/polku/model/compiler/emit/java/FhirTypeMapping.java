package fi.polku.model.compiler.emit.java;

import com.squareup.javapoet.ArrayTypeName;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.TypeName;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r5.model.Base;
import org.hl7.fhir.r5.model.DataType;
import org.hl7.fhir.r5.model.PrimitiveType;
import org.hl7.fhir.r5.model.Resource;
import org.hl7.fhir.r5.model.TypeConvertor;

/**
 * Maps FHIR R5 type codes to HAPI R5 model classes.
 *
 * <p>Primitive types come from a fixed table because their Java value types (what {@code
 * getBirthDate()} returns) are a HAPI convention, not something reflection can tell. Complex types
 * are looked up by name in {@code org.hl7.fhir.r5.model} and must be concrete, non-primitive {@link
 * DataType}s there; checking against the real classes at generation time means a typo in the model
 * fails the build here, with the element named, rather than in the compiler of the generated code.
 */
final class FhirTypeMapping {

  /** Package of the HAPI R5 model classes. */
  static final String R5_PACKAGE = "org.hl7.fhir.r5.model";

  private static final TypeName STRING = ClassName.get(String.class);
  private static final TypeName DATE = ClassName.get(Date.class);

  private final Map<String, FhirType> primitives = new LinkedHashMap<>();

  FhirTypeMapping() {
    primitive("boolean", "BooleanType", TypeName.BOOLEAN);
    primitive("integer", "IntegerType", TypeName.INT);
    primitive("positiveInt", "PositiveIntType", TypeName.INT);
    primitive("unsignedInt", "UnsignedIntType", TypeName.INT);
    primitive("integer64", "Integer64Type", TypeName.LONG);
    primitive("decimal", "DecimalType", ClassName.get(BigDecimal.class));
    primitive("string", "StringType", STRING);
    primitive("code", "CodeType", STRING);
    primitive("markdown", "MarkdownType", STRING);
    primitive("id", "IdType", STRING);
    primitive("uri", "UriType", STRING);
    primitive("url", "UrlType", STRING);
    primitive("canonical", "CanonicalType", STRING);
    primitive("oid", "OidType", STRING);
    primitive("uuid", "UuidType", STRING);
    primitive("time", "TimeType", STRING);
    primitive("date", "DateType", DATE);
    primitive("dateTime", "DateTimeType", DATE);
    primitive("instant", "InstantType", DATE);
    primitive("base64Binary", "Base64BinaryType", ArrayTypeName.of(TypeName.BYTE));
  }

  private void primitive(String code, String hapiName, TypeName valueType) {
    primitives.put(
        code,
        new FhirType(
            code, ClassName.get(R5_PACKAGE, hapiName), valueType, castMethod(code, hapiName)));
  }

  /**
   * The HAPI type for a FHIR type code.
   *
   * @throws IllegalArgumentException with a message naming the code when it is not a FHIR R5
   *     datatype HAPI has a class for
   */
  FhirType resolve(String code) {
    FhirType primitive = primitives.get(code);
    if (primitive != null) {
      return primitive;
    }
    Class<?> cls = r5Class(code).orElse(null);
    if (cls == null
        || !DataType.class.isAssignableFrom(cls)
        || PrimitiveType.class.isAssignableFrom(cls)
        || Modifier.isAbstract(cls.getModifiers())
        || !Character.isUpperCase(code.charAt(0))) {
      throw new IllegalArgumentException(
          "unknown FHIR type code '"
              + code
              + "': not a FHIR R5 primitive ("
              + String.join(", ", primitives.keySet())
              + ") nor a concrete complex datatype of "
              + R5_PACKAGE);
    }
    return new FhirType(code, ClassName.get(cls), null, castMethod(code, cls.getSimpleName()));
  }

  /** True when {@code name} is a FHIR R5 resource type HAPI has a class for. */
  boolean isCoreResource(String name) {
    return r5Class(name)
        .filter(Resource.class::isAssignableFrom)
        .filter(c -> !Modifier.isAbstract(c.getModifiers()))
        .isPresent();
  }

  /** The HAPI class of a FHIR core resource type; see {@link #isCoreResource}. */
  ClassName coreResource(String name) {
    return ClassName.get(R5_PACKAGE, name);
  }

  private static Optional<Class<?>> r5Class(String simpleName) {
    if (simpleName == null || simpleName.isEmpty() || !JavaNames.isIdentifierShape(simpleName)) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          Class.forName(
              R5_PACKAGE + "." + simpleName, false, FhirTypeMapping.class.getClassLoader()));
    } catch (ClassNotFoundException | LinkageError e) {
      return Optional.empty();
    }
  }

  /**
   * {@code TypeConvertor.castToDate} and friends convert between related primitives (a string to a
   * code) where a plain cast would fail, so the generated {@code setProperty} prefers them.
   */
  private static String castMethod(String code, String hapiName) {
    String name = "castTo" + JavaNames.capitalize(code);
    try {
      Method method = TypeConvertor.class.getMethod(name, Base.class);
      return method.getReturnType().getSimpleName().equals(hapiName) ? name : null;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }
}
