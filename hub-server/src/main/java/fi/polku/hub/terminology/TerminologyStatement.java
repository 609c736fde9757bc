package fi.polku.hub.terminology;

import java.util.Date;
import java.util.Set;
import java.util.TreeSet;
import org.hl7.fhir.r5.model.CodeSystem;
import org.hl7.fhir.r5.model.CodeSystem.ConceptDefinitionComponent;
import org.hl7.fhir.r5.model.CodeSystem.ConceptDefinitionDesignationComponent;
import org.hl7.fhir.r5.model.CodeSystem.PropertyComponent;
import org.hl7.fhir.r5.model.Enumerations.CapabilityStatementKind;
import org.hl7.fhir.r5.model.Enumerations.CommonLanguages;
import org.hl7.fhir.r5.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r5.model.TerminologyCapabilities;
import org.hl7.fhir.r5.model.TerminologyCapabilities.TerminologyCapabilitiesCodeSystemVersionComponent;
import org.hl7.fhir.r5.model.TerminologyCapabilities.TerminologyCapabilitiesExpansionComponent;

/**
 * The hub's TerminologyCapabilities ({@code metadata?mode=terminology}): every code system of the
 * model with its version, languages and properties, and the parameters {@code $expand} takes.
 */
public final class TerminologyStatement {

  private TerminologyStatement() {}

  /** The statement of a hub serving {@code terminology}, software version {@code version}. */
  public static TerminologyCapabilities build(Terminology terminology, String version) {
    TerminologyCapabilities tc = new TerminologyCapabilities();
    tc.setStatus(PublicationStatus.ACTIVE);
    tc.setDate(new Date());
    tc.setKind(CapabilityStatementKind.INSTANCE);
    tc.setName("PolkuHubTerminology");
    tc.setTitle("Polku hub terminology");
    tc.getSoftware().setName("Polku hub").setVersion(version);
    for (CodeSystem cs : terminology.codeSystems()) {
      TerminologyCapabilities.TerminologyCapabilitiesCodeSystemComponent c =
          tc.addCodeSystem().setUri(cs.getUrl());
      c.setContent(cs.getContent());
      TerminologyCapabilitiesCodeSystemVersionComponent v = c.addVersion().setIsDefault(true);
      if (cs.hasVersion()) {
        v.setCode(cs.getVersion());
      }
      for (String lang : languages(cs)) {
        v.addLanguage(CommonLanguages.fromCode(lang));
      }
      for (PropertyComponent p : cs.getProperty()) {
        v.addProperty(p.getCode());
      }
    }
    TerminologyCapabilitiesExpansionComponent e = tc.getExpansion();
    e.setHierarchical(false);
    e.setPaging(true);
    e.setIncomplete(false);
    parameter(e, "filter", "Case-insensitive part of the code or of the display.");
    parameter(e, "count", "The number of codes to return (all without it).");
    parameter(e, "offset", "The number of codes to skip.");
    parameter(e, "displayLanguage", "fi, sv or en (default: Accept-Language, else fi).");
    parameter(e, "activeOnly", "true leaves out inactive codes.");
    e.setTextFilter("Matches codes and displays that contain the text, ignoring case.");
    tc.getValidateCode().setTranslations(false);
    return tc;
  }

  private static void parameter(
      TerminologyCapabilitiesExpansionComponent e, String name, String doc) {
    e.addParameter().setName(name).setDocumentation(doc);
  }

  /** The languages of {@code cs}'s designations (fi, sv, en), else its own language. */
  private static Set<String> languages(CodeSystem cs) {
    Set<String> out = new TreeSet<>();
    for (ConceptDefinitionComponent c : cs.getConcept()) {
      for (ConceptDefinitionDesignationComponent d : c.getDesignation()) {
        String lang = Languages.of(d.getLanguage());
        if (lang != null) {
          out.add(lang);
        }
      }
    }
    if (out.isEmpty()) {
      out.add(Displays.own(cs));
    }
    return out;
  }
}
