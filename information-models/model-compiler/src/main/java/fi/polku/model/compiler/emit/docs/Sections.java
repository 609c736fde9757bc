package fi.polku.model.compiler.emit.docs;

import fi.polku.model.compiler.ir.Element;
import fi.polku.model.compiler.ir.Invariant;
import fi.polku.model.compiler.ir.LocalizedText;
import fi.polku.model.compiler.ir.SearchParam;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Page sections shared by resource and profile pages. */
final class Sections {

  private final DocSite site;

  Sections(DocSite site) {
    this.site = site;
  }

  /** The name and definition of a type in the three languages. */
  static String definitionTable(LocalizedText label, LocalizedText definition) {
    MdTable t = new MdTable("language", "name", "definition");
    for (String lang : Md.LANGUAGES) {
      t.row(lang, Md.text(Md.get(label, lang)), Md.text(Md.get(definition, lang)));
    }
    return t.render();
  }

  /**
   * The element table: one row per element, depth first, children indented under their parent so
   * the nesting of backbone elements is visible even though a table is flat.
   */
  String elementTable(List<Element> elements) {
    MdTable t = new MdTable("path", "card.", "type", "flags", "binding", "fi", "sv", "en");
    addElementRows(t, elements, 0);
    return t.render();
  }

  private void addElementRows(MdTable t, List<Element> elements, int depth) {
    for (Element e : elements) {
      t.row(
          "&nbsp;&nbsp;&nbsp;&nbsp;".repeat(depth) + Md.code(e.path()),
          DocSite.cardinality(e.min(), e.max()),
          site.typeCell(e),
          flags(e),
          site.bindingCell(e.binding()),
          Md.labelAndDefinition(e.label(), e.definition(), "fi"),
          Md.labelAndDefinition(e.label(), e.definition(), "sv"),
          Md.labelAndDefinition(e.label(), e.definition(), "en"));
      addElementRows(t, e.children(), depth + 1);
    }
  }

  /** Σ for the summary view, MS for must-support, as in the FHIR specification's tables. */
  private static String flags(Element e) {
    List<String> flags = new ArrayList<>();
    if (e.summary()) {
      flags.add("Σ");
    }
    if (e.mustSupport()) {
      flags.add("MS");
    }
    return String.join(" ", flags);
  }

  /** Search parameters with their FHIRPath and descriptions. */
  String searchParamTable(List<SearchParam> params) {
    MdTable t = new MdTable("code", "type", "expression", "targets", "fi", "sv", "en");
    List<SearchParam> sorted = new ArrayList<>(params);
    sorted.sort(Comparator.comparing(SearchParam::code));
    for (SearchParam sp : sorted) {
      List<String> targets = new ArrayList<>();
      for (String target : sp.targets()) {
        targets.add(site.typeLink(target));
      }
      for (SearchParam.Component c : sp.components()) {
        targets.add(Md.code(c.parameterCode()) + ": " + Md.code(c.expression()));
      }
      t.row(
          Md.code(sp.code()),
          Md.text(sp.type()),
          Md.code(sp.expression()),
          String.join(", ", targets),
          Md.labelAndDefinition(sp.label(), sp.description(), "fi"),
          Md.labelAndDefinition(sp.label(), sp.description(), "sv"),
          Md.labelAndDefinition(sp.label(), sp.description(), "en"));
    }
    return t.render();
  }

  /** An invariant together with the path it is evaluated on. */
  record Placed(String context, Invariant invariant) {}

  /** Resource-level invariants first, then element invariants in element order. */
  static List<Placed> invariants(
      String typeName, List<Invariant> resourceLevel, List<Element> elements) {
    List<Placed> out = new ArrayList<>();
    for (Invariant inv : resourceLevel) {
      out.add(new Placed(typeName, inv));
    }
    collectElementInvariants(elements, out);
    return out;
  }

  private static void collectElementInvariants(List<Element> elements, List<Placed> out) {
    for (Element e : elements) {
      for (Invariant inv : e.invariants()) {
        out.add(new Placed(e.path(), inv));
      }
      collectElementInvariants(e.children(), out);
    }
  }

  static String invariantTable(List<Placed> invariants) {
    MdTable t = new MdTable("key", "severity", "context", "expression", "fi", "sv", "en");
    for (Placed p : invariants) {
      Invariant inv = p.invariant();
      t.row(
          Md.code(inv.key()),
          inv.severity() == null ? "" : Md.text(inv.severity().code()),
          Md.code(p.context()),
          Md.code(inv.expression()),
          Md.text(Md.get(inv.human(), "fi")),
          Md.text(Md.get(inv.human(), "sv")),
          Md.text(Md.get(inv.human(), "en")));
    }
    return t.render();
  }
}
