package fi.polku.model.compiler.load;

import static fi.polku.model.compiler.load.RdfAccess.integer;
import static fi.polku.model.compiler.load.RdfAccess.localName;
import static fi.polku.model.compiler.load.RdfAccess.resources;
import static fi.polku.model.compiler.load.RdfAccess.string;
import static fi.polku.model.compiler.load.RdfAccess.strings;
import static fi.polku.model.compiler.load.RdfAccess.text;

import fi.polku.model.compiler.check.Problems;
import fi.polku.model.compiler.ir.CodeList;
import fi.polku.model.compiler.ir.Element;
import fi.polku.model.compiler.ir.ExtensionDef;
import fi.polku.model.compiler.ir.LocalizedText;
import fi.polku.model.compiler.ir.Model;
import fi.polku.model.compiler.ir.Profile;
import fi.polku.model.compiler.ir.ResourceType;
import fi.polku.model.compiler.ir.SearchParam;
import fi.polku.model.compiler.ir.SourceLocation;
import fi.polku.model.compiler.ir.TypeRef;
import fi.polku.model.compiler.ir.ValueSetDef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;

/**
 * Reads the model graph (header, resource types, profiles, extensions, search parameters) into the
 * intermediate representation. What cannot be interpreted is recorded as a problem, not thrown, so
 * that one build reports every problem at once.
 */
public final class TurtleModelReader {

  private static final String DEFAULT_BASE = "https://polku.fi/fhir";

  private final SourceGraph source;
  private final Problems problems;
  private final ElementReader elements;

  /** Creates a reader over {@code source} that reports into {@code problems}. */
  public TurtleModelReader(SourceGraph source, Problems problems) {
    this.source = source;
    this.problems = problems;
    this.elements = new ElementReader(source, problems);
  }

  /** The canonical base the model header declares (default {@code https://polku.fi/fhir}). */
  public static String canonicalBase(SourceGraph source) {
    return source.graph().listSubjectsWithProperty(RDF.type, Vocab.MODEL).toList().stream()
        .findFirst()
        .flatMap(h -> string(h, Vocab.CANONICAL_BASE))
        .orElse(DEFAULT_BASE);
  }

  /**
   * Reads the model. Code lists and composed value sets are read elsewhere and passed in.
   *
   * @param codeLists code lists of the model (koodisto and SKOS)
   * @param valueSets value sets composed of several code systems
   */
  public Model read(List<CodeList> codeLists, List<ValueSetDef> valueSets) {
    Resource header = header();
    String canonicalBase = canonicalBase(source);
    String version = header == null ? "0.0.0" : string(header, Vocab.OWL_VERSION_INFO).orElse(null);
    if (header != null && (version == null || !version.matches("\\d+\\.\\d+\\.\\d+"))) {
      problems.add(
          "header",
          source.locate(header),
          "model",
          "owl:versionInfo must be a semantic version like 1.2.0, was '" + version + "'");
      version = "0.0.0";
    }
    return new Model(
        version,
        canonicalBase,
        header == null ? Vocab.POLKU : header.getURI(),
        header == null ? LocalizedText.EMPTY : text(header, Vocab.RDFS_LABEL),
        readResources(),
        readProfiles(canonicalBase),
        readExtensions(canonicalBase),
        readSearchParams(),
        codeLists,
        valueSets);
  }

  private Resource header() {
    List<Resource> headers = typed(Vocab.MODEL);
    if (headers.size() != 1) {
      problems.add(
          "header",
          new SourceLocation("model.ttl", "pm:Model"),
          "model",
          "exactly one pm:Model header is needed, found " + headers.size());
      return headers.isEmpty() ? null : headers.get(0);
    }
    return headers.get(0);
  }

  private List<ResourceType> readResources() {
    List<ResourceType> out = new ArrayList<>();
    for (Resource r : typed(Vocab.RESOURCE)) {
      String name = localName(r.getURI(), Vocab.POLKU);
      out.add(
          new ResourceType(
              name,
              r.getURI(),
              text(r, Vocab.RDFS_LABEL),
              text(r, Vocab.SKOS_DEFINITION),
              elements.readChildren(r, name),
              elements.readInvariants(r),
              source.locate(r)));
    }
    return out;
  }

