package fi.polku.hub.terminology;

import fi.polku.hub.terminology.ValueSetMembers.Member;
import fi.polku.validation.api.Text;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r5.model.BooleanType;
import org.hl7.fhir.r5.model.CodeSystem;
import org.hl7.fhir.r5.model.CodeSystem.ConceptDefinitionComponent;
import org.hl7.fhir.r5.model.CodeType;
import org.hl7.fhir.r5.model.Coding;
import org.hl7.fhir.r5.model.Parameters;
import org.hl7.fhir.r5.model.StringType;
import org.hl7.fhir.r5.model.UriType;
import org.hl7.fhir.r5.model.ValueSet;

/**
 * {@code $validate-code} on a code system or a value set. A code is valid when the code system
 * defines it (and the value set admits it). A display that is none of the code's names in any
 * language makes the result false, as the concept details supplied are then not valid (R5); with
 * {@code lenient-display-validation=true} the result stays true and the message is a warning. The
 * right display, in the chosen language, is always returned for a known code.
 */
public final class CodeValidation {

  /** How to check: display leniency and the languages of displays and messages. */
  public record Options(boolean lenientDisplay, String displayLang, String messageLang) {}

  private record Outcome(boolean result, Text message, String display, Coding coding) {}

  private final Terminology terminology;
  private final ValueSetMembers members;

  /** Validation in {@code terminology}. */
  public CodeValidation(Terminology terminology, ValueSetMembers members) {
    this.terminology = terminology;
    this.members = members;
  }

  /** Whether one of {@code codings} (one, or a CodeableConcept's) is a valid code of {@code cs}. */
  public Parameters inCodeSystem(CodeSystem cs, List<Coding> codings, Options options) {
    Outcome first = null;
    for (Coding coding : codings) {
      Outcome o = inCodeSystem(cs, coding, options);
      if (o.result()) {
        return parameters(o, options);
      }
      first = first == null ? o : first;
    }
    return parameters(first, options);
  }

  /** Whether one of {@code codings} is a code of {@code vs}; each coding must name its system. */
  public Parameters inValueSet(ValueSet vs, List<Coding> codings, Options options) {
    Outcome first = null;
    for (Coding coding : codings) {
      Outcome o = inValueSet(vs, coding, options);
      if (o.result()) {
        return parameters(o, options);
      }
      first = first == null ? o : first;
    }
    return parameters(first, options);
  }

  private Outcome inCodeSystem(CodeSystem cs, Coding coding, Options options) {
    String system = coding.hasSystem() ? coding.getSystem() : cs.getUrl();
    Coding checked = coding.copy().setSystem(system);
    if (!system.equals(cs.getUrl())) {
      return new Outcome(
          false,
          TerminologyTexts.OTHER_SYSTEM.format(
              Map.of("code", coding.getCode(), "system", system, "expected", cs.getUrl())),
          null,
          checked);
    }
    ConceptDefinitionComponent c = terminology.concept(cs, coding.getCode());
    if (c == null) {
      return new Outcome(false, unknownCode(checked), null, checked);
    }
    checked.setVersion(cs.getVersion());
    return withDisplay(c, checked, coding, options);
  }

  private Outcome inValueSet(ValueSet vs, Coding coding, Options options) {
    Coding checked = coding.copy();
    CodeSystem cs = terminology.findCodeSystem(coding.getSystem());
    if (cs == null) {
      return new Outcome(
          false,
          TerminologyTexts.UNKNOWN_SYSTEM.format(Map.of("system", coding.getSystem())),
          null,
          checked);
    }
    Member m =
        members.includesSystem(vs, cs.getUrl())
            ? members.find(vs, cs.getUrl(), coding.getCode())
            : null;
    if (m == null) {
      boolean known =
          cs.getContent() == org.hl7.fhir.r5.model.Enumerations.CodeSystemContentMode.NOTPRESENT
              || terminology.concept(cs, coding.getCode()) != null;
      Text message =
          known
              ? TerminologyTexts.NOT_IN_VALUE_SET.format(
                  Map.of("system", cs.getUrl(), "code", coding.getCode(), "valueSet", vs.getUrl()))
              : unknownCode(checked);
      return new Outcome(false, message, null, checked);
    }
    if (m.version() != null) {
      checked.setVersion(m.version());
    }
    return withDisplay(m.concept(), checked, coding, options);
  }

  private static Outcome withDisplay(
      ConceptDefinitionComponent c, Coding checked, Coding sent, Options options) {
    String display = Displays.in(c, options.displayLang());
    if (sent.hasDisplay() && !Displays.isNameOf(sent.getDisplay(), c)) {
      Map<String, String> p = new HashMap<>();
      p.put("display", sent.getDisplay());
      p.put("system", checked.getSystem());
      p.put("code", checked.getCode());
      p.put("expected", display != null ? display : c.getCode());
      return new Outcome(
          options.lenientDisplay(), TerminologyTexts.WRONG_DISPLAY.format(p), display, checked);
    }
    return new Outcome(true, null, display, checked);
  }

  private static Text unknownCode(Coding coding) {
    return TerminologyTexts.UNKNOWN_CODE.format(
        Map.of("code", coding.getCode(), "system", coding.getSystem()));
  }

  private static Parameters parameters(Outcome o, Options options) {
    Parameters out = new Parameters();
    out.addParameter("result", new BooleanType(o.result()));
    if (o.message() != null) {
      out.addParameter("message", new StringType(o.message().in(options.messageLang())));
    }
    if (o.display() != null) {
      out.addParameter("display", new StringType(o.display()));
    }
    out.addParameter("code", new CodeType(o.coding().getCode()));
    if (o.coding().hasSystem()) {
      out.addParameter("system", new UriType(o.coding().getSystem()));
    }
    if (o.coding().hasVersion()) {
      out.addParameter("version", new StringType(o.coding().getVersion()));
    }
    return out;
  }
}
