package fi.polku.model.compiler;

import fi.polku.model.compiler.ir.CodeList;
import fi.polku.model.compiler.ir.ValueSetDef;
import fi.polku.model.compiler.load.SourceGraph;
import java.util.List;

/** Supplies the code lists and composed value sets of a model. */
@FunctionalInterface
public interface CodeListSource {

  /** Reads the code lists for the model in {@code graph}. */
  CodeLists read(SourceGraph graph, String canonicalBase);

  /** Code lists and composed value sets. */
  record CodeLists(List<CodeList> codeLists, List<ValueSetDef> valueSets) {}

  /** A source with no code lists, for models that bind only FHIR core value sets. */
  static CodeListSource none() {
    return (graph, base) -> new CodeLists(List.of(), List.of());
  }
}
