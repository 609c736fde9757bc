package fi.polku.hub.terminology;

import fi.polku.hub.problem.HubCodes;
import fi.polku.hub.problem.HubException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r5.model.CodeSystem;
import org.hl7.fhir.r5.model.CodeSystem.ConceptDefinitionComponent;
import org.hl7.fhir.r5.model.ValueSet;
import org.hl7.fhir.r5.model.ValueSet.ConceptReferenceComponent;
import org.hl7.fhir.r5.model.ValueSet.ConceptReferenceDesignationComponent;
import org.hl7.fhir.r5.model.ValueSet.ConceptSetComponent;

/**
 * The codes a value set's compose admits: whole code systems and explicit concept lists, minus the
 * excludes. The model's value sets include whole code systems; filters and value set imports are
 * refused (501) rather than expanded wrongly.
 */
public final class ValueSetMembers {

  /** One code of a value set: its code system's URL and version, and its concept. */
  public record Member(String system, String version, ConceptDefinitionComponent concept) {}

  private final Terminology terminology;

  /** Members in {@code terminology}. */
  public ValueSetMembers(Terminology terminology) {
    this.terminology = terminology;
  }

  /** Every member of {@code vs}, in the order of its includes and their code systems. */
  public List<Member> all(ValueSet vs) {
    Map<String, Member> out = new LinkedHashMap<>();
    for (ConceptSetComponent include : vs.getCompose().getInclude()) {
      for (Member m : members(vs, include)) {
        out.putIfAbsent(m.system() + "#" + m.concept().getCode(), m);
      }
    }
    for (ConceptSetComponent exclude : vs.getCompose().getExclude()) {
      for (Member m : members(vs, exclude)) {
        out.remove(m.system() + "#" + m.concept().getCode());
      }
    }
    return new ArrayList<>(out.values());
  }

  /**
   * The member {@code system#code} of {@code vs}, or null when the value set does not admit it.
   * Looks at the includes of {@code system} only, so that a value set that also includes a code
   * list the model does not carry can still check the codes of the others.
   */
  public Member find(ValueSet vs, String system, String code) {
    Member found = null;
    for (ConceptSetComponent include : vs.getCompose().getInclude()) {
      if (system.equals(include.getSystem()) && found == null) {
        found = match(vs, include, code);
      }
    }
    for (ConceptSetComponent exclude : vs.getCompose().getExclude()) {
      if (found != null && system.equals(exclude.getSystem()) && match(vs, exclude, code) != null) {
        found = null;
      }
    }
    return found;
  }

  /** Whether {@code vs} includes any code of {@code system}. */
  public boolean includesSystem(ValueSet vs, String system) {
    return vs.getCompose().getInclude().stream().anyMatch(i -> system.equals(i.getSystem()));
  }

  private Member match(ValueSet vs, ConceptSetComponent set, String code) {
    supported(vs, set);
    if (set.hasConcept()) {
      for (ConceptReferenceComponent ref : set.getConcept()) {
        if (code.equals(ref.getCode())) {
          return listed(set, ref);
        }
      }
      return null;
    }
    CodeSystem cs = terminology.codeSystem(set.getSystem());
    ConceptDefinitionComponent c = terminology.concept(cs, code);
    return c == null ? null : new Member(cs.getUrl(), cs.getVersion(), c);
  }

  private List<Member> members(ValueSet vs, ConceptSetComponent set) {
    supported(vs, set);
    List<Member> out = new ArrayList<>();
    if (set.hasConcept()) {
      for (ConceptReferenceComponent ref : set.getConcept()) {
        out.add(listed(set, ref));
      }
      return out;
    }
    CodeSystem cs = terminology.codeSystem(set.getSystem());
    for (ConceptDefinitionComponent c : terminology.concepts(cs).values()) {
      out.add(new Member(cs.getUrl(), cs.getVersion(), c));
    }
    return out;
  }

  /**
   * A listed concept: the code system's own definition when the model carries it (for its
   * designations and properties), else the names the value set lists.
   */
  private Member listed(ConceptSetComponent set, ConceptReferenceComponent ref) {
    CodeSystem cs = terminology.findCodeSystem(set.getSystem());
    if (cs != null
        && cs.getContent() != org.hl7.fhir.r5.model.Enumerations.CodeSystemContentMode.NOTPRESENT) {
      ConceptDefinitionComponent c = terminology.concept(cs, ref.getCode());
      if (c != null) {
        return new Member(cs.getUrl(), cs.getVersion(), c);
      }
    }
    ConceptDefinitionComponent c =
        new ConceptDefinitionComponent().setCode(ref.getCode()).setDisplay(ref.getDisplay());
    for (ConceptReferenceDesignationComponent d : ref.getDesignation()) {
      c.addDesignation().setLanguage(d.getLanguage()).setUse(d.getUse()).setValue(d.getValue());
    }
    return new Member(set.getSystem(), set.getVersion(), c);
  }

  private static void supported(ValueSet vs, ConceptSetComponent set) {
    if (set.hasFilter() || set.hasValueSet() || !set.hasSystem()) {
      throw new HubException(
          HubCodes.NOT_IMPLEMENTED,
          Map.of(),
          Map.of(
              "detail",
              TerminologyTexts.UNSUPPORTED_COMPOSE.format(Map.of("valueSet", vs.getUrl()))));
    }
  }
}
