package fi.polku.model.compiler;

import ca.uhn.fhir.context.FhirContext;
import fi.polku.model.compiler.check.ModelProblem;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Command line of the model compiler, run by the build of the {@code polku-model} module.
 *
 * <pre>
 * ModelCompilerMain --model DIR --koodisto DIR --out DIR --java-out DIR --docs-out DIR
 * </pre>
 *
 * Exits with 1 and one line per problem (file, element, message) when the model has problems, and
 * with 2 on wrong usage.
 */
public final class ModelCompilerMain {

  private static final List<String> REQUIRED =
      List.of("--model", "--koodisto", "--out", "--java-out", "--docs-out");

  private ModelCompilerMain() {}

  /** Entry point; see the class comment. */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the compiler and returns the process exit code. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    Map<String, String> options = parse(args, err);
    if (options == null) {
      return 2;
    }
    long started = System.nanoTime();
    FhirContext fhir = FhirContext.forR5();
    ModelCompiler compiler = new ModelCompiler(fhir, Path.of(options.get("--koodisto")));
    Compilation compilation = compiler.compile(Path.of(options.get("--model")));
    if (!compilation.succeeded()) {
      err.println("The model has " + compilation.problems().size() + " problem(s):");
      for (ModelProblem p : compilation.problems()) {
        err.println("  " + p.format());
      }
      return 1;
    }
    ModelArtifactsWriter.Outputs outputs =
        new ModelArtifactsWriter.Outputs(
            Path.of(options.get("--out")),
            Path.of(options.get("--java-out")),
            Path.of(options.get("--docs-out")));
    new ModelArtifactsWriter(fhir).write(compilation, outputs);
    out.printf(
        "Polku model %s compiled: %d resource types, %d profiles, %d search parameters,"
            + " %d code lists in %d ms%n",
        compilation.model().version(),
        compilation.model().resources().size(),
        compilation.model().profiles().size(),
        compilation.model().searchParams().size(),
        compilation.model().codeLists().size(),
        (System.nanoTime() - started) / 1_000_000);
    return 0;
  }

  private static Map<String, String> parse(String[] args, PrintStream err) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!REQUIRED.contains(args[i]) || i + 1 >= args.length) {
        err.println("Unknown or incomplete option: " + args[i]);
        err.println("Usage: ModelCompilerMain " + String.join(" DIR ", REQUIRED) + " DIR");
        return null;
      }
      options.put(args[i], args[++i]);
    }
    for (String r : REQUIRED) {
      if (!options.containsKey(r)) {
        err.println("Missing option " + r);
        return null;
      }
    }
    return options;
  }
}
