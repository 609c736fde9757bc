package fi.polku.model.compiler.emit.java;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import com.squareup.javapoet.WildcardTypeName;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code PolkuModelTypes}: the list of generated resource classes and a one-call way to
 * register them with a {@code FhirContext}.
 */
final class IndexClassWriter {

  /** The index class for the resource classes {@code resources}, in model order. */
  TypeSpec write(
      ClassName index, String modelVersion, List<ClassName> resources, AnnotationSpec generated) {
    TypeName classOfResource =
        ParameterizedTypeName.get(
            ClassName.get(Class.class), WildcardTypeName.subtypeOf(Types.DOMAIN_RESOURCE));
    TypeName listType = ParameterizedTypeName.get(ClassName.get(List.class), classOfResource);
    CodeBlock.Builder list = CodeBlock.builder().add("$T.of(", List.class);
    for (int i = 0; i < resources.size(); i++) {
      list.add(i == 0 ? "\n$>$>$T.class" : ",\n$T.class", resources.get(i));
      if (i == resources.size() - 1) {
        list.add("$<$<");
      }
    }
    list.add(")");
    return TypeSpec.classBuilder(index)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotation(generated)
        .addJavadoc("The resource types of the Polku model, version $L.\n", modelVersion)
        .addJavadoc("\n<p>Register them with each context that handles Polku resources:\n")
        .addJavadoc("<pre>{@code\n")
        .addJavadoc("FhirContext ctx = FhirContext.forR5();\n")
        .addJavadoc("$T.registerAll(ctx);\n", index)
        .addJavadoc("}</pre>\n")
        .addField(
            FieldSpec.builder(
                    String.class, "MODEL_VERSION", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Version of the model the classes were generated from.\n")
                .initializer("$S", modelVersion)
                .build())
        .addField(
            FieldSpec.builder(
                    listType, "RESOURCE_TYPES", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Every generated resource class, in model order.\n")
                .initializer(list.build())
                .build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(
            MethodSpec.methodBuilder("registerAll")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc(
                    "Registers every class of {@link #RESOURCE_TYPES} as a custom type of\n")
                .addJavadoc("{@code ctx}, which may already be in use.\n")
                .addParameter(Types.FHIR_CONTEXT, "ctx")
                .beginControlFlow("for ($T type : RESOURCE_TYPES)", classOfResource)
                .addStatement("ctx.registerCustomType(type)")
                .endControlFlow()
                .addComment(
                    "A context that has already scanned its model only learns the new names when")
                .addComment("asked for the classes' definitions.")
                .beginControlFlow("for ($T type : RESOURCE_TYPES)", classOfResource)
                .addStatement("ctx.getResourceDefinition(type)")
                .endControlFlow()
                .build())
        .build();
  }
}
