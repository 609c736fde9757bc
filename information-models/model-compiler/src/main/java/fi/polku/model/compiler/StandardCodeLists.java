package fi.polku.model.compiler;

import java.nio.file.Path;

/**
 * The standard sources of a Polku model's code lists: the koodisto snapshots plus the SKOS code
 * lists in the model sources.
 */
final class StandardCodeLists {

  private StandardCodeLists() {}

  /** Code lists from the koodisto directory and the model graph. */
  static CodeListSource from(Path koodistoDir) {
    // Wired to the koodisto and SKOS readers once they are in.
    return CodeListSource.none();
  }

  /** Terminology resources for the model's code lists. */
  static ModelCompiler.TerminologyBuilder terminology() {
    return ModelCompiler.TerminologyBuilder.none();
  }
}
