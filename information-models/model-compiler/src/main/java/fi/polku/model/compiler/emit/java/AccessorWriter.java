package fi.polku.model.compiler.emit.java;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import fi.polku.model.compiler.emit.java.ChildPlan.Kind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes one field per element and its accessors, in the shape of HAPI's own generated classes:
 * {@code getX()} (creating lazily), {@code hasX()}, {@code setX(...)}; for lists {@code addX()},
 * {@code addX(T)} and {@code getXFirstRep()}; for primitives also {@code getXElement()} / {@code
 * setXElement()} and Java-value accessors; for choices typed {@code getXBooleanType()} / {@code
 * hasXBooleanType()}.
 */
final class AccessorWriter {

  private final FieldAnnotations annotations = new FieldAnnotations();

  /**
   * The accessors {@link #write} generates for {@code child}, as {@code name/arity}. The planner
   * checks them against HAPI's inherited methods and against each other, so keep this in step with
   * the methods below.
   */
  static Set<String> signatures(ChildPlan child) {
    String s = child.stem();
    Set<String> out = new LinkedHashSet<>();
    out.add("get" + s + "/0");
    out.add("has" + s + "/0");
    out.add("set" + s + "/1");
    if (child.repeating()) {
      out.add("add" + s + "/1");
      out.add("get" + s + "FirstRep/0");
      if (child.kind() == Kind.PRIMITIVE) {
        out.add("add" + s + "Element/0");
        out.add("has" + s + "/1");
      } else {
        out.add("add" + s + "/0");
      }
    } else if (child.kind() == Kind.PRIMITIVE) {
      out.add("get" + s + "Element/0");
      out.add("has" + s + "Element/0");
      out.add("set" + s + "Element/1");
    } else if (child.kind() == Kind.CHOICE) {
      for (FhirType t : child.choices()) {
        out.add("get" + s + t.hapiClass().simpleName() + "/0");
        out.add("has" + s + t.hapiClass().simpleName() + "/0");
      }
    }
    return out;
  }

  /** Adds the fields and accessors of every element of {@code cls} to {@code type}. */
  void write(ClassPlan cls, TypeSpec.Builder type) {
    for (ChildPlan child : cls.children()) {
      type.addField(field(child));
    }
    for (ChildPlan child : cls.children()) {
      type.addMethods(accessors(cls.className(), child));
    }
  }

  private FieldSpec field(ChildPlan child) {
    FieldSpec.Builder f =
        FieldSpec.builder(child.fieldType(), child.javaName(), Modifier.PROTECTED)
            .addAnnotations(annotations.of(child));
    String doc = Texts.english(child.element().definition());
    if (!doc.isEmpty()) {
      f.addJavadoc("$L\n", Texts.javadoc(doc));
    }
    return f.build();
  }

  private List<MethodSpec> accessors(ClassName self, ChildPlan child) {
    if (child.kind() == Kind.CHOICE) {
      return choice(self, child);
    }
    if (child.repeating()) {
      List<MethodSpec> out = new ArrayList<>(list(self, child));
      if (child.kind() == Kind.PRIMITIVE) {
        out.addAll(primitiveListExtras(self, child));
      }
      return out;
    }
    if (child.kind() == Kind.PRIMITIVE) {
      return primitive(self, child);
    }
    return single(self, child, "get" + child.stem(), "set" + child.stem());
  }

  /** Getter (lazily created), has and set of a single complex value or element. */
  private List<MethodSpec> single(ClassName self, ChildPlan child, String getter, String setter) {
    String f = child.javaName();
    TypeName t = child.itemType();
    MethodSpec get =
        method(getter, t)
            .addJavadoc("Returns $L, creating an empty one if absent (HAPI auto-create).\n", f)
            .beginControlFlow("if (this.$N == null && $T.doAutoCreate())", f, Types.CONFIGURATION)
            .addStatement("this.$N = new $T()", f, t)
            .endControlFlow()
            .addStatement("return this.$N", f)
            .build();
    MethodSpec set =
        method(setter, self)
            .addParameter(t, "value")
            .addStatement("this.$N = value", f)
            .addStatement("return this")
            .build();
    return List.of(get, has("has" + child.stem(), f), set);
  }

