package fi.polku.model.compiler.emit.java;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.TypeSpec;
import fi.polku.model.compiler.ir.SearchParam;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes a resource's search parameters as HAPI does: a {@code SP_<CODE>} constant annotated with
 * {@code @SearchParamDefinition} (HAPI's model scanner reads these into {@code
 * RuntimeResourceDefinition.getSearchParams()}), a fluent-client constant and, for reference
 * parameters, an {@code INCLUDE_<CODE>} constant.
 */
final class SearchParamWriter {

  /** The names of the constants {@link #write} adds for {@code sp}. */
  static List<String> constantNames(SearchParamPlan sp) {
    List<String> out = new ArrayList<>();
    out.add("SP_" + sp.constant());
    if (Types.clientParam(sp.param().type()) != null) {
      out.add(sp.constant());
    }
    if ("reference".equals(sp.param().type())) {
      out.add("INCLUDE_" + sp.constant());
    }
    return out;
  }

  /** Adds the constants of every search parameter of {@code plan} to {@code type}. */
  void write(ResourcePlan plan, TypeSpec.Builder type) {
    for (SearchParamPlan sp : plan.searchParams()) {
      write(plan.resource().name(), sp, type);
    }
  }

  private void write(String resourceName, SearchParamPlan sp, TypeSpec.Builder type) {
    SearchParam p = sp.param();
    String description = description(p);
    String spName = "SP_" + sp.constant();
    type.addField(
        FieldSpec.builder(String.class, spName, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc(
                "Search parameter <b>$L</b> ($L, {@code $L}): $L\n",
                p.code(),
                p.type(),
                Texts.javadoc(sp.url()),
                Texts.javadoc(description))
            .addJavadoc("<p>Path: <b>$L</b>\n", Texts.javadoc(p.expression()))
            .addAnnotation(definition(p, sp, description))
            .initializer("$S", p.code())
            .build());
    ClassName client = Types.clientParam(p.type());
    if (client != null) {
      type.addField(
          FieldSpec.builder(client, sp.constant(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
              .addJavadoc("Fluent client constant for {@link #$L}.\n", spName)
              .initializer("new $T($N)", client, spName)
              .build());
    }
    if ("reference".equals(p.type())) {
      type.addField(
          FieldSpec.builder(
                  Types.INCLUDE,
                  "INCLUDE_" + sp.constant(),
                  Modifier.PUBLIC,
                  Modifier.STATIC,
                  Modifier.FINAL)
              .addJavadoc("{@code _include} of {@code $L:$L}.\n", resourceName, p.code())
              .initializer("new $T($S).toLocked()", Types.INCLUDE, resourceName + ":" + p.code())
              .build());
    }
  }

  private static AnnotationSpec definition(SearchParam p, SearchParamPlan sp, String description) {
    AnnotationSpec.Builder a =
        AnnotationSpec.builder(Types.SEARCH_PARAM_DEFINITION)
            .addMember("name", "$S", p.code())
            .addMember("path", "$S", p.expression() == null ? "" : p.expression())
            .addMember("description", "$S", description)
            .addMember("type", "$S", p.type());
    if (!sp.targetClasses().isEmpty()) {
      a.addMember("target", FieldAnnotations.classList(sp.targetClasses()));
    }
    if (!p.components().isEmpty()) {
      a.addMember(
          "compositeOf",
          PropertyWriter.join(
              p.components(), c -> CodeBlock.of("$S", c.parameterCode()), "{", "}"));
    }
    return a.build();
  }

  private static String description(SearchParam p) {
    String d = Texts.english(p.description());
    return d.isEmpty() ? Texts.english(p.label()) : d;
  }
}
