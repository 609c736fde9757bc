package fi.polku.hub.terminology;

import org.hl7.fhir.r5.model.CodeSystem;
import org.hl7.fhir.r5.model.CodeSystem.ConceptDefinitionComponent;
import org.hl7.fhir.r5.model.CodeSystem.ConceptDefinitionDesignationComponent;

/**
 * The names of a concept: its designation in a language, falling back to its display (the code
 * system's own language) when the code list has no name in that language.
 */
final class Displays {

  private Displays() {}

  /** The display of {@code c} in {@code lang}. */
  static String in(ConceptDefinitionComponent c, String lang) {
    for (ConceptDefinitionDesignationComponent d : c.getDesignation()) {
      if (lang.equals(Languages.of(d.getLanguage())) && d.hasValue()) {
        return d.getValue();
      }
    }
    return c.getDisplay();
  }

  /** Whether {@code display} is one of the names of {@code c}, in any language, ignoring case. */
  static boolean isNameOf(String display, ConceptDefinitionComponent c) {
    String d = display.trim();
    if (c.hasDisplay() && c.getDisplay().trim().equalsIgnoreCase(d)) {
      return true;
    }
    for (ConceptDefinitionDesignationComponent x : c.getDesignation()) {
      if (x.hasValue() && x.getValue().trim().equalsIgnoreCase(d)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code c} is marked inactive with the standard {@code inactive} property. */
  static boolean inactive(ConceptDefinitionComponent c) {
    return c.getProperty().stream()
        .anyMatch(
            p ->
                "inactive".equals(p.getCode())
                    && p.hasValueBooleanType()
                    && p.getValueBooleanType().booleanValue());
  }

  /** The language of {@code cs}'s displays (fi unless it says otherwise). */
  static String own(CodeSystem cs) {
    return cs.hasLanguage() ? cs.getLanguage() : "fi";
  }
}