  private MethodSpec has(String name, String field) {
    return method(name, TypeName.BOOLEAN)
        .addStatement("return this.$N != null && !this.$N.isEmpty()", field, field)
        .build();
  }

  /** Element accessors of a single primitive plus its Java-value accessors. */
  private List<MethodSpec> primitive(ClassName self, ChildPlan child) {
    String f = child.javaName();
    String s = child.stem();
    FhirType type = child.type();
    List<MethodSpec> out =
        new ArrayList<>(single(self, child, "get" + s + "Element", "set" + s + "Element"));
    out.add(1, has("has" + s + "Element", f));
    MethodSpec.Builder get = method("get" + s, type.valueType());
    if (type.hasJavaPrimitiveValue()) {
      get.addStatement(
          "return this.$N == null || this.$N.isEmpty() ? $L : this.$N.getValue()",
          f,
          f,
          type.absentValueLiteral(),
          f);
    } else {
      get.addStatement("return this.$N == null ? null : this.$N.getValue()", f, f);
    }
    out.add(get.build());
    out.add(valueSetter(self, child, type.valueType()));
    if ("decimal".equals(type.code())) {
      // HAPI's DecimalType takes long and double too; offer the same convenience.
      out.add(valueSetter(self, child, TypeName.LONG));
      out.add(valueSetter(self, child, TypeName.DOUBLE));
    }
    return out;
  }

  private MethodSpec valueSetter(ClassName self, ChildPlan child, TypeName valueType) {
    String f = child.javaName();
    MethodSpec.Builder set =
        method("set" + child.stem(), self)
            .addJavadoc("Sets the value$L.\n", valueType.isPrimitive() ? "" : "; null removes it")
            .addParameter(valueType, "value");
    CodeBlock assign =
        CodeBlock.builder()
            .beginControlFlow("if (this.$N == null)", f)
            .addStatement("this.$N = new $T()", f, child.itemType())
            .endControlFlow()
            .addStatement("this.$N.setValue(value)", f)
            .build();
    if (valueType.isPrimitive()) {
      set.addCode(assign);
    } else {
      set.beginControlFlow("if (value == null)")
          .addStatement("this.$N = null", f)
          .nextControlFlow("else")
          .addCode(assign)
          .endControlFlow();
    }
    return set.addStatement("return this").build();
  }

  /** List accessors shared by every repeating element. */
  private List<MethodSpec> list(ClassName self, ChildPlan child) {
    String f = child.javaName();
    String s = child.stem();
    TypeName item = child.itemType();
    List<MethodSpec> out = new ArrayList<>();
    out.add(
        method("get" + s, child.fieldType())
            .addJavadoc("Returns the list of $L, never null.\n", f)
            .beginControlFlow("if (this.$N == null)", f)
            .addStatement("this.$N = new $T<>()", f, Types.ARRAY_LIST)
            .endControlFlow()
            .addStatement("return this.$N", f)
            .build());
    out.add(
        method("set" + s, self)
            .addParameter(child.fieldType(), "value")
            .addStatement("this.$N = value", f)
            .addStatement("return this")
            .build());
    out.add(
        method("has" + s, TypeName.BOOLEAN)
            .beginControlFlow("if (this.$N == null)", f)
            .addStatement("return false")
            .endControlFlow()
            .beginControlFlow("for ($T item : this.$N)", item, f)
            .beginControlFlow("if (!item.isEmpty())")
            .addStatement("return true")
            .endControlFlow()
            .endControlFlow()
            .addStatement("return false")
            .build());
    String create = child.kind() == Kind.PRIMITIVE ? "add" + s + "Element" : "add" + s;
    out.add(
        method(create, item)
            .addJavadoc("Appends a new empty value and returns it.\n")
            .addStatement("$T t = new $T()", item, item)
            .addStatement("get$L().add(t)", s)
            .addStatement("return t")
            .build());
    out.add(
        method("add" + s, self)
            .addParameter(item, "t")
            .beginControlFlow("if (t != null)")
            .addStatement("get$L().add(t)", s)
            .endControlFlow()
            .addStatement("return this")
            .build());
    out.add(
        method("get" + s + "FirstRep", item)
            .addJavadoc("Returns the first value, appending an empty one if there is none.\n")
            .beginControlFlow("if (get$L().isEmpty())", s)
            .addStatement("$L()", create)
            .endControlFlow()
            .addStatement("return get$L().get(0)", s)
            .build());
    return out;
  }

