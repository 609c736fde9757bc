package fi.polku.mapping.codes;

import fi.polku.validation.api.IssueCode;
import fi.polku.validation.catalogue.Catalogue;
import java.util.List;

/**
 * The mapping codes as a validators' {@link Catalogue}, found with {@link java.util.ServiceLoader}
 * wherever the mappings are on the class path (the hub, the command line), so rejected rows and
 * rejected resources share one code list.
 */
public final class MappingCatalogue implements Catalogue {

  @Override
  public String name() {
    return "mapping";
  }

  @Override
  public List<IssueCode> codes() {
    return MappingCodes.all();
  }
}
