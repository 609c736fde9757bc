package fi.polku.hub.index;

import ca.uhn.fhir.context.BaseRuntimeElementDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementDefinition.ChildTypeEnum;
import ca.uhn.fhir.context.FhirContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r5.model.Enumerations.FHIRVersion;
import org.hl7.fhir.r5.model.StructureDefinition;
import org.hl7.fhir.r5.model.StructureDefinition.StructureDefinitionKind;
import org.hl7.fhir.r5.model.StructureDefinition.TypeDerivationRule;

/**
 * The FHIR datatypes and what each specializes ({@code code} → {@code string} → {@code
 * PrimitiveType} → {@code DataType} → {@code Element} → {@code Base}), read from HAPI's registered
 * classes. FHIRPath's {@code ofType(dateTime)}, {@code is} and {@code as} need to know the types:
 * without them HAPI's engine refuses the expression ("The type FHIR.dateTime is not valid"), which
 * made choice-type search parameters such as {@code Person.death-date} and {@code Provenance.when}
 * fail on every resource.
 */
final class DataTypes {

  private static final String SD = "http://hl7.org/fhir/StructureDefinition/";

  /** The abstract types above the registered ones, each with its base. */
  private static final Map<String, String> ABSTRACT =
      Map.of(
          "Base", "",
          "Element", "Base",
          "DataType", "Element",
          "PrimitiveType", "DataType",
          "BackboneType", "DataType",
          "BackboneElement", "Element");

  private static final Set<ChildTypeEnum> DATATYPES =
      Set.of(ChildTypeEnum.PRIMITIVE_DATATYPE, ChildTypeEnum.COMPOSITE_DATATYPE);

  /** Type name → the name of the type it specializes ("" for Base). */
  private final Map<String, String> base = new LinkedHashMap<>();

  private final Map<String, Boolean> primitive = new HashMap<>();

  /** The datatypes registered in {@code fhir}. */
  DataTypes(FhirContext fhir) {
    Map<Class<?>, String> names = new HashMap<>();
    for (BaseRuntimeElementDefinition<?> d : fhir.getElementDefinitions()) {
      if (DATATYPES.contains(d.getChildType()) && !names.containsKey(d.getImplementingClass())) {
        names.put(d.getImplementingClass(), d.getName());
      }
    }
    base.putAll(ABSTRACT);
    for (BaseRuntimeElementDefinition<?> d : fhir.getElementDefinitions()) {
      if (!DATATYPES.contains(d.getChildType()) || base.containsKey(d.getName())) {
        continue;
      }
      boolean isPrimitive = d.getChildType() == ChildTypeEnum.PRIMITIVE_DATATYPE;
      String parent = isPrimitive ? "PrimitiveType" : "DataType";
      for (Class<?> c = d.getImplementingClass().getSuperclass();
          c != null;
          c = c.getSuperclass()) {
        String n = names.get(c);
        if (n != null) {
          parent = n;
          break;
        }
        if (c.getSimpleName().equals("BackboneType")) {
          parent = "BackboneType";
          break;
        }
      }
      base.put(d.getName(), parent);
      primitive.put(d.getName(), isPrimitive);
    }
  }

  /** Whether {@code name} is a FHIR datatype (or one of their abstract bases). */
  boolean isKnown(String name) {
    return base.containsKey(name);
  }

  /**
   * Whether a value of type {@code actual} is of type {@code wanted}, as the engine's {@code
   * ofType} decides: the same type, or for a complex type one of its bases (a primitive type's
   * bases are not followed).
   */
  boolean isA(String actual, String wanted) {
    for (String t = actual; t != null && !t.isEmpty(); ) {
      if (t.equals(wanted)) {
        return true;
      }
      t = Boolean.TRUE.equals(primitive.get(t)) ? null : base.get(t);
    }
    return false;
  }

  /**
   * Minimal StructureDefinitions of the types (name, kind, base; no elements): enough for the
   * FHIRPath engine's type tests, at no start-up cost.
   */
  List<StructureDefinition> definitions() {
    List<StructureDefinition> out = new ArrayList<>();
    for (Map.Entry<String, String> e : base.entrySet()) {
      String name = e.getKey();
      StructureDefinition sd = new StructureDefinition();
      sd.setUrl(SD + name);
      sd.setName(name);
      sd.setType(name);
      sd.setVersion(FHIRVersion._5_0_0.toCode());
      sd.setFhirVersion(FHIRVersion._5_0_0);
      sd.setAbstract(ABSTRACT.containsKey(name));
      sd.setKind(
          Boolean.TRUE.equals(primitive.get(name))
              ? StructureDefinitionKind.PRIMITIVETYPE
              : StructureDefinitionKind.COMPLEXTYPE);
      if (!e.getValue().isEmpty()) {
        sd.setDerivation(TypeDerivationRule.SPECIALIZATION);
        sd.setBaseDefinition(SD + e.getValue());
      }
      // A snapshot (just the root element), so the context does not try to generate one.
      sd.getSnapshot().addElement().setPath(name).setId(name);
      out.add(sd);
    }
    return Collections.unmodifiableList(out);
  }
}
