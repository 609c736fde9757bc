package fi.polku.model.compiler.check;

import fi.polku.model.compiler.emit.fhir.CoreDefinitions;
import fi.polku.model.compiler.ir.Binding;
import fi.polku.model.compiler.ir.CodeList;
import fi.polku.model.compiler.ir.Element;
import fi.polku.model.compiler.ir.ExtensionDef;
import fi.polku.model.compiler.ir.Model;
import fi.polku.model.compiler.ir.Profile;
import fi.polku.model.compiler.ir.ResourceType;
import fi.polku.model.compiler.ir.SourceLocation;
import fi.polku.model.compiler.ir.TypeRef;
import fi.polku.model.compiler.ir.ValueSetDef;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every coded element is bound to a value set the model or FHIR core defines, so validation can
 * check its codes and clients know where they come from.
 */
public final class BindingCheck implements ModelCheck {

  static final String ID = "binding";
  private static final Set<String> CODED = Set.of("code", "Coding", "CodeableConcept");

  /** Types FHIR allows a binding on (a Quantity's unit, a string's suggested values, ...). */
  private static final Set<String> BINDABLE =
      Set.of("code", "Coding", "CodeableConcept", "CodeableReference", "Quantity", "string", "uri");

  private final CoreDefinitions core;

  /** Creates the check; {@code core} knows FHIR's own value sets. */
  public BindingCheck(CoreDefinitions core) {
    this.core = core;
  }

  @Override
  public void check(Model model, Problems problems) {
    Set<String> known = new HashSet<>();
    for (CodeList cl : model.codeLists()) {
      known.add(cl.valueSetUrl());
    }
    for (ValueSetDef vs : model.valueSets()) {
      known.add(vs.url());
    }
    for (ResourceType r : model.resources()) {
      elements(r.allElements(), known, true, problems);
    }
    for (Profile p : model.profiles()) {
      elements(p.constraints(), known, false, problems);
    }
    for (ExtensionDef x : model.extensions()) {
      check(x.name(), x.source(), x.valueTypes(), x.binding(), known, true, problems);
    }
  }

  private void elements(
      List<Element> elements, Set<String> known, boolean typed, Problems problems) {
    for (Element e : elements) {
      check(e.path(), e.source(), e.types(), e.binding(), known, typed, problems);
    }
  }

  private void check(
      String element,
      SourceLocation loc,
      List<TypeRef> types,
      Binding binding,
      Set<String> known,
      boolean typed,
      Problems problems) {
    boolean coded = types.stream().anyMatch(t -> CODED.contains(t.code()));
    if (coded && binding == null) {
      problems.add(
          ID,
          loc,
          element,
          "coded element has no binding: add pm:binding [ pm:strength ...; pm:valueSet <...> ]");
      return;
    }
    if (binding == null || binding.valueSet() == null) {
      return;
    }
    boolean bindable = types.stream().anyMatch(t -> BINDABLE.contains(t.code()));
    if (typed && !bindable) {
      problems.add(
          ID, loc, element, "binding on an element whose type cannot be bound (" + types + ")");
    }
    String url = binding.valueSet();
    String plain = url.contains("|") ? url.substring(0, url.indexOf('|')) : url;
    if (!known.contains(plain) && !core.isCoreValueSet(plain)) {
      problems.add(
          ID,
          loc,
          element,
          "binds unknown value set <" + url + ">: neither a code list of the model nor FHIR core");
    }
  }
}
