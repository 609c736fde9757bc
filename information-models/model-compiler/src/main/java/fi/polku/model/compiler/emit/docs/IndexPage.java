package fi.polku.model.compiler.emit.docs;

import fi.polku.model.compiler.ir.CodeList;
import fi.polku.model.compiler.ir.ExtensionDef;
import fi.polku.model.compiler.ir.Model;
import fi.polku.model.compiler.ir.Profile;
import fi.polku.model.compiler.ir.ResourceType;
import fi.polku.model.compiler.ir.ValueSetDef;

/** {@code index.md}: the model at a glance, linking to every other page. */
final class IndexPage {

  private final DocSite site;

  IndexPage(DocSite site) {
    this.site = site;
  }

  String render() {
    Model model = site.model();
    Page page = new Page();
    String title = Md.preferred(model.title());
    page.heading(1, Md.text(title.isEmpty() ? "Polku information model" : title));
    MdTable titles = new MdTable("language", "title");
    for (String lang : Md.LANGUAGES) {
      titles.row(lang, Md.text(Md.get(model.title(), lang)));
    }
    page.block(titles.render());
    page.block(
        "- Version: "
            + Md.code(model.version())
            + "\n- Canonical base: "
            + Md.code(model.canonicalBase())
            + "\n- RDF namespace: "
            + Md.code(model.namespace()));
    page.heading(2, "Resource types");
    page.block(model.resources().isEmpty() ? "None." : resourceTable());
    page.heading(2, "Profiles");
    page.block(model.profiles().isEmpty() ? "None." : profileTable());
    page.heading(2, "Code lists");
    page.block(
        model.codeLists().isEmpty() && model.valueSets().isEmpty()
            ? "None."
            : codeListTable()
                + "\nCodes and descriptions: "
                + Md.link("code lists", DocSite.CODE_LISTS)
                + ".");
    page.heading(2, "Extensions");
    page.block(model.extensions().isEmpty() ? "None." : extensionTable());
    return page.render();
  }

  private String resourceTable() {
    MdTable t = new MdTable("resource", "fi", "sv", "en", "definition");
    for (ResourceType r : site.resources()) {
      t.row(
          Md.link(r.name(), site.page(r.name())),
          Md.text(Md.get(r.label(), "fi")),
          Md.text(Md.get(r.label(), "sv")),
          Md.text(Md.get(r.label(), "en")),
          Md.text(Md.firstSentence(Md.preferred(r.definition()))));
    }
    return t.render();
  }

  private String profileTable() {
    MdTable t = new MdTable("profile", "profile of", "fi", "sv", "en", "definition");
    for (Profile p : site.profiles()) {
      t.row(
          Md.link(p.name(), site.page(p.name())),
          Md.text(p.baseType()),
          Md.text(Md.get(p.label(), "fi")),
          Md.text(Md.get(p.label(), "sv")),
          Md.text(Md.get(p.label(), "en")),
          Md.text(Md.firstSentence(Md.preferred(p.definition()))));
    }
    return t.render();
  }

  private String codeListTable() {
    MdTable t = new MdTable("code list", "name", "value set", "code system", "version", "codes");
    for (CodeList cl : site.codeLists()) {
      t.row(
          Md.link(cl.id(), DocSite.CODE_LISTS + "#" + DocSite.anchor(cl.id())),
          Md.text(Md.preferred(cl.title())),
          Md.code(cl.valueSetUrl()),
          Md.code(cl.codeSystemUrl()),
          Md.text(cl.version()),
          CodeListsPage.countCell(cl));
    }
    for (ValueSetDef vs : site.valueSets()) {
      t.row(
          Md.link(vs.id(), DocSite.CODE_LISTS + "#" + DocSite.anchor(vs.id())),
          Md.text(Md.preferred(vs.title())),
          Md.code(vs.url()),
          vs.includeSystems().size() + " code systems",
          "",
          "");
    }
    return t.render();
  }

  private String extensionTable() {
    MdTable t =
        new MdTable("extension", "URL", "context", "value type", "binding", "fi", "sv", "en");
    for (ExtensionDef x : site.extensions()) {
      t.row(
          Md.text(x.name()),
          Md.code(x.url()),
          String.join(", ", x.contexts().stream().map(Md::code).toList()),
          String.join(" \\| ", x.valueTypes().stream().map(site::typeRef).toList()),
          site.bindingCell(x.binding()),
          Md.labelAndDefinition(x.label(), x.definition(), "fi"),
          Md.labelAndDefinition(x.label(), x.definition(), "sv"),
          Md.labelAndDefinition(x.label(), x.definition(), "en"));
    }
    return t.render();
  }
}
