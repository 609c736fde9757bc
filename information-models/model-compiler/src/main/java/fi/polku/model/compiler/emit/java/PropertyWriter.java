package fi.polku.model.compiler.emit.java;

import com.squareup.javapoet.ArrayTypeName;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import fi.polku.model.compiler.emit.java.ChildPlan.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * Writes the read side of HAPI's {@code Base} reflection machinery: {@code listChildren}, {@code
 * getNamedProperty}, {@code getProperty} and {@code getTypesForProperty}. FHIRPath, the validator
 * and HAPI's element model navigate resources through these, not through the fields.
 *
 * <p>As in HAPI's own classes, the switches are on {@code name.hashCode()} constants: cheap, and
 * stable because {@link String#hashCode()} is specified. {@link ModelPlanner} rejects a type whose
 * names collide.
 */
final class PropertyWriter {

  /**
   * Every name {@code getNamedProperty} answers to for {@code child}: its name and, for a choice,
   * {@code x[x]} and each typed name {@code xBoolean}.
   */
  static List<String> switchNames(ChildPlan child) {
    List<String> out = new ArrayList<>();
    out.add(child.name());
    if (child.kind() == Kind.CHOICE) {
      out.add(child.propertyName());
      for (FhirType t : child.choices()) {
        out.add(child.name() + t.choiceSuffix());
      }
    }
    return out;
  }

  /** Adds the four methods for {@code cls} to {@code type}. */
  void write(ClassPlan cls, TypeSpec.Builder type) {
    type.addMethod(listChildren(cls));
    type.addMethod(getNamedProperty(cls));
    type.addMethod(getProperty(cls));
    type.addMethod(getTypesForProperty(cls));
  }

  private MethodSpec listChildren(ClassPlan cls) {
    MethodSpec.Builder m =
        MethodSpec.methodBuilder("listChildren")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PROTECTED)
            .addParameter(
                ParameterizedTypeName.get(ClassName.get(List.class), Types.PROPERTY), "children")
            .addStatement("super.listChildren(children)");
    for (ChildPlan c : cls.children()) {
      m.addStatement("children.add($L)", property(c, c.propertyTypeCode()));
    }
    return m.build();
  }

  private MethodSpec getNamedProperty(ClassPlan cls) {
    CodeBlock.Builder cases = CodeBlock.builder();
    for (ChildPlan c : cls.children()) {
      if (c.kind() == Kind.CHOICE) {
        caseReturning(cases, c.propertyName(), property(c, c.propertyTypeCode()));
        caseReturning(cases, c.name(), property(c, c.propertyTypeCode()));
        for (FhirType t : c.choices()) {
          String code = "Reference".equals(t.code()) ? referenceOnly(c) : t.code();
          caseReturning(cases, c.name() + t.choiceSuffix(), property(c, code));
        }
      } else {
        caseReturning(cases, c.name(), property(c, c.propertyTypeCode()));
      }
    }
    return switchMethod("getNamedProperty", Types.PROPERTY, cases.build(), "hash, name, checkValid")
        .addParameter(TypeName.BOOLEAN, "checkValid")
        .build();
  }

  private MethodSpec getProperty(ClassPlan cls) {
    CodeBlock.Builder cases = CodeBlock.builder();
    for (ChildPlan c : cls.children()) {
      CodeBlock value =
          c.repeating()
              ? CodeBlock.of(
                  "this.$N == null ? new $T[0] : this.$N.toArray(new $T[0])",
                  c.javaName(),
                  Types.BASE,
                  c.javaName(),
                  Types.BASE)
              : CodeBlock.of(
                  "this.$N == null ? new $T[0] : new $T[] {this.$N}",
                  c.javaName(),
                  Types.BASE,
                  Types.BASE,
                  c.javaName());
      caseReturning(cases, c.name(), value);
    }
    return switchMethod(
            "getProperty", ArrayTypeName.of(Types.BASE), cases.build(), "hash, name, checkValid")
        .addParameter(TypeName.BOOLEAN, "checkValid")
        .build();
  }

  private MethodSpec getTypesForProperty(ClassPlan cls) {
    CodeBlock.Builder cases = CodeBlock.builder();
    for (ChildPlan c : cls.children()) {
      caseReturning(cases, c.name(), stringArray(c.typeCodes()));
    }
    return switchMethod(
            "getTypesForProperty", ArrayTypeName.of(String.class), cases.build(), "hash, name")
        .build();
  }

  /**
   * A method {@code (int hash, String name, ...)} switching on the hash, falling back to the
   * superclass for inherited elements.
   */
  static MethodSpec.Builder switchMethod(
      String name, TypeName returns, CodeBlock cases, String superArgs) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(returns)
        .addException(Types.FHIR_EXCEPTION)
        .addParameter(TypeName.INT, "hash")
        .addParameter(String.class, "name")
        .beginControlFlow("switch (hash)")
        .addCode(cases)
        .addCode("default:\n$>")
        .addStatement("return super.$L($L)", name, superArgs)
        .addCode("$<")
        .endControlFlow();
  }

  /** {@code case <hash>: // <name>} followed by {@code return <value>;}. */
  static void caseReturning(CodeBlock.Builder cases, String name, CodeBlock value) {
    cases.add("case $L: // $L\n$>", name.hashCode(), name);
    cases.addStatement("return $L", value);
    cases.add("$<");
  }

  private static CodeBlock property(ChildPlan c, String typeCode) {
    CodeBlock max =
        c.maxOrUnbounded() == Integer.MAX_VALUE
            ? CodeBlock.of("$T.MAX_VALUE", Integer.class)
            : CodeBlock.of("$L", c.maxOrUnbounded());
    return CodeBlock.of(
        "new $T($S, $S, $S, $L, $L, this.$N)",
        Types.PROPERTY,
        c.propertyName(),
        typeCode,
        c.definition(),
        c.min(),
        max,
        c.javaName());
  }

  /** The Reference option of a choice, with the element's targets. */
  private static String referenceOnly(ChildPlan c) {
    return c.targets().isEmpty() ? "Reference" : "Reference(" + String.join("|", c.targets()) + ")";
  }

  private static CodeBlock stringArray(List<String> values) {
    return join(values, v -> CodeBlock.of("$S", v), "new String[] {", "}");
  }

  static <T> CodeBlock join(
      List<T> values, Function<T, CodeBlock> item, String prefix, String suffix) {
    CodeBlock.Builder b = CodeBlock.builder().add(prefix);
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        b.add(", ");
      }
      b.add(item.apply(values.get(i)));
    }
    return b.add(suffix).build();
  }
}
