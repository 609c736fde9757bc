package fi.polku.model.compiler.emit.java;

import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import fi.polku.model.compiler.emit.java.ChildPlan.Kind;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the write side of HAPI's {@code Base} machinery: {@code setProperty} (by hash and by
 * name), {@code removeChild}, {@code makeProperty} and {@code addChild}. HAPI's element model,
 * mapping engine and validator build resources through these.
 */
final class MutationWriter {

  /** Adds the methods for {@code cls} to {@code type}. */
  void write(ClassPlan cls, TypeSpec.Builder type) {
    type.addMethod(setPropertyByHash(cls));
    type.addMethod(setPropertyByName(cls));
    type.addMethod(removeChild(cls));
    type.addMethod(makeProperty(cls));
    type.addMethod(addChild(cls));
  }

  private MethodSpec setPropertyByHash(ClassPlan cls) {
    CodeBlock.Builder cases = CodeBlock.builder();
    for (ChildPlan c : cls.children()) {
      cases.add("case $L: // $L\n$>", c.name().hashCode(), c.name());
      if (c.kind() == Kind.CHOICE) {
        // Through the setter, which checks that the type is one of the allowed ones.
        cases.addStatement("this.set$L($L)", c.stem(), converted(c));
      } else if (c.repeating()) {
        cases.addStatement("this.get$L().add($L)", c.stem(), converted(c));
      } else {
        cases.addStatement("this.$N = $L", c.javaName(), converted(c));
      }
      cases.addStatement("return value").add("$<");
    }
    return PropertyWriter.switchMethod(
            "setProperty", Types.BASE, cases.build(), "hash, name, value")
        .addParameter(Types.BASE, "value")
        .build();
  }

  /** {@code value} as the element's item type: {@code TypeConvertor.castToX(value)} or a cast. */
  private static CodeBlock converted(ChildPlan c) {
    if (c.kind() == Kind.CHOICE) {
      return CodeBlock.of("$T.castToType(value)", Types.TYPE_CONVERTOR);
    }
    if (c.type() != null && c.type().castMethod() != null) {
      return CodeBlock.of("$T.$L(value)", Types.TYPE_CONVERTOR, c.type().castMethod());
    }
    return CodeBlock.of("($T) value", c.itemType());
  }

  private MethodSpec setPropertyByName(ClassPlan cls) {
    MethodSpec.Builder m =
        overriding("setProperty", Types.BASE)
            .addParameter(String.class, "name")
            .addParameter(Types.BASE, "value")
            .beginControlFlow("switch (name)");
    for (ChildPlan c : cls.children()) {
      labels(m, PropertyWriter.switchNames(c));
      m.addCode("$>")
          .addStatement("return setProperty($L, $S, value)", c.name().hashCode(), c.name())
          .addCode("$<");
    }
    return m.addCode("default:\n$>")
        .addStatement("return super.setProperty(name, value)")
        .addCode("$<")
        .endControlFlow()
        .build();
  }

  private MethodSpec removeChild(ClassPlan cls) {
    MethodSpec.Builder m =
        overriding("removeChild", TypeName.VOID)
            .addParameter(String.class, "name")
            .addParameter(Types.BASE, "value")
            .beginControlFlow("switch (name)");
    for (ChildPlan c : cls.children()) {
      labels(m, PropertyWriter.switchNames(c));
      m.addCode("$>");
      if (c.repeating()) {
        m.addStatement("this.get$L().remove(value)", c.stem());
      } else {
        m.addStatement("this.$N = null", c.javaName());
      }
      m.addStatement("break").addCode("$<");
    }
    return m.addCode("default:\n$>")
        .addStatement("super.removeChild(name, value)")
        .addCode("$<")
        .endControlFlow()
        .build();
  }

  private MethodSpec makeProperty(ClassPlan cls) {
    CodeBlock.Builder cases = CodeBlock.builder();
    for (ChildPlan c : cls.children()) {
      String call;
      if (c.repeating()) {
        call = c.kind() == Kind.PRIMITIVE ? "add" + c.stem() + "Element" : "add" + c.stem();
      } else {
        call = c.kind() == Kind.PRIMITIVE ? "get" + c.stem() + "Element" : "get" + c.stem();
      }
      List<String> names =
          c.kind() == Kind.CHOICE ? List.of(c.propertyName(), c.name()) : List.of(c.name());
      for (String n : names) {
        PropertyWriter.caseReturning(cases, n, CodeBlock.of("$L()", call));
      }
    }
    return PropertyWriter.switchMethod("makeProperty", Types.BASE, cases.build(), "hash, name")
        .build();
  }

  private MethodSpec addChild(ClassPlan cls) {
    MethodSpec.Builder m =
        overriding("addChild", Types.BASE)
            .addParameter(String.class, "name")
            .beginControlFlow("switch (name)");
    for (ChildPlan c : cls.children()) {
      if (c.kind() == Kind.CHOICE) {
        for (FhirType t : c.choices()) {
          labels(m, List.of(c.name() + t.choiceSuffix()));
          m.addCode("$>")
              .addStatement("this.$N = new $T()", c.javaName(), t.hapiClass())
              .addStatement("return this.$N", c.javaName())
              .addCode("$<");
        }
        continue;
      }
      labels(m, List.of(c.name()));
      m.addCode("$>");
      if (c.kind() == Kind.PRIMITIVE) {
        m.addStatement(
            "throw new $T($S)",
            Types.FHIR_EXCEPTION,
            "Cannot call addChild on a primitive type " + c.path());
      } else if (c.repeating()) {
        m.addStatement("return add$L()", c.stem());
      } else {
        m.addStatement("this.$N = new $T()", c.javaName(), c.itemType())
            .addStatement("return this.$N", c.javaName());
      }
      m.addCode("$<");
    }
    return m.addCode("default:\n$>")
        .addStatement("return super.addChild(name)")
        .addCode("$<")
        .endControlFlow()
        .build();
  }

  private static void labels(MethodSpec.Builder m, List<String> names) {
    for (String n : names) {
      m.addCode("case $S:\n", n);
    }
  }

  private static MethodSpec.Builder overriding(String name, TypeName returns) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(returns)
        .addException(Types.FHIR_EXCEPTION);
  }
}
