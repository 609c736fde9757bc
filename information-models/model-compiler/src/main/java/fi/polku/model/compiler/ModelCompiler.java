package fi.polku.model.compiler;

import ca.uhn.fhir.context.FhirContext;
import fi.polku.model.compiler.check.BindingCheck;
import fi.polku.model.compiler.check.ExpressionCheck;
import fi.polku.model.compiler.check.LabelCheck;
import fi.polku.model.compiler.check.ModelCheck;
import fi.polku.model.compiler.check.NamingCheck;
import fi.polku.model.compiler.check.Problems;
import fi.polku.model.compiler.check.TypeCheck;
import fi.polku.model.compiler.codelist.CodeListProblem;
import fi.polku.model.compiler.codelist.KoodistoReader;
import fi.polku.model.compiler.codelist.SkosCodeListReader;
import fi.polku.model.compiler.codelist.TerminologyEmitter;
import fi.polku.model.compiler.emit.fhir.CoreDefinitions;
import fi.polku.model.compiler.emit.fhir.FhirArtifacts;
import fi.polku.model.compiler.emit.fhir.FhirArtifactsBuilder;
import fi.polku.model.compiler.ir.CodeList;
import fi.polku.model.compiler.ir.Model;
import fi.polku.model.compiler.ir.SourceLocation;
import fi.polku.model.compiler.ir.ValueSetDef;
import fi.polku.model.compiler.load.SourceGraph;
import fi.polku.model.compiler.load.TurtleModelReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r5.model.CanonicalResource;
import org.hl7.fhir.r5.model.CodeSystem;
import org.hl7.fhir.r5.model.ValueSet;

/**
 * Front half of the compiler: reads the Turtle sources and code lists, checks them, and builds the
 * FHIR conformance resources. Writing the artifacts is {@link ModelArtifactsWriter}'s job.
 */
public final class ModelCompiler {

  private final FhirContext fhir;
  private final Path koodistoDir;

  /**
   * Creates a compiler.
   *
   * @param fhir an R5 FHIR context (expensive; share it)
   * @param koodistoDir the koodisto snapshots ({@code koodit/} and {@code koodistot/}), or null for
   *     a model that uses none
   */
  public ModelCompiler(FhirContext fhir, Path koodistoDir) {
    this.fhir = fhir;
    this.koodistoDir = koodistoDir;
  }

  /** Compiles the model in {@code modelDir}. */
  public Compilation compile(Path modelDir) {
    SourceGraph source = SourceGraph.read(modelDir);
    Problems problems = new Problems();
    String canonicalBase = TurtleModelReader.canonicalBase(source);

    List<CodeList> codeLists = new ArrayList<>();
    if (koodistoDir != null) {
      codeLists.addAll(new KoodistoReader().read(koodistoDir));
    }
    SkosCodeListReader.Result skos =
        new SkosCodeListReader(canonicalBase, source::locate).read(source.graph());
    for (CodeListProblem p : skos.problems()) {
      problems.add("codelist", p.location(), p.location().subject(), p.message());
    }
    codeLists.addAll(skos.codeLists());
    checkUniqueValueSets(codeLists, skos.valueSets(), problems);

    Model model = new TurtleModelReader(source, problems).read(codeLists, skos.valueSets());
    CoreDefinitions core = new CoreDefinitions(fhir);
    List<ModelCheck> checks =
        List.of(
            new LabelCheck(source),
            new NamingCheck(core),
            new TypeCheck(core),
            new BindingCheck(core));
    checks.forEach(c -> c.check(model, problems));

    List<CodeSystem> codeSystems = new ArrayList<>();
    List<ValueSet> valueSets = new ArrayList<>();
    for (CanonicalResource r :
        new TerminologyEmitter(model.version()).emit(model.codeLists(), model.valueSets())) {
      if (r instanceof CodeSystem cs) {
        codeSystems.add(cs);
      } else if (r instanceof ValueSet vs) {
        valueSets.add(vs);
      }
    }
    FhirArtifacts artifacts =
        new FhirArtifactsBuilder(core).build(model, codeSystems, valueSets, problems);
    new ExpressionCheck(core, artifacts.definitionsByName()).check(model, problems);
    return new Compilation(model, artifacts, problems.all());
  }

  /** Koodisto lists and the model's own lists share one URL space: they must not collide. */
  private static void checkUniqueValueSets(
      List<CodeList> codeLists, List<ValueSetDef> valueSets, Problems problems) {
    Map<String, String> seen = new HashMap<>();
    for (CodeList cl : codeLists) {
      String other = seen.putIfAbsent(cl.valueSetUrl(), cl.origin());
      if (other != null) {
        problems.add(
            "codelist",
            new SourceLocation(cl.origin(), cl.id()),
            cl.id(),
            "value set URL " + cl.valueSetUrl() + " is also used by " + other);
      }
    }
    for (ValueSetDef vs : valueSets) {
      if (seen.putIfAbsent(vs.url(), vs.source().toString()) != null) {
        problems.add("codelist", vs.source(), vs.id(), "value set URL " + vs.url() + " is taken");
      }
    }
  }
}
