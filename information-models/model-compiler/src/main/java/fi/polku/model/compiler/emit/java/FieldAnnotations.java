package fi.polku.model.compiler.emit.java;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import fi.polku.model.compiler.emit.java.ChildPlan.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * The HAPI annotations of an element field: {@code @Child}, {@code @Description} and, for bound
 * elements, {@code @Binding}. HAPI's model scanner reads these to parse and encode the type.
 */
final class FieldAnnotations {

  /** The annotations of {@code child}'s field. */
  List<AnnotationSpec> of(ChildPlan child) {
    List<AnnotationSpec> out = new ArrayList<>();
    out.add(child(child));
    out.add(
        AnnotationSpec.builder(Types.DESCRIPTION)
            .addMember("shortDefinition", "$S", child.shortDefinition())
            .addMember("formalDefinition", "$S", formalDefinition(child))
            .build());
    if (child.element().binding() != null && child.element().binding().valueSet() != null) {
      out.add(
          AnnotationSpec.builder(Types.BINDING)
              .addMember("valueSet", "$S", child.element().binding().valueSet())
              .build());
    }
    return out;
  }

  private AnnotationSpec child(ChildPlan child) {
    AnnotationSpec.Builder a =
        AnnotationSpec.builder(Types.CHILD)
            .addMember("name", "$S", child.name())
            .addMember("order", "$L", child.order())
            .addMember("min", "$L", child.min());
    if ("*".equals(child.element().max())) {
      a.addMember("max", "$T.MAX_UNLIMITED", Types.CHILD);
    } else {
      a.addMember("max", "$L", child.maxOrUnbounded());
    }
    a.addMember("summary", "$L", child.element().summary());
    // HAPI tells a choice from its type list and the targets of a reference from it too.
    if (child.kind() == Kind.CHOICE) {
      a.addMember("type", classList(child.choices().stream().map(FhirType::hapiClass).toList()));
    } else if (child.kind() == Kind.REFERENCE) {
      a.addMember("type", classList(child.targetClasses()));
    }
    return a.build();
  }

  /** The definition, naming the reference targets as the StructureDefinition would. */
  private static String formalDefinition(ChildPlan child) {
    String def = child.definition();
    boolean hasReference =
        child.kind() == Kind.REFERENCE
            || child.choices().stream().anyMatch(c -> "Reference".equals(c.code()));
    if (!hasReference) {
      return def;
    }
    String types = "Type: " + child.propertyTypeCode() + ".";
    return def.isEmpty() ? types : def + " " + types;
  }

  static CodeBlock classList(List<ClassName> classes) {
    CodeBlock.Builder b = CodeBlock.builder().add("{");
    for (int i = 0; i < classes.size(); i++) {
      b.add(i == 0 ? "$T.class" : ", $T.class", classes.get(i));
    }
    return b.add("}").build();
  }
}
