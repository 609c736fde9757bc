package fi.polku.model.compiler;

import ca.uhn.fhir.context.FhirContext;
import fi.polku.model.compiler.check.BindingCheck;
import fi.polku.model.compiler.check.ExpressionCheck;
import fi.polku.model.compiler.check.LabelCheck;
import fi.polku.model.compiler.check.ModelCheck;
import fi.polku.model.compiler.check.NamingCheck;
import fi.polku.model.compiler.check.Problems;
import fi.polku.model.compiler.check.TypeCheck;
import fi.polku.model.compiler.emit.fhir.CoreDefinitions;
import fi.polku.model.compiler.emit.fhir.FhirArtifacts;
import fi.polku.model.compiler.emit.fhir.FhirArtifactsBuilder;
import fi.polku.model.compiler.ir.Model;
import fi.polku.model.compiler.load.SourceGraph;
import fi.polku.model.compiler.load.TurtleModelReader;
import java.nio.file.Path;
import java.util.List;
import org.hl7.fhir.r5.model.CodeSystem;
import org.hl7.fhir.r5.model.ValueSet;

/**
 * Front half of the compiler: reads the Turtle sources, checks them, and builds the FHIR
 * conformance resources. Writing the artifacts is {@link ModelArtifactsWriter}'s job.
 */
public final class ModelCompiler {

  private final FhirContext fhir;
  private final CodeListSource codeLists;
  private final TerminologyBuilder terminology;

  /**
   * Creates a compiler.
   *
   * @param fhir an R5 FHIR context (expensive; share it)
   * @param codeLists where the model's code lists come from
   * @param terminology builds CodeSystems and ValueSets from the model's code lists
   */
  public ModelCompiler(FhirContext fhir, CodeListSource codeLists, TerminologyBuilder terminology) {
    this.fhir = fhir;
    this.codeLists = codeLists;
    this.terminology = terminology;
  }

  /** Compiles the model in {@code modelDir}. */
  public Compilation compile(Path modelDir) {
    SourceGraph source = SourceGraph.read(modelDir);
    Problems problems = new Problems();
    CodeListSource.CodeLists lists =
        codeLists.read(source, TurtleModelReader.canonicalBase(source));
    Model model =
        new TurtleModelReader(source, problems).read(lists.codeLists(), lists.valueSets());

    CoreDefinitions core = new CoreDefinitions(fhir);
    List<ModelCheck> checks =
        List.of(
            new LabelCheck(source),
            new NamingCheck(core),
            new TypeCheck(core),
            new BindingCheck(core));
    checks.forEach(c -> c.check(model, problems));

    List<CodeSystem> codeSystems = terminology.codeSystems(model);
    List<ValueSet> valueSets = terminology.valueSets(model);
    FhirArtifacts artifacts =
        new FhirArtifactsBuilder(core).build(model, codeSystems, valueSets, problems);
    new ExpressionCheck(core, artifacts.definitionsByName()).check(model, problems);
    return new Compilation(model, artifacts, problems.all());
  }

  /** Builds the terminology resources of a model. */
  public interface TerminologyBuilder {

    /** CodeSystems of the model's code lists. */
    List<CodeSystem> codeSystems(Model model);

    /** ValueSets of the model's code lists and composed value sets. */
    List<ValueSet> valueSets(Model model);

    /** A builder producing nothing, for models without code lists. */
    static TerminologyBuilder none() {
      return new TerminologyBuilder() {
        @Override
        public List<CodeSystem> codeSystems(Model model) {
          return List.of();
        }

        @Override
        public List<ValueSet> valueSets(Model model) {
          return List.of();
        }
      };
    }
  }
}
