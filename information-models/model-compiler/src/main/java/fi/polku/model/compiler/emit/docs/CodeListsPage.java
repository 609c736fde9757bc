package fi.polku.model.compiler.emit.docs;

import fi.polku.model.compiler.ir.CodeList;
import fi.polku.model.compiler.ir.ValueSetDef;
import java.util.List;

/** {@code codelists.md}: every code list and composed value set, one section each. */
final class CodeListsPage {

  /** Lists shorter than this are shown in full. */
  static final int FULL_TABLE_LIMIT = 60;

  /** How many codes of a longer list are shown. */
  static final int EXCERPT_SIZE = 20;

  private final DocSite site;

  CodeListsPage(DocSite site) {
    this.site = site;
  }

  String render() {
    Page page = new Page();
    page.heading(1, "Code lists");
    page.block(
        "Code lists of the model: national code lists (koodisto) and Polku's own lists. Each is a"
            + " CodeSystem and a ValueSet in the model package. "
            + Md.link("Back to the model index", DocSite.INDEX)
            + ".");
    for (CodeList cl : site.codeLists()) {
      appendCodeList(page, cl);
    }
    if (!site.valueSets().isEmpty()) {
      page.heading(1, "Composed value sets");
      for (ValueSetDef vs : site.valueSets()) {
        appendValueSet(page, vs);
      }
    }
    return page.render();
  }

  private void appendCodeList(Page page, CodeList cl) {
    page.heading(2, Md.text(cl.id()));
    page.block(Sections.definitionTable(cl.title(), cl.description()));
    MdTable facts = new MdTable("property", "value");
    facts.row("code system", Md.code(cl.codeSystemUrl()));
    facts.row("value set", Md.code(cl.valueSetUrl()));
    facts.row("version", Md.text(cl.version()));
    facts.row("codes", countCell(cl));
    if (cl.validFrom() != null || cl.validTo() != null) {
      facts.row("valid", Md.text(nullToEmpty(cl.validFrom()) + " – " + nullToEmpty(cl.validTo())));
    }
    if (cl.origin() != null && !cl.origin().isBlank()) {
      facts.row("origin", Md.text(cl.origin()));
    }
    page.block(facts.render());
    if (!cl.isComplete()) {
      page.block(
          "The model refers to this code list without carrying its codes (CodeSystem content "
              + Md.code(cl.content())
              + "); codes are not checked by Polku.");
      return;
    }
    if (cl.concepts().isEmpty()) {
      return;
    }
    List<CodeList.Concept> shown =
        cl.concepts().size() < FULL_TABLE_LIMIT
            ? cl.concepts()
            : cl.concepts().subList(0, EXCERPT_SIZE);
    page.block(conceptTable(shown));
    if (shown.size() < cl.concepts().size()) {
      page.block(
          "Showing the first "
              + shown.size()
              + " of "
              + cl.concepts().size()
              + " codes. The full list is in the CodeSystem "
              + Md.code(cl.codeSystemUrl())
              + " of the model package.");
    }
  }

  private static String conceptTable(List<CodeList.Concept> concepts) {
    MdTable t = new MdTable("code", "fi", "sv", "en");
    for (CodeList.Concept c : concepts) {
      t.row(
          Md.code(c.code()),
          Md.text(Md.get(c.display(), "fi")),
          Md.text(Md.get(c.display(), "sv")),
          Md.text(Md.get(c.display(), "en")));
    }
    return t.render();
  }

  private void appendValueSet(Page page, ValueSetDef vs) {
    page.heading(2, Md.text(vs.id()));
    page.block(Sections.definitionTable(vs.title(), vs.description()));
    StringBuilder list = new StringBuilder("Value set " + Md.code(vs.url()) + " includes:\n\n");
    for (String system : vs.includeSystems()) {
      list.append("- ").append(Md.code(system)).append(systemNote(system)).append('\n');
    }
    page.block(list.toString());
  }

  /** Links an included code system to its own section when the model carries it. */
  private String systemNote(String systemUrl) {
    return site.codeLists().stream()
        .filter(cl -> cl.codeSystemUrl().equals(systemUrl))
        .findFirst()
        .map(cl -> " (" + Md.link(cl.id(), "#" + DocSite.anchor(cl.id())) + ")")
        .orElse("");
  }

  /** Number of codes, or a note when the model does not carry them. */
  static String countCell(CodeList cl) {
    return cl.isComplete() ? String.valueOf(cl.concepts().size()) : "not carried";
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
