package fi.polku.hub.cli;

import fi.polku.hub.model.ModelPackage;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code polku model}: what the information model built into this hub contains. */
@Command(
    name = "model",
    mixinStandardHelpOptions = true,
    description =
        "Show the information model: version, resource types and their conformance resources.")
final class ModelCommand implements Callable<Integer> {

  @Option(
      names = {"-l", "--lang"},
      defaultValue = "en",
      description = "Language of the names: fi, sv or en (default: ${DEFAULT-VALUE}).")
  String lang;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (!lang.equals("fi") && !lang.equals("sv") && !lang.equals("en")) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--lang must be fi, sv or en, was '" + lang + "'");
    }
    ModelPackage pkg = ModelPackage.load();
    PrintWriter out = spec.commandLine().getOut();
    out.printf("Polku information model %s (%s)%n", pkg.version(), pkg.canonical());
    out.printf("%-28s %-8s %s%n", "type", "kind", "name");
    for (ModelPackage.TypeInfo t : pkg.types()) {
      out.printf("%-28s %-8s %s%n", t.type(), t.kind(), t.title(lang));
    }
    out.printf(
        "%d StructureDefinitions, %d SearchParameters, %d CodeSystems, %d ValueSets%n",
        pkg.count("StructureDefinition"),
        pkg.count("SearchParameter"),
        pkg.count("CodeSystem"),
        pkg.count("ValueSet"));
    out.flush();
    return 0;
  }
}
