package fi.polku.model.compiler.emit.docs;

import fi.polku.model.compiler.ir.ExtensionDef;
import fi.polku.model.compiler.ir.Model;
import fi.polku.model.compiler.ir.Profile;
import fi.polku.model.compiler.ir.ResourceType;
import fi.polku.model.compiler.ir.SearchParam;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The page of one resource type or one profile. */
final class TypePages {

  private final DocSite site;
  private final Sections sections;

  TypePages(DocSite site) {
    this.site = site;
    this.sections = new Sections(site);
  }

  String resourcePage(ResourceType r) {
    Model model = site.model();
    Page page = new Page();
    page.heading(1, Md.text(r.name()));
    page.block(Sections.definitionTable(r.label(), r.definition()));
    page.block(
        "- Canonical URL: "
            + Md.code(model.structureDefinitionUrl(r.name()))
            + "\n- RDF class: "
            + Md.code(r.rdfClass())
            + "\n- Base: "
            + Md.link("DomainResource", "https://hl7.org/fhir/R5/domainresource.html")
            + " (specialisation; inherits `id`, `meta`, `text`, `contained`, `extension`)");
    page.heading(2, "Elements");
    page.block(r.elements().isEmpty() ? "No elements." : sections.elementTable(r.elements()));
    appendSearchAndInvariants(page, model.searchParamsOf(r.name()), invariants(r));
    page.block(Md.link("Back to the model index", DocSite.INDEX));
    return page.render();
  }

  private static List<Sections.Placed> invariants(ResourceType r) {
    return Sections.invariants(r.name(), r.invariants(), r.elements());
  }

  String profilePage(Profile p) {
    Model model = site.model();
    Page page = new Page();
    page.heading(1, Md.text(p.name()));
    page.block(Sections.definitionTable(p.label(), p.definition()));
    page.block(
        "- Canonical URL: "
            + Md.code(model.structureDefinitionUrl(p.name()))
            + "\n- Profile of: "
            + Md.link(
                p.baseType(),
                "https://hl7.org/fhir/R5/" + p.baseType().toLowerCase(Locale.ROOT) + ".html")
            + " (constraint; elements not listed here are as in FHIR R5)");
    page.heading(2, "Constrained elements");
    page.block(
        p.constraints().isEmpty()
            ? "No constrained elements."
            : sections.elementTable(p.constraints()));
    if (!p.extensions().isEmpty()) {
      page.heading(2, "Extensions");
      page.block(extensionTable(p));
    }
    appendSearchAndInvariants(
        page,
        model.searchParamsOf(p.baseType()),
        Sections.invariants(p.baseType(), p.invariants(), p.constraints()));
    page.block(Md.link("Back to the model index", DocSite.INDEX));
    return page.render();
  }

  private String extensionTable(Profile p) {
    MdTable t = new MdTable("slice", "card.", "extension", "value type", "binding", "en");
    for (Profile.ExtensionUse use : p.extensions()) {
      Optional<ExtensionDef> found =
          site.model().extensions().stream().filter(x -> x.url().equals(use.url())).findFirst();
      if (found.isEmpty()) {
        // The model checks report an unknown extension; the page still shows the slot.
        t.row(
            Md.code(use.sliceName()),
            DocSite.cardinality(use.min(), use.max()),
            Md.code(use.url()));
        continue;
      }
      ExtensionDef def = found.get();
      t.row(
          Md.code(use.sliceName()),
          DocSite.cardinality(use.min(), use.max()),
          Md.link(def.name(), DocSite.INDEX + "#extensions") + "<br>" + Md.code(use.url()),
          String.join(" \\| ", def.valueTypes().stream().map(site::typeRef).toList()),
          site.bindingCell(def.binding()),
          Md.labelAndDefinition(def.label(), def.definition(), "en"));
    }
    return t.render();
  }

  private void appendSearchAndInvariants(
      Page page, List<SearchParam> params, List<Sections.Placed> invariants) {
    page.heading(2, "Search parameters");
    page.block(params.isEmpty() ? "None." : sections.searchParamTable(params));
    page.heading(2, "Invariants");
    page.block(invariants.isEmpty() ? "None." : Sections.invariantTable(invariants));
  }
}
