package fi.polku.validation.rules;

import fi.polku.validation.api.IssueCode;
import fi.polku.validation.catalogue.Catalogue;
import java.util.List;

/** The business rules' codes, for the generated code list and the catalogue checks. */
public final class RuleCatalogue implements Catalogue {

  @Override
  public String name() {
    return "rules";
  }

  @Override
  public List<IssueCode> codes() {
    return RuleSet.fromClasspath().codes();
  }
}
