package fi.polku.model.compiler.load;

import static fi.polku.model.compiler.load.RdfAccess.flag;
import static fi.polku.model.compiler.load.RdfAccess.integer;
import static fi.polku.model.compiler.load.RdfAccess.resources;
import static fi.polku.model.compiler.load.RdfAccess.string;
import static fi.polku.model.compiler.load.RdfAccess.strings;
import static fi.polku.model.compiler.load.RdfAccess.text;

import fi.polku.model.compiler.check.Problems;
import fi.polku.model.compiler.ir.Binding;
import fi.polku.model.compiler.ir.BindingStrength;
import fi.polku.model.compiler.ir.Element;
import fi.polku.model.compiler.ir.Invariant;
import fi.polku.model.compiler.ir.Severity;
import fi.polku.model.compiler.ir.SourceLocation;
import fi.polku.model.compiler.ir.TypeRef;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import org.apache.jena.rdf.model.Resource;

/**
 * Reads SHACL property shapes into {@link Element}s, expanding backbone node shapes at each place
 * they are used. A backbone that (directly or indirectly) contains itself becomes a content
 * reference at the inner occurrence, which is how FHIR expresses recursion.
 */
final class ElementReader {

  private static final String CHECK = "structure";

  private final SourceGraph source;
  private final Problems problems;

  ElementReader(SourceGraph source, Problems problems) {
    this.source = source;
    this.problems = problems;
  }

  /** Reads the {@code sh:property} shapes of {@code shape} as children of {@code parentPath}. */
  List<Element> readChildren(Resource shape, String parentPath) {
    return readChildren(shape, parentPath, new ArrayDeque<>(), true);
  }

  /**
   * Reads the property shapes of a profile: they constrain elements the base type already defines,
   * so they need no type of their own.
   */
  List<Element> readConstraints(Resource shape, String parentPath) {
    return readChildren(shape, parentPath, new ArrayDeque<>(), false);
  }

  private List<Element> readChildren(
      Resource shape, String parentPath, Deque<Frame> stack, boolean typed) {
    List<Resource> shapes = new ArrayList<>(resources(shape, Vocab.SH_PROPERTY));
    shapes.sort(
        Comparator.comparing((Resource r) -> integer(r, Vocab.SH_ORDER).orElse(Integer.MAX_VALUE))
            .thenComparing(r -> string(r, Vocab.SH_NAME).orElse("")));
    List<Element> out = new ArrayList<>();
    for (Resource ps : shapes) {
      Element e = readElement(ps, parentPath, stack, typed);
      if (e != null) {
        out.add(e);
      }
    }
    return out;
  }

  private Element readElement(Resource ps, String parentPath, Deque<Frame> stack, boolean typed) {
    SourceLocation loc = source.locate(ps);
    String name = string(ps, Vocab.SH_NAME).orElse(null);
    if (name == null) {
      problems.add(CHECK, loc, parentPath + ".?", "property shape has no sh:name");
      return null;
    }
    String path = parentPath + "." + name;
    String predicate =
        ps.getPropertyResourceValue(Vocab.SH_PATH) == null
            ? null
            : ps.getPropertyResourceValue(Vocab.SH_PATH).getURI();
    if (predicate == null) {
      problems.add(CHECK, loc, path, "property shape has no sh:path IRI");
    }
    if (integer(ps, Vocab.SH_ORDER).isEmpty()) {
      problems.add(CHECK, loc, path, "property shape has no sh:order");
    }
    int min = integer(ps, Vocab.SH_MIN_COUNT).orElse(0);
    String max = integer(ps, Vocab.SH_MAX_COUNT).map(String::valueOf).orElse("*");

    Resource node = ps.getPropertyResourceValue(Vocab.SH_NODE);
    List<TypeRef> types = new ArrayList<>();
    List<Element> children = List.of();
    String contentReference = null;
    if (node != null) {
      if (!strings(ps, Vocab.TYPE).isEmpty()) {
        problems.add(CHECK, loc, path, "give either sh:node or pm:type, not both");
      }
      types.add(TypeRef.of("BackboneElement"));
      Frame ancestor = stack.stream().filter(f -> f.shape().equals(node)).findFirst().orElse(null);
      if (ancestor != null) {
        contentReference = ancestor.path();
      } else {
        stack.push(new Frame(node, path));
        children = readChildren(node, path, stack, true);
        stack.pop();
      }
    } else {
      List<String> targets = targetNames(ps, loc, path);
      for (String code : strings(ps, Vocab.TYPE)) {
        boolean takesTargets = code.equals("Reference") || code.equals("canonical");
        types.add(new TypeRef(code, takesTargets ? targets : List.of()));
      }
      if (types.isEmpty() && typed) {
        problems.add(CHECK, loc, path, "element has neither pm:type nor sh:node");
      }
    }
    return new Element(
        name,
        path,
        predicate,
        text(ps, Vocab.RDFS_LABEL),
        text(ps, Vocab.SKOS_DEFINITION),
        min,
        max,
        types,
        readBinding(ps, loc, path),
        children,
        contentReference,
        readInvariants(ps),
        flag(ps, Vocab.SUMMARY),
        flag(ps, Vocab.MUST_SUPPORT),
        null,
        loc);
  }

