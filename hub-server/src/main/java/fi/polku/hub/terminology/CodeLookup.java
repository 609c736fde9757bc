package fi.polku.hub.terminology;

import fi.polku.hub.problem.HubCodes;
import fi.polku.hub.problem.HubException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r5.model.CodeSystem;
import org.hl7.fhir.r5.model.CodeSystem.ConceptDefinitionComponent;
import org.hl7.fhir.r5.model.CodeSystem.ConceptDefinitionDesignationComponent;
import org.hl7.fhir.r5.model.CodeSystem.ConceptPropertyComponent;
import org.hl7.fhir.r5.model.CodeType;
import org.hl7.fhir.r5.model.Parameters;
import org.hl7.fhir.r5.model.Parameters.ParametersParameterComponent;
import org.hl7.fhir.r5.model.StringType;

/**
 * {@code CodeSystem/$lookup}: the name and version of the code system, the concept's display in the
 * chosen language, its designations in every language the code list has, and its properties.
 */
public final class CodeLookup {

  private final Terminology terminology;

  /** Lookups in {@code terminology}. */
  public CodeLookup(Terminology terminology) {
    this.terminology = terminology;
  }

  /**
   * The lookup of {@code code} in {@code cs} with displays in {@code lang} (fi, sv or en); not
   * found (404) for a code the code system does not define.
   *
   * @param properties the property codes the client asked for ({@code designation} among them for
   *     the designations), or null for everything: a municipality's {@code within} links alone run
   *     to hundreds
   */
  public Parameters lookup(CodeSystem cs, String code, String lang, Set<String> properties) {
    ConceptDefinitionComponent c = terminology.concept(cs, code);
    if (c == null) {
      throw new HubException(HubCodes.UNKNOWN_CODE, Map.of("system", cs.getUrl(), "code", code));
    }
    Parameters out = new Parameters();
    out.addParameter("name", new StringType(cs.getName()));
    if (cs.hasVersion()) {
      out.addParameter("version", new StringType(cs.getVersion()));
    }
    out.addParameter("display", new StringType(Displays.in(c, lang)));
    if (c.hasDefinition()) {
      out.addParameter("definition", new StringType(c.getDefinition()));
    }
    boolean designations = properties == null || properties.contains("designation");
    for (ConceptDefinitionDesignationComponent d :
        designations ? c.getDesignation() : List.<ConceptDefinitionDesignationComponent>of()) {
      ParametersParameterComponent p = out.addParameter().setName("designation");
      if (d.hasLanguage()) {
        p.addPart().setName("language").setValue(new CodeType(d.getLanguage()));
      }
      if (d.hasUse()) {
        p.addPart().setName("use").setValue(d.getUse());
      }
      p.addPart().setName("value").setValue(new StringType(d.getValue()));
    }
    for (ConceptPropertyComponent prop : c.getProperty()) {
      if (properties != null && !properties.contains(prop.getCode())) {
        continue;
      }
      ParametersParameterComponent p = out.addParameter().setName("property");
      p.addPart().setName("code").setValue(new CodeType(prop.getCode()));
      p.addPart().setName("value").setValue(prop.getValue().copy());
    }
    return out;
  }
}
