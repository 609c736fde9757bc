package fi.polku.validation.catalogue;

import fi.polku.validation.api.IssueCode;
import java.util.ArrayList;
import java.util.List;

/** The codes of the structural engine: input, structure, formats, terminology, references. */
public final class StructuralCatalogue implements Catalogue {

  @Override
  public String name() {
    return "structural";
  }

  @Override
  public List<IssueCode> codes() {
    List<IssueCode> all = new ArrayList<>();
    all.addAll(InputCodes.all());
    all.addAll(StructureCodes.all());
    all.addAll(FormatCodes.all());
    all.addAll(IdentifierCodes.all());
    all.addAll(TerminologyCodes.all());
    all.addAll(ReferenceCodes.all());
    all.addAll(InvariantCodes.all());
    return List.copyOf(all);
  }
}
