package fi.polku.model.compiler.emit.fhir;

import fi.polku.model.compiler.ir.Model;
import fi.polku.model.compiler.ir.SearchParam;
import org.hl7.fhir.r5.model.CodeType;
import org.hl7.fhir.r5.model.Enumerations;
import org.hl7.fhir.r5.model.SearchParameter;

/** Builds FHIR SearchParameter resources from the model's search parameters. */
public final class SearchParameterEmitter {

  private final Model model;
  private final CoreDefinitions core;

  /** Creates the emitter. */
  public SearchParameterEmitter(Model model, CoreDefinitions core) {
    this.model = model;
    this.core = core;
  }

  /** The SearchParameter resource for {@code p}. */
  public SearchParameter searchParameter(SearchParam p) {
    SearchParameter sp = new SearchParameter();
    String id = String.join("-", p.base()) + "-" + p.code();
    sp.setId(id);
    sp.setUrl(model.searchParameterUrl(p));
    sp.setVersion(model.version());
    sp.setName(fhirName(id));
    sp.setTitleElement(Translations.string(p.label()));
    sp.setStatus(Enumerations.PublicationStatus.ACTIVE);
    sp.setExperimental(false);
    sp.setPublisher("Polku");
    sp.setDescriptionElement(Translations.markdown(p.description()));
    sp.setCode(p.code());
    sp.setType(Enumerations.SearchParamType.fromCode(p.type()));
    if (p.expression() != null) {
      sp.setExpression(p.expression());
    }
    sp.setProcessingMode(SearchParameter.SearchProcessingModeType.NORMAL);
    boolean customBase = false;
    for (String base : p.base()) {
      if (core.isCoreResource(base)) {
        sp.addBase(Enumerations.VersionIndependentResourceTypesAll.fromCode(base));
      } else {
        customBase = true;
        sp.addExtension(PolkuExtensions.SEARCH_BASE, new CodeType(base));
      }
    }
    if (customBase) {
      sp.addBase(Enumerations.VersionIndependentResourceTypesAll.DOMAINRESOURCE);
    }
    for (String target : p.targets()) {
      if (core.isCoreResource(target)) {
        sp.addTarget(Enumerations.VersionIndependentResourceTypesAll.fromCode(target));
      } else {
        sp.addExtension(PolkuExtensions.SEARCH_TARGET, new CodeType(target));
      }
    }
    for (SearchParam.Component c : p.components()) {
      String componentUrl =
          model.searchParams().stream()
              .filter(o -> o.code().equals(c.parameterCode()) && o.base().equals(p.base()))
              .findFirst()
              .map(model::searchParameterUrl)
              .orElse(model.canonicalBase() + "/SearchParameter/" + c.parameterCode());
      sp.addComponent().setDefinition(componentUrl).setExpression(c.expression());
    }
    return sp;
  }

  /** A FHIR resource name (UpperCamelCase letters and digits) derived from an id. */
  static String fhirName(String id) {
    StringBuilder out = new StringBuilder();
    boolean upper = true;
    for (char ch : id.toCharArray()) {
      if (Character.isLetterOrDigit(ch) && ch < 128) {
        out.append(upper ? Character.toUpperCase(ch) : ch);
        upper = false;
      } else {
        upper = true;
      }
    }
    return out.toString();
  }
}
