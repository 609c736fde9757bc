package fi.polku.model.compiler.emit.java;

import com.squareup.javapoet.ClassName;
import java.util.ArrayList;
import java.util.Objects;

/**
 * Class names the generated code refers to. Named by string where the class is HAPI's, so that the
 * generator states exactly what the generated code depends on.
 */
final class Types {

  private Types() {}

  private static final String R5 = FhirTypeMapping.R5_PACKAGE;
  private static final String ANNOTATION = "ca.uhn.fhir.model.api.annotation";

  static final ClassName BASE = ClassName.get(R5, "Base");
  static final ClassName DATA_TYPE = ClassName.get(R5, "DataType");
  static final ClassName PROPERTY = ClassName.get(R5, "Property");
  static final ClassName RESOURCE_TYPE = ClassName.get(R5, "ResourceType");
  static final ClassName DOMAIN_RESOURCE = ClassName.get(R5, "DomainResource");
  static final ClassName CONFIGURATION = ClassName.get(R5, "Configuration");
  static final ClassName TYPE_CONVERTOR = ClassName.get(R5, "TypeConvertor");
  static final ClassName FHIR_EXCEPTION = ClassName.get("org.hl7.fhir.exceptions", "FHIRException");
  static final ClassName ELEMENT_UTIL = ClassName.get("ca.uhn.fhir.util", "ElementUtil");
  static final ClassName FHIR_CONTEXT = ClassName.get("ca.uhn.fhir.context", "FhirContext");

  static final ClassName RESOURCE_DEF = ClassName.get(ANNOTATION, "ResourceDef");
  static final ClassName BLOCK = ClassName.get(ANNOTATION, "Block");
  static final ClassName CHILD = ClassName.get(ANNOTATION, "Child");
  static final ClassName DESCRIPTION = ClassName.get(ANNOTATION, "Description");
  static final ClassName BINDING = ClassName.get(ANNOTATION, "Binding");
  static final ClassName SEARCH_PARAM_DEFINITION =
      ClassName.get(ANNOTATION, "SearchParamDefinition");
  static final ClassName INCLUDE = ClassName.get("ca.uhn.fhir.model.api", "Include");

  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

  static final ClassName ARRAY_LIST = ClassName.get(ArrayList.class);
  static final ClassName OBJECTS = ClassName.get(Objects.class);

  /** The fluent-client parameter class for a search parameter type, or null if HAPI has none. */
  static ClassName clientParam(String searchType) {
    String simple =
        switch (searchType) {
          case "token" -> "TokenClientParam";
          case "string" -> "StringClientParam";
          case "date" -> "DateClientParam";
          case "reference" -> "ReferenceClientParam";
          case "number" -> "NumberClientParam";
          case "quantity" -> "QuantityClientParam";
          case "uri" -> "UriClientParam";
          default -> null;
        };
    return simple == null ? null : ClassName.get("ca.uhn.fhir.rest.gclient", simple);
  }
}
