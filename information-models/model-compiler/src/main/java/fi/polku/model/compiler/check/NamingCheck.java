package fi.polku.model.compiler.check;

import fi.polku.model.compiler.emit.fhir.CoreDefinitions;
import fi.polku.model.compiler.ir.Element;
import fi.polku.model.compiler.ir.ExtensionDef;
import fi.polku.model.compiler.ir.Invariant;
import fi.polku.model.compiler.ir.Model;
import fi.polku.model.compiler.ir.Profile;
import fi.polku.model.compiler.ir.ResourceType;
import fi.polku.model.compiler.ir.SearchParam;
import fi.polku.model.compiler.ir.SourceLocation;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names are what clients type: they must be unique where they live and follow FHIR's casing (types
 * UpperCamelCase, elements lowerCamelCase, search parameter codes lower-case-with-hyphens).
 */
public final class NamingCheck implements ModelCheck {

  static final String ID = "naming";
  private static final Pattern TYPE_NAME = Pattern.compile("[A-Z][A-Za-z0-9]*");
  private static final Pattern ELEMENT_NAME = Pattern.compile("[a-z][A-Za-z0-9]*(\\[x])?");
  private static final Pattern SEARCH_CODE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final Pattern INVARIANT_KEY = Pattern.compile("[a-z][a-z0-9]*-[0-9]+");

  private final CoreDefinitions core;

  /** Creates the check; {@code core} tells which names FHIR already uses. */
  public NamingCheck(CoreDefinitions core) {
    this.core = core;
  }

  @Override
  public void check(Model model, Problems problems) {
    Map<String, SourceLocation> typeNames = new HashMap<>();
    for (ResourceType r : model.resources()) {
      typeName(r.name(), r.source(), typeNames, problems);
      if (core.coreType(r.name()) != null) {
        problems.add(ID, r.source(), r.name(), "'" + r.name() + "' is already a FHIR core type");
      }
      children(r.elements(), r.name(), problems);
    }
    for (Profile p : model.profiles()) {
      typeName(p.name(), p.source(), typeNames, problems);
      children(p.constraints(), p.name(), problems);
    }
    for (ExtensionDef x : model.extensions()) {
      typeName(x.name(), x.source(), typeNames, problems);
    }
    searchParams(model.searchParams(), problems);
    invariants(model, problems);
  }

  private void typeName(
      String name, SourceLocation loc, Map<String, SourceLocation> seen, Problems problems) {
    if (!TYPE_NAME.matcher(name).matches()) {
      problems.add(ID, loc, name, "type names are UpperCamelCase ASCII letters and digits");
    }
    SourceLocation other = seen.putIfAbsent(name, loc);
    if (other != null) {
      problems.add(ID, loc, name, "duplicate type name, also declared in " + other);
    }
  }

  private void children(List<Element> elements, String parent, Problems problems) {
    Set<String> names = new HashSet<>();
    for (Element e : elements) {
      if (!ELEMENT_NAME.matcher(e.name()).matches()) {
        problems.add(
            ID, e.source(), e.path(), "element names are lowerCamelCase ASCII letters and digits");
      }
      if (!names.add(e.name().replace("[x]", ""))) {
        problems.add(ID, e.source(), e.path(), "duplicate element name in " + parent);
      }
      boolean choice = e.types().size() > 1;
      if (choice != e.name().endsWith("[x]")) {
        problems.add(
            ID,
            e.source(),
            e.path(),
            choice
                ? "an element with several types must be named with [x]"
                : "only an element with several types may end in [x]");
      }
      children(e.children(), e.path(), problems);
    }
  }

  private void searchParams(List<SearchParam> params, Problems problems) {
    Set<String> seen = new HashSet<>();
    for (SearchParam sp : params) {
      if (!SEARCH_CODE.matcher(sp.code()).matches()) {
        problems.add(
            ID, sp.source(), sp.code(), "search parameter codes are lower-case-with-hyphens");
      }
      for (String base : sp.base()) {
        if (!seen.add(base + "?" + sp.code())) {
          problems.add(ID, sp.source(), sp.code(), "duplicate search parameter on " + base);
        }
      }
    }
  }

  private void invariants(Model model, Problems problems) {
    Map<String, SourceLocation> keys = new HashMap<>();
    // A key the base type already uses would be silently replaced by the base's constraint when
    // the snapshot is generated, so the model's own rule would never run.
    Set<String> domainKeys = coreKeys("DomainResource");
    for (ResourceType r : model.resources()) {
      reserved(r.invariants(), domainKeys, "DomainResource", problems);
      r.allElements()
          .forEach(e -> reserved(e.invariants(), domainKeys, "DomainResource", problems));
    }
    for (Profile p : model.profiles()) {
      Set<String> baseKeys = coreKeys(p.baseType());
      reserved(p.invariants(), baseKeys, p.baseType(), problems);
      p.constraints().forEach(e -> reserved(e.invariants(), baseKeys, p.baseType(), problems));
    }
    for (ResourceType r : model.resources()) {
      invariantKeys(r.invariants(), keys, problems);
      r.allElements().forEach(e -> invariantKeys(e.invariants(), keys, problems));
    }
    for (Profile p : model.profiles()) {
      invariantKeys(p.invariants(), keys, problems);
      p.constraints().forEach(e -> invariantKeys(e.invariants(), keys, problems));
    }
  }

  private Set<String> coreKeys(String type) {
    Set<String> keys = new HashSet<>();
    org.hl7.fhir.r5.model.StructureDefinition sd = core.coreType(type);
    if (sd != null) {
      sd.getSnapshot()
          .getElement()
          .forEach(e -> e.getConstraint().forEach(c -> keys.add(c.getKey())));
    }
    return keys;
  }

  private static void reserved(
      List<Invariant> invariants, Set<String> baseKeys, String base, Problems problems) {
    for (Invariant inv : invariants) {
      if (baseKeys.contains(inv.key())) {
        problems.add(
            ID,
            inv.source(),
            inv.key(),
            "invariant key is already used by FHIR core " + base + "; choose another prefix");
      }
    }
  }

  private void invariantKeys(
      List<Invariant> invariants, Map<String, SourceLocation> keys, Problems problems) {
    for (Invariant inv : invariants) {
      if (!INVARIANT_KEY.matcher(inv.key()).matches()) {
        problems.add(ID, inv.source(), inv.key(), "invariant keys look like 'lrn-1'");
      }
      SourceLocation other = keys.putIfAbsent(inv.key(), inv.source());
      if (other != null && !other.equals(inv.source())) {
        problems.add(ID, inv.source(), inv.key(), "duplicate invariant key, also in " + other);
      }
    }
  }
}
