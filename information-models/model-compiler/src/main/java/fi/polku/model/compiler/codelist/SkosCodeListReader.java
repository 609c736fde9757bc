package fi.polku.model.compiler.codelist;

import fi.polku.model.compiler.ir.CodeList;
import fi.polku.model.compiler.ir.CodeList.Concept;
import fi.polku.model.compiler.ir.LocalizedText;
import fi.polku.model.compiler.ir.SourceLocation;
import fi.polku.model.compiler.ir.ValueSetDef;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Reads the code lists and value sets declared in the model's Turtle (see the authoring guide,
 * "Polku's own code lists"):
 *
 * <ul>
 *   <li>every {@code skos:ConceptScheme} with a {@code pm:id}: one of Polku's own code lists, with
 *       CodeSystem {@code <canonicalBase>/CodeSystem/<id>} and ValueSet {@code
 *       <canonicalBase>/ValueSet/<id>}. Its concepts are those {@code skos:inScheme} it (or its top
 *       concepts); the code is the {@code skos:notation}, the display the {@code skos:prefLabel} in
 *       fi/sv/en. The version is the scheme's {@code owl:versionInfo}, or else the model's (the
 *       {@code pm:Model}'s {@code owl:versionInfo}), since an unversioned list changes with the
 *       model. Schemes without {@code pm:id} are not Polku code lists and are ignored;
 *   <li>every {@code pm:ExternalCodeList}: a code list the model refers to without carrying its
 *       codes ({@code content = not-present}), whose CodeSystem URL is its {@code pm:system};
 *   <li>every {@code pm:ValueSet}: a {@link ValueSetDef} including each {@code pm:includeSystem}.
 * </ul>
 *
 * <p>Titles come from {@code rdfs:label} (else {@code skos:prefLabel}), descriptions from {@code
 * skos:definition}. Authoring mistakes (a missing id, notation or translation, a duplicate code or
 * id) are returned as {@link CodeListProblem}s, each naming the file and subject; the item in error
 * is left out when it cannot be built, and kept otherwise. Concept definitions are not read: the
 * IR's {@link Concept} has no place for them.
 */
public final class SkosCodeListReader {

  /** The compiler's vocabulary. */
  public static final String PM = "https://polku.fi/model/meta#";

  /** Polku's namespace for model terms. */
  public static final String POLKU = "https://polku.fi/model/";

  private static final Property PM_ID = property("id");
  private static final Property PM_SYSTEM = property("system");
  private static final Property PM_INCLUDE_SYSTEM = property("includeSystem");
  private static final Resource PM_MODEL = resource("Model");
  private static final Resource PM_EXTERNAL = resource("ExternalCodeList");
  private static final Resource PM_VALUE_SET = resource("ValueSet");
  private static final Pattern FHIR_ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");
  private static final List<String> LANGUAGES = List.of("fi", "sv", "en");

  private final String canonicalBase;
  private final Function<Resource, SourceLocation> locator;

  /**
   * Creates a reader.
   *
   * @param canonicalBase base of canonical URLs, e.g. {@code https://polku.fi/fhir}
   * @param locator gives the file and subject of an RDF resource, for problems and value set
   *     definitions (the loader knows which file each subject came from)
   */
  public SkosCodeListReader(String canonicalBase, Function<Resource, SourceLocation> locator) {
    Objects.requireNonNull(canonicalBase, "canonicalBase");
    this.canonicalBase =
        canonicalBase.endsWith("/")
            ? canonicalBase.substring(0, canonicalBase.length() - 1)
            : canonicalBase;
    this.locator = Objects.requireNonNull(locator, "locator");
  }

  /**
   * What the reader found: code lists and value sets sorted by id, and the problems.
   *
   * @param codeLists own (SKOS) and external code lists
   * @param valueSets value sets composed of whole code systems
   * @param problems authoring mistakes; empty when all is well
   */
  public record Result(
      List<CodeList> codeLists, List<ValueSetDef> valueSets, List<CodeListProblem> problems) {

    public Result {
      codeLists = List.copyOf(codeLists);
      valueSets = List.copyOf(valueSets);
      problems = List.copyOf(problems);
    }
  }

  /**
   * Reads the code lists and value sets of a model.
   *
   * @param model the merged RDF model of all model sources
   * @return the code lists, value sets and problems
   */
  public Result read(Model model) {
    List<CodeListProblem> problems = new ArrayList<>();
    String modelVersion = modelVersion(model);
    List<CodeList> lists = new ArrayList<>();
    List<ValueSetDef> valueSets = new ArrayList<>();
    Map<String, SourceLocation> ids = new HashMap<>();
    for (Resource scheme : subjects(model, SKOS.ConceptScheme)) {
      if (scheme.hasProperty(PM_ID)) {
        String id = id(scheme, ids, problems);
        if (id != null) {
          lists.add(scheme(scheme, id, modelVersion, problems));
        }
      }
    }
    for (Resource external : subjects(model, PM_EXTERNAL)) {
      String id = id(external, ids, problems);
      String system = uri(external, PM_SYSTEM, problems);
      if (id != null && system != null) {
        lists.add(external(external, id, system, problems));
      }
    }
    for (Resource vs : subjects(model, PM_VALUE_SET)) {
      String id = id(vs, ids, problems);
      if (id != null) {
        valueSets.add(valueSet(vs, id, problems));
      }
    }
    lists.sort(Comparator.comparing(CodeList::id));
    valueSets.sort(Comparator.comparing(ValueSetDef::id));
    return new Result(lists, valueSets, problems);
  }

  private CodeList scheme(
      Resource scheme, String id, String modelVersion, List<CodeListProblem> problems) {
    String version = literal(scheme, OWL.versionInfo, problems);
    List<Concept> concepts = new ArrayList<>();
    Map<String, Resource> codes = new HashMap<>();
    for (Resource concept : members(scheme)) {
      String code = literal(concept, SKOS.notation, problems);
      if (code == null) {
        problems.add(problem(concept, "concept of code list '" + id + "' has no skos:notation"));
        continue;
      }
      Resource first = codes.putIfAbsent(code, concept);
      if (first != null) {
        problems.add(
            problem(
                concept,
                "code '" + code + "' of code list " + id + " is already used by " + first));
        continue;
      }
      LocalizedText display = texts(concept, problems, SKOS.prefLabel);
      requireLanguages(concept, display, "skos:prefLabel", problems);
      concepts.add(new Concept(code, display, null, null, null, Map.of()));
    }
    concepts.sort((a, b) -> CodeOrder.CODES.compare(a.code(), b.code()));
    return new CodeList(
        id,
        canonicalBase + "/CodeSystem/" + id,
        canonicalBase + "/ValueSet/" + id,
        version != null ? version : modelVersion,
        title(scheme, problems),
        description(scheme, problems),
        null,
        null,
        List.of(),
        concepts,
        "complete",
        "Polku information model, " + location(scheme));
  }

  private CodeList external(
      Resource external, String id, String system, List<CodeListProblem> problems) {
    return new CodeList(
        id,
        system,
        canonicalBase + "/ValueSet/" + id,
        literal(external, OWL.versionInfo, problems),
        title(external, problems),
        description(external, problems),
        null,
        null,
        List.of(),
        List.of(),
        "not-present",
        "External code list maintained by the owner of "
            + system
            + "; declared in the Polku information model, "
            + location(external));
  }

  private ValueSetDef valueSet(Resource vs, String id, List<CodeListProblem> problems) {
    Set<String> systems = new TreeSet<>();
    for (RDFNode node : vs.listProperties(PM_INCLUDE_SYSTEM).mapWith(s -> s.getObject()).toList()) {
      String system = uriOf(node);
      if (system == null) {
        problems.add(problem(vs, "pm:includeSystem is not an IRI or URI literal: " + node));
      } else {
        systems.add(system);
      }
    }
    if (systems.isEmpty()) {
      problems.add(problem(vs, "value set '" + id + "' has no pm:includeSystem"));
    }
    return new ValueSetDef(
        id,
        canonicalBase + "/ValueSet/" + id,
        title(vs, problems),
        description(vs, problems),
        List.copyOf(systems),
        location(vs));
  }

  /**
   * The concepts of a scheme (skos:inScheme, skos:topConceptOf, skos:hasTopConcept), sorted like
   * {@link #subjects} so that problems and the choice between duplicates do not depend on graph
   * order.
   */
  private static List<Resource> members(Resource scheme) {
    Model model = scheme.getModel();
    Set<Resource> members = new LinkedHashSet<>();
    members.addAll(model.listSubjectsWithProperty(SKOS.inScheme, scheme).toList());
    members.addAll(model.listSubjectsWithProperty(SKOS.topConceptOf, scheme).toList());
    scheme
        .listProperties(SKOS.hasTopConcept)
        .filterKeep(s -> s.getObject().isResource())
        .forEach(s -> members.add(s.getObject().asResource()));
    return sorted(members);
  }

  /** The pm:id of an item, checked to be a valid FHIR id and unique; null if unusable. */
  private String id(Resource r, Map<String, SourceLocation> ids, List<CodeListProblem> problems) {
    String id = literal(r, PM_ID, problems);
    if (id == null) {
      problems.add(problem(r, "has no pm:id"));
      return null;
    }
    if (!FHIR_ID.matcher(id).matches()) {
      problems.add(problem(r, "pm:id '" + id + "' is not a valid FHIR id ([A-Za-z0-9-.]{1,64})"));
      return null;
    }
    SourceLocation first = ids.putIfAbsent(id, location(r));
    if (first != null) {
      problems.add(problem(r, "pm:id '" + id + "' is already used by " + first));
      return null;
    }
    return id;
  }

  private LocalizedText title(Resource r, List<CodeListProblem> problems) {
    LocalizedText title = texts(r, problems, RDFS.label, SKOS.prefLabel);
    requireLanguages(r, title, "rdfs:label", problems);
    return title;
  }

  private LocalizedText description(Resource r, List<CodeListProblem> problems) {
    LocalizedText description = texts(r, problems, SKOS.definition);
    requireLanguages(r, description, "skos:definition", problems);
    return description;
  }

  private void requireLanguages(
      Resource r, LocalizedText text, String what, List<CodeListProblem> problems) {
    for (String lang : LANGUAGES) {
      if (text.get(lang) == null) {
        problems.add(problem(r, what + " is missing in '" + lang + "'"));
      }
    }
  }

  /**
   * The fi/sv/en texts of the first property that has each language. Several texts in one language
   * are a problem; the smallest is taken so the result does not depend on graph order.
   */
  private LocalizedText texts(Resource r, List<CodeListProblem> problems, Property... properties) {
    LocalizedText text = LocalizedText.EMPTY;
    for (String lang : LANGUAGES) {
      for (Property p : properties) {
        Set<String> values = new TreeSet<>();
        r.listProperties(p)
            .forEach(
                s -> {
                  RDFNode o = s.getObject();
                  if (o.isLiteral() && isLanguage(o.asLiteral().getLanguage(), lang)) {
                    String v = o.asLiteral().getLexicalForm().strip();
                    if (!v.isEmpty()) {
                      values.add(v);
                    }
                  }
                });
        if (!values.isEmpty()) {
          if (values.size() > 1) {
            problems.add(problem(r, "several '" + lang + "' texts for " + p.getLocalName()));
          }
          text = text.with(lang, values.iterator().next());
          break;
        }
      }
    }
    return text;
  }

  private static boolean isLanguage(String tag, String lang) {
    return tag.equalsIgnoreCase(lang) || tag.toLowerCase(Locale.ROOT).startsWith(lang + "-");
  }

  /** The single literal (or IRI) value of a property as text; null if absent. */
  private String literal(Resource r, Property p, List<CodeListProblem> problems) {
    List<RDFNode> values = r.listProperties(p).mapWith(s -> s.getObject()).toList();
    if (values.isEmpty()) {
      return null;
    }
    Set<String> texts = new TreeSet<>();
    for (RDFNode v : values) {
      texts.add(v.isLiteral() ? v.asLiteral().getLexicalForm().strip() : v.toString());
    }
    if (texts.size() > 1) {
      problems.add(problem(r, "has several values for " + p.getLocalName() + ": " + texts));
    }
    String first = texts.iterator().next();
    return first.isEmpty() ? null : first;
  }

  /** The single URI value (IRI or literal) of a property; a problem and null if unusable. */
  private String uri(Resource r, Property p, List<CodeListProblem> problems) {
    List<RDFNode> values = r.listProperties(p).mapWith(s -> s.getObject()).toList();
    if (values.size() != 1 || uriOf(values.get(0)) == null) {
      problems.add(
          problem(r, "needs exactly one pm:" + p.getLocalName() + " IRI, has " + values.size()));
      return null;
    }
    return uriOf(values.get(0));
  }

  private static String uriOf(RDFNode node) {
    if (node.isURIResource()) {
      return node.asResource().getURI();
    }
    if (node.isLiteral() && !node.asLiteral().getLexicalForm().isBlank()) {
      return node.asLiteral().getLexicalForm().strip();
    }
    return null;
  }

  /** The model version: owl:versionInfo of the pm:Model, if there is exactly one. */
  private static String modelVersion(Model model) {
    Set<String> versions = new TreeSet<>();
    for (Resource m : subjects(model, PM_MODEL)) {
      m.listProperties(OWL.versionInfo)
          .filterKeep(s -> s.getObject().isLiteral())
          .forEach(s -> versions.add(s.getObject().asLiteral().getLexicalForm().strip()));
    }
    return versions.size() == 1 ? versions.iterator().next() : null;
  }

  /** Subjects of a type, in a stable order. */
  private static List<Resource> subjects(Model model, Resource type) {
    return sorted(model.listSubjectsWithProperty(RDF.type, type).toList());
  }

  /** Resources by IRI; blank nodes last, by label (stable within one parse). */
  private static List<Resource> sorted(Collection<Resource> resources) {
    List<Resource> list = new ArrayList<>(resources);
    list.sort(
        Comparator.comparing(Resource::isAnon)
            .thenComparing(r -> r.isAnon() ? r.getId().getLabelString() : r.getURI()));
    return list;
  }

  private SourceLocation location(Resource r) {
    SourceLocation location = locator.apply(r);
    return location != null ? location : new SourceLocation("?", r.toString());
  }

  private CodeListProblem problem(Resource r, String message) {
    return new CodeListProblem(location(r), message);
  }

  private static Property property(String local) {
    return ResourceFactory.createProperty(PM, local);
  }

  private static Resource resource(String local) {
    return ResourceFactory.createResource(PM + local);
  }
}