  /** Java-value conveniences of a repeating primitive: {@code addX(String)}, {@code hasX(...)}. */
  private List<MethodSpec> primitiveListExtras(ClassName self, ChildPlan child) {
    String f = child.javaName();
    String s = child.stem();
    TypeName item = child.itemType();
    TypeName value = child.type().valueType();
    MethodSpec add =
        method("add" + s, self)
            .addParameter(value, "value")
            .addStatement("$T t = new $T()", item, item)
            .addStatement("t.setValue(value)")
            .addStatement("get$L().add(t)", s)
            .addStatement("return this")
            .build();
    MethodSpec has =
        method("has" + s, TypeName.BOOLEAN)
            .addJavadoc("True when one of the values equals {@code value}.\n")
            .addParameter(value, "value")
            .beginControlFlow("if (this.$N == null)", f)
            .addStatement("return false")
            .endControlFlow()
            .beginControlFlow("for ($T item : this.$N)", item, f)
            .beginControlFlow("if ($T.deepEquals(item.getValue(), value))", Types.OBJECTS)
            .addStatement("return true")
            .endControlFlow()
            .endControlFlow()
            .addStatement("return false")
            .build();
    return List.of(add, has);
  }

  /** A choice element: the {@code DataType} accessors plus a typed pair per allowed type. */
  private List<MethodSpec> choice(ClassName self, ChildPlan child) {
    String f = child.javaName();
    String s = child.stem();
    List<MethodSpec> out = new ArrayList<>();
    out.add(method("get" + s, Types.DATA_TYPE).addStatement("return this.$N", f).build());
    for (FhirType t : child.choices()) {
      ClassName c = t.hapiClass();
      out.add(
          method("get" + s + c.simpleName(), c)
              .addJavadoc("Returns the value as $L, creating one if absent.\n", t.code())
              .addException(Types.FHIR_EXCEPTION)
              .beginControlFlow("if (this.$N == null)", f)
              .addStatement("this.$N = new $T()", f, c)
              .endControlFlow()
              .beginControlFlow("if (!(this.$N instanceof $T))", f, c)
              .addStatement(
                  "throw new $T($S + this.$N.fhirType())",
                  Types.FHIR_EXCEPTION,
                  "Type mismatch: " + child.path() + " is not " + t.code() + " but ",
                  f)
              .endControlFlow()
              .addStatement("return ($T) this.$N", c, f)
              .build());
      out.add(
          method("has" + s + c.simpleName(), TypeName.BOOLEAN)
              .addStatement("return this.$N instanceof $T", f, c)
              .build());
    }
    out.add(has("has" + s, f));
    CodeBlock.Builder allowed = CodeBlock.builder();
    for (int i = 0; i < child.choices().size(); i++) {
      allowed.add(
          i == 0 ? "$N instanceof $T" : " || $N instanceof $T",
          "value",
          child.choices().get(i).hapiClass());
    }
    out.add(
        method("set" + s, self)
            .addJavadoc("Sets the value; it must be one of the allowed types.\n")
            .addParameter(Types.DATA_TYPE, "value")
            .addException(Types.FHIR_EXCEPTION)
            .beginControlFlow("if (value != null && !($L))", allowed.build())
            .addStatement(
                "throw new $T($S + value.fhirType())",
                Types.FHIR_EXCEPTION,
                "Not an allowed type for " + child.path() + ": ")
            .endControlFlow()
            .addStatement("this.$N = value", f)
            .addStatement("return this")
            .build());
    return out;
  }

  private static MethodSpec.Builder method(String name, TypeName returns) {
    return MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(returns);
  }
}
