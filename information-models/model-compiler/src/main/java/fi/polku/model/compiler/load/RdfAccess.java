package fi.polku.model.compiler.load;

import fi.polku.model.compiler.ir.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;

/** Small typed accessors over Jena resources, tolerant of missing values. */
final class RdfAccess {

  private RdfAccess() {}

  /** The fi/sv/en literals of {@code p}; other languages are ignored. */
  static LocalizedText text(Resource subject, Property p) {
    LocalizedText t = LocalizedText.EMPTY;
    for (Statement s : subject.listProperties(p).toList()) {
      if (s.getObject().isLiteral()) {
        Literal l = s.getLiteral();
        String lang = l.getLanguage();
        if (lang.equals("fi") || lang.equals("sv") || lang.equals("en")) {
          t = t.with(lang, l.getLexicalForm());
        }
      }
    }
    return t;
  }

  /** The lexical form of a single literal value, or IRI of a resource value. */
  static Optional<String> string(Resource subject, Property p) {
    Statement s = subject.getProperty(p);
    if (s == null) {
      return Optional.empty();
    }
    RDFNode o = s.getObject();
    if (o.isLiteral()) {
      return Optional.of(o.asLiteral().getLexicalForm());
    }
    return o.isURIResource() ? Optional.of(o.asResource().getURI()) : Optional.empty();
  }

  /** All values of {@code p} as strings (literal lexical forms or IRIs), in sorted order. */
  static List<String> strings(Resource subject, Property p) {
    List<String> out = new ArrayList<>();
    for (Statement s : subject.listProperties(p).toList()) {
      RDFNode o = s.getObject();
      if (o.isLiteral()) {
        out.add(o.asLiteral().getLexicalForm());
      } else if (o.isURIResource()) {
        out.add(o.asResource().getURI());
      }
    }
    out.sort(null);
    return out;
  }

  /** All resource values of {@code p}. */
  static List<Resource> resources(Resource subject, Property p) {
    List<Resource> out = new ArrayList<>();
    for (Statement s : subject.listProperties(p).toList()) {
      if (s.getObject().isResource()) {
        out.add(s.getResource());
      }
    }
    return out;
  }

  /** An integer value, if present and numeric. */
  static Optional<Integer> integer(Resource subject, Property p) {
    return string(subject, p)
        .flatMap(
            v -> {
              try {
                return Optional.of(Integer.parseInt(v.trim()));
              } catch (NumberFormatException e) {
                return Optional.empty();
              }
            });
  }

  /** A boolean value; absent means false. */
  static boolean flag(Resource subject, Property p) {
    return string(subject, p).map(Boolean::parseBoolean).orElse(false);
  }

  /** The part of an IRI after {@code namespace}, or after the last '/' or '#'. */
  static String localName(String iri, String namespace) {
    if (iri.startsWith(namespace)) {
      return iri.substring(namespace.length());
    }
    int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
    return iri.substring(cut + 1);
  }
}
