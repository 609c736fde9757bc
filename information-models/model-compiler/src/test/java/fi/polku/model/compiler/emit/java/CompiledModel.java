package fi.polku.model.compiler.emit.java;

import ca.uhn.fhir.context.FhirContext;
import fi.polku.model.compiler.ir.Model;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * A model generated to Java, compiled in-process against the test classpath and loaded in its own
 * class loader, with an R5 {@link FhirContext} that has the generated types registered.
 */
final class CompiledModel {

  final Path sourceDir;
  final ClassLoader loader;
  final FhirContext ctx;
  final List<String> warnings;
  private final String packageName;

  private CompiledModel(
      Path sourceDir, ClassLoader loader, FhirContext ctx, List<String> warnings, String pkg) {
    this.sourceDir = sourceDir;
    this.loader = loader;
    this.ctx = ctx;
    this.warnings = warnings;
    this.packageName = pkg;
  }

  private static CompiledModel school;

  /** {@code TestModels.school()}, compiled once per JVM: compiling takes seconds. */
  static synchronized CompiledModel school() {
    if (school == null) {
      school = compile(fi.polku.model.compiler.testing.TestModels.school());
    }
    return school;
  }

  /** Generates, compiles and loads {@code model}; fails on any compilation error. */
  static CompiledModel compile(Model model) {
    try {
      // Under target/ (the module is the working directory) so that mvn clean removes it.
      Path root =
          Files.createTempDirectory(
              Files.createDirectories(Path.of("target", "javagen-compiled")), "model");
      Path src = root.resolve("src");
      Path classes = Files.createDirectories(root.resolve("classes"));
      JavaModelGenerator generator = new JavaModelGenerator();
      generator.generate(model, src);
      List<String> warnings = javac(src, classes);
      URLClassLoader loader =
          new URLClassLoader(
              new URL[] {classes.toUri().toURL()}, CompiledModel.class.getClassLoader());
      FhirContext ctx = FhirContext.forR5();
      Class<?> index = loader.loadClass(generator.packageName() + ".PolkuModelTypes");
      Method registerAll = index.getMethod("registerAll", FhirContext.class);
      registerAll.invoke(null, ctx);
      return new CompiledModel(src, loader, ctx, warnings, generator.packageName());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The generated class with simple (or nested binary, {@code A$B}) name {@code name}. */
  Class<?> type(String name) {
    try {
      return loader.loadClass(packageName + "." + name);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The text of a sample under {@code src/test/resources/javagen/school/}. */
  static String sample(String name) {
    try (InputStream in = CompiledModel.class.getResourceAsStream("/javagen/school/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no sample " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Compiles every source under {@code src}; returns the warnings, throws on errors. */
  private static List<String> javac(Path src, Path classes) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<File> files;
    try (Stream<Path> walk = Files.walk(src)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).map(Path::toFile).toList();
    }
    try (StandardJavaFileManager fm =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options =
          List.of(
              "-classpath",
              classpath(),
              "-d",
              classes.toString(),
              "-proc:none",
              "-Xlint:all,-path,-processing,-serial,-classfile");
      boolean ok =
          javac
              .getTask(null, fm, diagnostics, options, null, fm.getJavaFileObjectsFromFiles(files))
              .call();
      String report =
          diagnostics.getDiagnostics().stream()
              .map(
                  d ->
                      d.getKind()
                          + " "
                          + d.getSource()
                          + ":"
                          + d.getLineNumber()
                          + " "
                          + d.getMessage(Locale.ROOT))
              .collect(Collectors.joining("\n"));
      if (!ok) {
        throw new AssertionError("generated code does not compile:\n" + report);
      }
      return diagnostics.getDiagnostics().stream()
          .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
          .map(d -> d.getMessage(Locale.ROOT))
          .toList();
    }
  }

  /**
   * The test classpath from {@code java.class.path}. Surefire may run tests from a manifest-only
   * jar whose {@code Class-Path} attribute holds the real classpath, so such jars are expanded.
   */
  static String classpath() throws IOException {
    Set<String> out = new LinkedHashSet<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      out.add(entry);
      if (entry.endsWith(".jar") && Files.isRegularFile(Path.of(entry))) {
        out.addAll(manifestClassPath(Path.of(entry)));
      }
    }
    return String.join(File.pathSeparator, out);
  }

  private static List<String> manifestClassPath(Path jar) throws IOException {
    List<String> out = new ArrayList<>();
    try (JarFile jf = new JarFile(jar.toFile())) {
      Manifest manifest = jf.getManifest();
      String cp = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
      if (cp == null) {
        return out;
      }
      URI base = jar.toAbsolutePath().getParent().toUri();
      for (String item : cp.trim().split("\\s+")) {
        try {
          URI uri = item.startsWith("file:") ? URI.create(item) : base.resolve(item);
          out.add(Path.of(uri).toString());
        } catch (IllegalArgumentException e) {
          // not a file URI: javac cannot use it either
        }
      }
    }
    return out;
  }
}