  /** Maps {@code pm:target} IRIs to type names: model resources or FHIR core resources. */
  List<String> targetNames(Resource subject, SourceLocation loc, String path) {
    List<String> names = new ArrayList<>();
    for (String iri : strings(subject, Vocab.TARGET)) {
      if (iri.startsWith(Vocab.POLKU)) {
        names.add(iri.substring(Vocab.POLKU.length()));
      } else if (iri.startsWith(Vocab.FHIR)) {
        names.add(iri.substring(Vocab.FHIR.length()));
      } else {
        problems.add(
            "reference-target",
            loc,
            path,
            "reference target <" + iri + "> is neither a polku: resource nor a fhir: type");
      }
    }
    return names;
  }

  Binding readBinding(Resource subject, SourceLocation loc, String path) {
    Resource b = subject.getPropertyResourceValue(Vocab.BINDING);
    if (b == null) {
      return null;
    }
    String strengthCode = string(b, Vocab.STRENGTH).orElse(null);
    BindingStrength strength = strengthCode == null ? null : BindingStrength.fromCode(strengthCode);
    if (strength == null) {
      problems.add(
          "binding",
          loc,
          path,
          "binding strength '"
              + strengthCode
              + "' is not one of required, extensible, preferred,"
              + " example");
    }
    String valueSet = string(b, Vocab.VALUE_SET).orElse(null);
    if (valueSet == null) {
      problems.add("binding", loc, path, "binding has no pm:valueSet");
    }
    return new Binding(
        strength == null ? BindingStrength.EXAMPLE : strength,
        valueSet,
        text(b, Vocab.SKOS_DEFINITION));
  }

  List<Invariant> readInvariants(Resource subject) {
    List<Invariant> out = new ArrayList<>();
    for (Resource inv : resources(subject, Vocab.INVARIANT_PROP)) {
      SourceLocation loc = source.locate(inv);
      String key = string(inv, Vocab.KEY).orElse(null);
      String expression = string(inv, Vocab.EXPRESSION).orElse(null);
      String severityCode = string(inv, Vocab.SEVERITY).orElse("error");
      Severity severity = Severity.fromCode(severityCode);
      if (key == null || expression == null) {
        problems.add(CHECK, loc, source.describe(inv), "invariant needs pm:key and pm:expression");
        continue;
      }
      if (severity == null) {
        problems.add(CHECK, loc, key, "severity must be 'error' or 'warning'");
        severity = Severity.ERROR;
      }
      out.add(new Invariant(key, severity, expression, text(inv, Vocab.HUMAN), loc));
    }
    out.sort(Comparator.comparing(Invariant::key));
    return out;
  }

  private record Frame(Resource shape, String path) {}
}
