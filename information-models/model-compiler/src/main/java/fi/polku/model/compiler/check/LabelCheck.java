package fi.polku.model.compiler.check;

import fi.polku.model.compiler.ir.Model;
import fi.polku.model.compiler.load.SourceGraph;
import fi.polku.model.compiler.load.Vocab;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;

/**
 * Every user-facing part of the model carries its name and definition in Finnish, Swedish and
 * English. Checked on the source graph, so that backbone shapes and code lists, which do not all
 * survive into the IR as such, are covered too.
 */
public final class LabelCheck implements ModelCheck {

  static final String ID = "labels";
  private static final List<String> LANGS = List.of("fi", "sv", "en");

  private final SourceGraph source;

  /** Creates the check over the model's source graph. */
  public LabelCheck(SourceGraph source) {
    this.source = source;
  }

  @Override
  public void check(Model model, Problems problems) {
    Set<Resource> described = new LinkedHashSet<>();
    // Code lists (SKOS schemes and concepts, external lists, value sets) are checked by the
    // code-list reader, which knows their label properties.
    for (String type : List.of("Resource", "Backbone", "Profile", "Extension", "SearchParameter")) {
      described.addAll(typed(ResourceFactory.createResource(Vocab.PM + type)));
    }
    described.addAll(
        source.graph().listObjectsOfProperty(Vocab.SH_PROPERTY).toList().stream()
            .filter(RDFNode::isResource)
            .map(RDFNode::asResource)
            .toList());
    for (Resource r : described) {
      require(r, Vocab.RDFS_LABEL, "rdfs:label", problems);
      require(r, Vocab.SKOS_DEFINITION, "skos:definition", problems);
    }
    for (RDFNode inv : source.graph().listObjectsOfProperty(Vocab.INVARIANT_PROP).toList()) {
      if (inv.isResource()) {
        require(inv.asResource(), Vocab.HUMAN, "pm:human", problems);
      }
    }
  }

  private List<Resource> typed(Resource type) {
    return source.graph().listSubjectsWithProperty(RDF.type, type).toList();
  }

  private void require(Resource r, Property p, String pname, Problems problems) {
    for (String lang : LANGS) {
      boolean found = false;
      for (Statement s : r.listProperties(p).toList()) {
        if (s.getObject().isLiteral()
            && lang.equals(s.getLiteral().getLanguage())
            && !s.getLiteral().getLexicalForm().isBlank()) {
          found = true;
          break;
        }
      }
      if (!found) {
        problems.add(
            ID,
            source.locate(r),
            elementName(r),
            "missing " + languageName(lang) + " (@" + lang + ") " + pname);
      }
    }
  }

  private String elementName(Resource r) {
    Statement name = r.getProperty(Vocab.SH_NAME);
    return name != null ? name.getString() : source.describe(r);
  }

  private static String languageName(String lang) {
    return switch (lang) {
      case "fi" -> "Finnish";
      case "sv" -> "Swedish";
      default -> "English";
    };
  }
}
