package fi.polku.model.compiler.emit.java;

import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import fi.polku.model.compiler.emit.java.ChildPlan.Kind;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes identity and value semantics: {@code fhirType()}, {@code copy()} / {@code copyValues()}
 * (deep), {@code equalsDeep}, {@code equalsShallow}, {@code isEmpty()} and, for resources, {@code
 * getResourceType()}.
 */
final class CopyEqualityWriter {

  /** Adds the methods for {@code cls} to {@code type}. */
  void write(ClassPlan cls, TypeSpec.Builder type) {
    type.addMethod(fhirType(cls));
    type.addMethod(copy(cls));
    type.addMethod(copyValues(cls));
    type.addMethod(equalsDeep(cls));
    type.addMethod(equalsShallow(cls));
    type.addMethod(isEmpty(cls));
    if (cls.resource()) {
      type.addMethod(
          overriding("getResourceType", Types.RESOURCE_TYPE)
              .addJavadoc(
                  "Always null: HAPI's {@code ResourceType} enum only names FHIR core types. Use\n"
                      + "{@link #fhirType()} for the name of this type.\n")
              .addStatement("return null")
              .build());
    }
  }

  private MethodSpec fhirType(ClassPlan cls) {
    return overriding("fhirType", TypeName.get(String.class))
        .addStatement("return $S", cls.fhirType())
        .build();
  }

  private MethodSpec copy(ClassPlan cls) {
    return overriding("copy", cls.className())
        .addJavadoc("A deep copy.\n")
        .addStatement("$T dst = new $T()", cls.className(), cls.className())
        .addStatement("copyValues(dst)")
        .addStatement("return dst")
        .build();
  }

  private MethodSpec copyValues(ClassPlan cls) {
    MethodSpec.Builder m =
        MethodSpec.methodBuilder("copyValues")
            .addJavadoc("Copies every element of this object deeply into {@code dst}.\n")
            .addModifiers(Modifier.PUBLIC)
            .addParameter(cls.className(), "dst")
            .addStatement("super.copyValues(dst)");
    for (ChildPlan c : cls.children()) {
      String f = c.javaName();
      if (c.repeating()) {
        m.beginControlFlow("if (this.$N != null)", f)
            .addStatement("dst.$N = new $T<>()", f, Types.ARRAY_LIST)
            .beginControlFlow("for ($T item : this.$N)", c.itemType(), f)
            .addStatement("dst.$N.add(item.copy())", f)
            .endControlFlow()
            .endControlFlow();
      } else {
        m.addStatement("dst.$N = this.$N == null ? null : this.$N.copy()", f, f, f);
      }
    }
    return m.build();
  }

  private MethodSpec equalsDeep(ClassPlan cls) {
    List<CodeBlock> comparisons =
        cls.children().stream()
            .map(c -> CodeBlock.of("compareDeep(this.$N, o.$N, true)", c.javaName(), c.javaName()))
            .toList();
    return comparing(cls, "equalsDeep", comparisons);
  }

  private MethodSpec equalsShallow(ClassPlan cls) {
    List<CodeBlock> comparisons =
        cls.children().stream()
            .filter(c -> c.kind() == Kind.PRIMITIVE)
            .map(
                c -> CodeBlock.of("compareValues(this.$N, o.$N, true)", c.javaName(), c.javaName()))
            .toList();
    return comparing(cls, "equalsShallow", comparisons);
  }

  private MethodSpec comparing(ClassPlan cls, String name, List<CodeBlock> comparisons) {
    MethodSpec.Builder m =
        overriding(name, TypeName.BOOLEAN)
            .addParameter(Types.BASE, "other")
            .beginControlFlow(
                "if (!super.$L(other) || !(other instanceof $T))", name, cls.className())
            .addStatement("return false")
            .endControlFlow();
    if (comparisons.isEmpty()) {
      return m.addStatement("return true").build();
    }
    m.addStatement("$T o = ($T) other", cls.className(), cls.className());
    return m.addStatement("return $L", CodeBlock.join(comparisons, "\n&& ")).build();
  }

  private MethodSpec isEmpty(ClassPlan cls) {
    MethodSpec.Builder m = overriding("isEmpty", TypeName.BOOLEAN);
    if (cls.children().isEmpty()) {
      return m.addStatement("return super.isEmpty()").build();
    }
    CodeBlock fields =
        CodeBlock.join(
            cls.children().stream().map(c -> CodeBlock.of("this.$N", c.javaName())).toList(), ", ");
    // An explicit Object[] picks the one ElementUtil.isEmpty overload that takes lists and
    // elements.
    return m.addStatement(
            "return super.isEmpty() && $T.isEmpty(new Object[] {$L})", Types.ELEMENT_UTIL, fields)
        .build();
  }

  private static MethodSpec.Builder overriding(String name, TypeName returns) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(returns);
  }
}
