package fi.polku.model.compiler.emit.java;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.TypeSpec;
import fi.polku.model.compiler.ir.Model;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.lang.model.SourceVersion;

/**
 * Generates HAPI FHIR R5 resource classes for the resource types of a Polku model, so that HAPI can
 * parse and encode Polku resources (JSON and XML) and evaluate FHIRPath on them.
 *
 * <p>For each {@link fi.polku.model.compiler.ir.ResourceType} it writes one class annotated with
 * {@code @ResourceDef(name, profile)} extending {@code DomainResource}, with a field and HAPI-style
 * accessors per element, the {@code Base} reflection methods HAPI's FHIRPath engine and element
 * model use, and {@code SP_*} search parameter constants. Backbone elements become {@code @Block}
 * static nested classes named {@code <Resource><Element>Component}. It also writes the index class
 * {@code PolkuModelTypes} with {@code RESOURCE_TYPES} and {@code registerAll(FhirContext)}.
 *
 * <p>The output depends only on the model and the package name, so regenerating an unchanged model
 * gives identical files.
 *
 * <pre>{@code
 * new JavaModelGenerator().generate(model, Path.of("target/generated-sources/polku"));
 * }</pre>
 */
public final class JavaModelGenerator {

  /** The package the classes go to unless another is given. */
  public static final String DEFAULT_PACKAGE = "fi.polku.model.generated";

  /** Simple name of the generated index class. */
  public static final String INDEX_CLASS = "PolkuModelTypes";

  /** Value of the {@code @Generated} annotation on every generated type. */
  public static final String GENERATOR_NAME = "fi.polku.model.compiler";

  private final String packageName;

  /** A generator writing to {@link #DEFAULT_PACKAGE}. */
  public JavaModelGenerator() {
    this(DEFAULT_PACKAGE);
  }

  /**
   * A generator writing to {@code packageName}.
   *
   * @throws IllegalArgumentException if {@code packageName} is not a valid Java package name
   */
  public JavaModelGenerator(String packageName) {
    Objects.requireNonNull(packageName, "packageName");
    if (!SourceVersion.isName(packageName)) {
      throw new IllegalArgumentException("not a Java package name: " + packageName);
    }
    this.packageName = packageName;
  }

  /** The package the generated classes go to. */
  public String packageName() {
    return packageName;
  }

  /**
   * Writes the Java sources for every resource type of {@code model}, plus the index class, under
   * {@code outputDir} (a source root: files go to {@code outputDir/<package path>/}). Existing
   * files of the same name are overwritten; other files are left alone, so use a dedicated
   * directory.
   *
   * @throws JavaGenerationException if the model cannot be expressed as HAPI classes (unknown type
   *     code, name clash, dangling content reference, ...); nothing is written then
   * @throws UncheckedIOException if writing fails
   */
  public void generate(Model model, Path outputDir) {
    Objects.requireNonNull(outputDir, "outputDir");
    List<JavaFile> files = javaFiles(model);
    try {
      for (JavaFile file : files) {
        file.writeTo(outputDir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write Java sources to " + outputDir, e);
    }
  }

  /**
   * The generated sources without writing them: fully qualified class name to source text, in the
   * order {@link #generate} writes them (resource classes in model order, then the index class).
   *
   * @throws JavaGenerationException as {@link #generate}
   */
  public Map<String, String> sources(Model model) {
    Map<String, String> out = new LinkedHashMap<>();
    for (JavaFile file : javaFiles(model)) {
      out.put(file.packageName + "." + file.typeSpec.name, file.toString());
    }
    return out;
  }

  private List<JavaFile> javaFiles(Model model) {
    Objects.requireNonNull(model, "model");
    List<ResourcePlan> plans = new ModelPlanner(model, packageName, new FhirTypeMapping()).plan();
    AnnotationSpec generated =
        AnnotationSpec.builder(Types.GENERATED).addMember("value", "$S", GENERATOR_NAME).build();
    ResourceClassWriter resourceWriter = new ResourceClassWriter();
    List<JavaFile> files = new ArrayList<>();
    List<ClassName> resourceClasses = new ArrayList<>();
    for (ResourcePlan plan : plans) {
      files.add(file(resourceWriter.write(plan, generated), model));
      resourceClasses.add(plan.root().className());
    }
    TypeSpec index =
        new IndexClassWriter()
            .write(
                ClassName.get(packageName, INDEX_CLASS),
                model.version(),
                resourceClasses,
                generated);
    files.add(file(index, model));
    return files;
  }

  private JavaFile file(TypeSpec type, Model model) {
    return JavaFile.builder(packageName, type)
        .addFileComment(
            "Generated by the Polku model compiler from the model version $L. Do not edit.",
            model.version())
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }
}
