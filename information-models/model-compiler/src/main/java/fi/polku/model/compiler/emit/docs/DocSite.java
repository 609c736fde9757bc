package fi.polku.model.compiler.emit.docs;

import fi.polku.model.compiler.ir.Binding;
import fi.polku.model.compiler.ir.CodeList;
import fi.polku.model.compiler.ir.Element;
import fi.polku.model.compiler.ir.ExtensionDef;
import fi.polku.model.compiler.ir.Model;
import fi.polku.model.compiler.ir.Profile;
import fi.polku.model.compiler.ir.ResourceType;
import fi.polku.model.compiler.ir.TypeRef;
import fi.polku.model.compiler.ir.ValueSetDef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What every page needs to know about the whole site: which file documents which type, where a
 * value set is described, and how types and bindings are shown. Pages link through here only, so
 * file naming lives in one place.
 */
final class DocSite {

  static final String INDEX = "index.md";
  static final String CODE_LISTS = "codelists.md";

  private final Model model;
  private final Map<String, String> pageOfType = new TreeMap<>();
  private final Map<String, String> anchorOfValueSet = new HashMap<>();

  DocSite(Model model) {
    this.model = model;
    Map<String, String> owners = new HashMap<>();
    owners.put(INDEX, "the index");
    owners.put(CODE_LISTS, "the code list page");
    for (ResourceType r : model.resources()) {
      claim(owners, r.name());
    }
    for (Profile p : model.profiles()) {
      claim(owners, p.name());
    }
    for (CodeList cl : model.codeLists()) {
      anchorOfValueSet.put(cl.valueSetUrl(), anchor(cl.id()));
    }
    for (ValueSetDef vs : model.valueSets()) {
      anchorOfValueSet.put(vs.url(), anchor(vs.id()));
    }
  }

  private void claim(Map<String, String> owners, String typeName) {
    String file = Md.kebab(typeName) + ".md";
    String previous = owners.putIfAbsent(file, typeName);
    if (previous != null) {
      throw new IllegalArgumentException(
          "Both " + previous + " and " + typeName + " would be documented in " + file);
    }
    pageOfType.put(typeName, file);
  }

  Model model() {
    return model;
  }

  /** Page file name of a model resource type or profile. */
  String page(String typeName) {
    String file = pageOfType.get(typeName);
    if (file == null) {
      throw new IllegalArgumentException("No page for " + typeName);
    }
    return file;
  }

  /** Resource types in name order, so pages and tables do not depend on loader order. */
  List<ResourceType> resources() {
    List<ResourceType> out = new ArrayList<>(model.resources());
    out.sort(Comparator.comparing(ResourceType::name));
    return out;
  }

  List<Profile> profiles() {
    List<Profile> out = new ArrayList<>(model.profiles());
    out.sort(Comparator.comparing(Profile::name));
    return out;
  }

  List<CodeList> codeLists() {
    List<CodeList> out = new ArrayList<>(model.codeLists());
    out.sort(Comparator.comparing(CodeList::id));
    return out;
  }

  List<ValueSetDef> valueSets() {
    List<ValueSetDef> out = new ArrayList<>(model.valueSets());
    out.sort(Comparator.comparing(ValueSetDef::id));
    return out;
  }

  List<ExtensionDef> extensions() {
    List<ExtensionDef> out = new ArrayList<>(model.extensions());
    out.sort(Comparator.comparing(ExtensionDef::name));
    return out;
  }

  /**
   * Heading anchor of a code list or value set section on the code list page. Headings are the bare
   * ids, and GitHub derives anchors from headings by lower-casing and dropping punctuation other
   * than hyphens and underscores.
   */
  static String anchor(String id) {
    StringBuilder out = new StringBuilder();
    for (char c : id.toLowerCase(Locale.ROOT).toCharArray()) {
      if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
        out.append(c);
      } else if (c == ' ') {
        out.append('-');
      }
    }
    return out.toString();
  }

  /** Where the reference target is documented: its page, a profile page, or the FHIR spec. */
  String typeLink(String typeName) {
    if (pageOfType.containsKey(typeName)) {
      return Md.link(typeName, pageOfType.get(typeName));
    }
    return model
        .profileOf(typeName)
        .map(p -> Md.link(typeName, pageOfType.get(p.name())))
        .orElseGet(
            () ->
                Md.link(
                    typeName,
                    "https://hl7.org/fhir/R5/" + typeName.toLowerCase(Locale.ROOT) + ".html"));
  }

  /**
   * The type column of an element table: {@code Reference(Learner | Organization)} with links for
   * references, {@code dateTime | Period} for choices and "see X" for a recursive structure.
   */
  String typeCell(Element e) {
    if (e.contentReference() != null) {
      return "see " + Md.code(e.contentReference());
    }
    if (!e.children().isEmpty() || e.isBackbone()) {
      return Md.text("BackboneElement");
    }
    List<String> parts = new ArrayList<>();
    for (TypeRef t : e.types()) {
      parts.add(typeRef(t));
    }
    return String.join(" \\| ", parts);
  }

  /** One type with its targets, formatted for a table cell. */
  String typeRef(TypeRef t) {
    if (t.targets().isEmpty()) {
      return Md.text(t.code());
    }
    List<String> targets = new ArrayList<>();
    for (String target : t.targets()) {
      targets.add(typeLink(target));
    }
    return Md.text(t.code()) + "(" + String.join(" \\| ", targets) + ")";
  }

  /**
   * The binding column: strength and value set, linked to its section on the code list page when
   * the model carries it.
   */
  String bindingCell(Binding b) {
    if (b == null) {
      return "";
    }
    String strength = b.strength() == null ? "" : b.strength().code();
    String vs = b.valueSet() == null ? "" : b.valueSet();
    String anchor = anchorOfValueSet.get(vs);
    String target =
        anchor == null ? Md.code(vs) : "[" + Md.code(vs) + "](" + CODE_LISTS + "#" + anchor + ")";
    return strength.isEmpty() ? target : Md.text(strength) + ": " + target;
  }

  /** Cardinality as {@code min..max}. */
  static String cardinality(int min, String max) {
    return min + ".." + (max == null ? "*" : max);
  }
}
