package fi.polku.model.compiler.emit.java;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/**
 * Assembles one resource class: the {@code @ResourceDef} class extending {@code DomainResource},
 * its search parameters, and its backbone components as {@code @Block} static nested classes
 * extending {@code BackboneElement}. The members come from the specialised writers.
 */
final class ResourceClassWriter {

  private final AccessorWriter accessors = new AccessorWriter();
  private final PropertyWriter properties = new PropertyWriter();
  private final MutationWriter mutations = new MutationWriter();
  private final CopyEqualityWriter values = new CopyEqualityWriter();
  private final SearchParamWriter searchParams = new SearchParamWriter();

  /** The top-level type for {@code plan}, annotated with {@code generated}. */
  TypeSpec write(ResourcePlan plan, AnnotationSpec generated) {
    ClassPlan root = plan.root();
    TypeSpec.Builder type =
        TypeSpec.classBuilder(root.className())
            .addModifiers(Modifier.PUBLIC)
            .superclass(root.superclass())
            .addAnnotation(
                AnnotationSpec.builder(Types.RESOURCE_DEF)
                    .addMember("name", "$S", plan.resource().name())
                    .addMember("profile", "$S", plan.profileUrl())
                    .build())
            .addAnnotation(generated);
    javadoc(type, root);
    type.addJavadoc("\n<p>Profile: {@code $L}\n", Texts.javadoc(plan.profileUrl()));
    searchParams.write(plan, type);
    members(root, type);
    for (ClassPlan block : plan.blocks()) {
      type.addType(block(block));
    }
    return type.build();
  }

  private TypeSpec block(ClassPlan cls) {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(cls.className())
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .superclass(cls.superclass())
            .addAnnotation(Types.BLOCK);
    javadoc(type, cls);
    type.addJavadoc("\n<p>Path: {@code $L}\n", cls.fhirType());
    members(cls, type);
    return type.build();
  }

  private void members(ClassPlan cls, TypeSpec.Builder type) {
    type.addField(
        FieldSpec.builder(
                TypeName.LONG,
                "serialVersionUID",
                Modifier.PRIVATE,
                Modifier.STATIC,
                Modifier.FINAL)
            .initializer("1L")
            .build());
    type.addMethod(
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("An empty $L.\n", cls.fhirType())
            .build());
    accessors.write(cls, type);
    properties.write(cls, type);
    mutations.write(cls, type);
    values.write(cls, type);
  }

  private static void javadoc(TypeSpec.Builder type, ClassPlan cls) {
    String label = Texts.english(cls.label());
    String definition = Texts.english(cls.definition());
    type.addJavadoc("$L", Texts.javadoc(label.isEmpty() ? cls.fhirType() : label));
    if (!definition.isEmpty()) {
      type.addJavadoc(": $L", Texts.javadoc(definition));
    }
    type.addJavadoc("\n");
  }
}