  private List<Profile> readProfiles(String canonicalBase) {
    List<Profile> out = new ArrayList<>();
    for (Resource r : typed(Vocab.PROFILE)) {
      String name = localName(r.getURI(), Vocab.POLKU);
      SourceLocation loc = source.locate(r);
      String baseIri = string(r, Vocab.BASE_TYPE).orElse(null);
      if (baseIri == null || !baseIri.startsWith(Vocab.FHIR)) {
        problems.add("structure", loc, name, "profile needs pm:baseType fhir:<CoreResource>");
        continue;
      }
      String baseType = baseIri.substring(Vocab.FHIR.length());
      List<Profile.ExtensionUse> uses = new ArrayList<>();
      for (Resource use : resources(r, Vocab.EXTENSION_PROP)) {
        String slice = string(use, Vocab.SLICE_NAME).orElse(null);
        String defIri = string(use, Vocab.DEFINITION).orElse(null);
        if (slice == null || defIri == null) {
          problems.add("structure", loc, name, "pm:extension needs pm:sliceName and pm:definition");
          continue;
        }
        uses.add(
            new Profile.ExtensionUse(
                slice,
                canonicalBase + "/StructureDefinition/" + localName(defIri, Vocab.POLKU),
                integer(use, Vocab.SH_MIN_COUNT).orElse(0),
                integer(use, Vocab.SH_MAX_COUNT).map(String::valueOf).orElse("*")));
      }
      uses.sort(Comparator.comparing(Profile.ExtensionUse::sliceName));
      List<Element> constraints = elements.readConstraints(r, baseType);
      out.add(
          new Profile(
              name,
              baseType,
              text(r, Vocab.RDFS_LABEL),
              text(r, Vocab.SKOS_DEFINITION),
              constraints,
              uses,
              elements.readInvariants(r),
              loc));
    }
    return out;
  }

  private List<ExtensionDef> readExtensions(String canonicalBase) {
    List<ExtensionDef> out = new ArrayList<>();
    for (Resource r : typed(Vocab.EXTENSION)) {
      String name = localName(r.getURI(), Vocab.POLKU);
      SourceLocation loc = source.locate(r);
      List<String> targets = elements.targetNames(r, loc, name);
      List<TypeRef> types = new ArrayList<>();
      for (String code : strings(r, Vocab.TYPE)) {
        types.add(new TypeRef(code, code.equals("Reference") ? targets : List.of()));
      }
      if (types.isEmpty()) {
        problems.add("structure", loc, name, "extension needs a pm:type");
      }
      out.add(
          new ExtensionDef(
              name,
              canonicalBase + "/StructureDefinition/" + name,
              strings(r, Vocab.CONTEXT),
              text(r, Vocab.RDFS_LABEL),
              text(r, Vocab.SKOS_DEFINITION),
              types,
              elements.readBinding(r, loc, name),
              loc));
    }
    return out;
  }

  private List<SearchParam> readSearchParams() {
    List<SearchParam> out = new ArrayList<>();
    for (Resource r : typed(Vocab.SEARCH_PARAMETER)) {
      SourceLocation loc = source.locate(r);
      String code = string(r, Vocab.CODE).orElse(null);
      String type = string(r, Vocab.SEARCH_TYPE).orElse(null);
      String expression = string(r, Vocab.EXPRESSION).orElse(null);
      List<String> base = new ArrayList<>();
      for (String iri : strings(r, Vocab.BASE)) {
        base.add(localName(iri, iri.startsWith(Vocab.FHIR) ? Vocab.FHIR : Vocab.POLKU));
      }
      if (code == null || type == null || base.isEmpty()) {
        problems.add(
            "structure",
            loc,
            source.describe(r),
            "search parameter needs pm:code, pm:searchType and pm:base");
        continue;
      }
      if (expression == null && !type.equals("composite")) {
        problems.add("structure", loc, code, "search parameter needs pm:expression");
        continue;
      }
      List<SearchParam.Component> components = new ArrayList<>();
      List<Resource> comps = new ArrayList<>(resources(r, Vocab.COMPONENT));
      comps.sort(Comparator.comparing(c -> integer(c, Vocab.SH_ORDER).orElse(0)));
      for (Resource c : comps) {
        String param = string(c, Vocab.PARAMETER).orElse("");
        components.add(
            new SearchParam.Component(
                string(source.graph().getResource(param), Vocab.CODE)
                    .orElse(localName(param, Vocab.POLKU)),
                string(c, Vocab.EXPRESSION).orElse("")));
      }
      out.add(
          new SearchParam(
              code,
              base,
              type,
              expression,
              elements.targetNames(r, loc, code),
              components,
              text(r, Vocab.RDFS_LABEL),
              text(r, Vocab.SKOS_DEFINITION),
              loc));
    }
    out.sort(
        Comparator.comparing((SearchParam s) -> s.base().get(0)).thenComparing(SearchParam::code));
    return out;
  }

  /** Subjects with {@code rdf:type type}, as IRI resources, sorted by IRI. */
  private List<Resource> typed(Resource type) {
    List<Resource> out = new ArrayList<>();
    for (Resource r : source.graph().listSubjectsWithProperty(RDF.type, type).toList()) {
      if (r.isURIResource()) {
        out.add(r);
      } else {
        problems.add(
            "structure",
            source.locate(r),
            "[blank node]",
            "a " + source.describe(type) + " must be named with an IRI");
      }
    }
    out.sort(Comparator.comparing(Resource::getURI));
    return out;
  }
}
