package fi.polku.validation.structure;

import com.fasterxml.jackson.databind.JsonNode;
import fi.polku.validation.format.FormatRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything the structural engine knows, compiled once from the model package: rules per accepted
 * resource type, extension definitions by URL, terminology and the FHIRPath engine. Immutable after
 * {@link #compile}; shared by all validations.
 *
 * <p>Accepted resource types are the model's own resources and every FHIR core resource the model
 * profiles (Organization and Person, validated against PolkuOrganization and PolkuPerson).
 */
public final class CompiledModel {

  private static final Logger LOG = LoggerFactory.getLogger(CompiledModel.class);

  /** Abstract bases and primitives FHIRPath may test types against. */
  private static final List<String> BASE_TYPES =
      List.of(
          "Base",
          "Element",
          "BackboneElement",
          "DataType",
          "PrimitiveType",
          "Resource",
          "DomainResource",
          "canonical",
          "uri",
          "url",
          "string",
          "code",
          "id",
          "markdown",
          "oid",
          "uuid",
          "boolean",
          "integer",
          "integer64",
          "decimal",
          "date",
          "dateTime",
          "instant",
          "time",
          "positiveInt",
          "unsignedInt",
          "base64Binary",
          "xhtml");

  final Map<String, StructureRules> resources;
  final Map<String, StructureRules> extensions;
  final StructureRules genericExtension;
  final Terminology terminology;
  final FormatRules formats;
  final FhirPathSupport fhirPath;
  final String polkuCanonical;
  private final Map<String, String> invariantEvaluations;

  private CompiledModel(
      Map<String, StructureRules> resources,
      Map<String, StructureRules> extensions,
      StructureRules genericExtension,
      Terminology terminology,
      FormatRules formats,
      FhirPathSupport fhirPath,
      String polkuCanonical,
      Map<String, String> invariantEvaluations) {
    this.resources = Map.copyOf(resources);
    this.extensions = Map.copyOf(extensions);
    this.genericExtension = genericExtension;
    this.terminology = terminology;
    this.formats = formats;
    this.fhirPath = fhirPath;
    this.polkuCanonical = polkuCanonical;
    this.invariantEvaluations = Collections.unmodifiableMap(new TreeMap<>(invariantEvaluations));
  }

  /**
   * Compiles the model package found through {@code loader} with {@code formats}. Takes a few
   * seconds; do it once. A missing or inconsistent package is reported as {@link
   * IllegalStateException}.
   */
  public static CompiledModel compile(ClassLoader loader, FormatRules formats) {
    long start = System.nanoTime();
    // Reading the two FHIR packages and starting the FHIRPath worker are independent and each
    // takes about a second: do them side by side.
    ExecutorService pool =
        Executors.newFixedThreadPool(
            3,
            r -> {
              Thread t = new Thread(r, "polku-model-compile");
              t.setDaemon(true);
              return t;
            });
    try {
      Future<FhirPackage> core = pool.submit(() -> FhirPackage.read(Definitions.CORE));
      Future<FhirPackage> ext = pool.submit(() -> FhirPackage.read(Definitions.EXTENSIONS));
      Future<FhirPathSupport> fhirPath = pool.submit(FhirPathSupport::create);
      Definitions definitions = Definitions.load(loader);
      definitions.addPackages(List.of(get(core), get(ext)));
      CompiledModel model = compile(definitions, formats, get(fhirPath));
      LOG.info(
          "Compiled validation rules for {} resource types and {} extensions in {} ms",
          model.resources.size(),
          model.extensions.size(),
          (System.nanoTime() - start) / 1_000_000);
      List<String> hapi =
          model.invariantEvaluations.entrySet().stream()
              .filter(e -> e.getValue().contains("hapi"))
              .map(Map.Entry::getKey)
              .toList();
      LOG.info(
          "Invariants: {} evaluated on the JSON tree, {} need HAPI objects when reached: {}",
          model.invariantEvaluations.size() - hapi.size(),
          hapi.size(),
          hapi);
      return model;
    } finally {
      pool.shutdownNow();
    }
  }

  private static CompiledModel compile(
      Definitions definitions, FormatRules formats, FhirPathSupport fhirPath) {
    Terminology terminology = new Terminology(definitions);
    terminology.loadPolkuCodeSystems();
    RuleCompiler compiler = new RuleCompiler(definitions, terminology, formats, fhirPath);
    Map<String, StructureRules> resources = new TreeMap<>();
    Map<String, StructureRules> extensions = new HashMap<>();
    for (JsonNode r : definitions.polkuResources()) {
      if (!"StructureDefinition".equals(r.path("resourceType").asText())) {
        continue;
      }
      String url = r.path("url").asText();
      String type = r.path("type").asText();
      if (r.path("kind").asText().equals("resource")) {
        resources.put(type, compiler.definition(url)); // own types, and profiles of core types
      } else if (type.equals("Extension")) {
        extensions.put(url, compiler.definition(url));
      }
    }
    for (String url : definitions.fhirExtensionUrls()) {
      extensions.putIfAbsent(url, compiler.definition(url));
    }
    StructureRules generic = compiler.definition(RuleCompiler.CORE_SD + "Extension");
    for (String base : BASE_TYPES) {
      definitions.resolve(RuleCompiler.CORE_SD + base); // for FHIRPath type checks
    }
    markInvariants(compiler.all());
    Map<String, String> evaluations = new HashMap<>();
    for (StructureRules r : compiler.all()) {
      for (Invariant inv : r.invariants) {
        evaluations.merge(inv.key(), inv.evaluation(), CompiledModel::joinDistinct);
      }
      for (ElementRule e : r.elements) {
        for (Invariant inv : e.invariants) {
          evaluations.merge(inv.key(), inv.evaluation(), CompiledModel::joinDistinct);
        }
      }
    }
    fhirPath.declareTypes(
        definitions.resolvedStructureDefinitions().stream()
            .filter(sd -> !"constraint".equals(sd.path("derivation").asText()))
            .toList());
    terminology.freeze();
    return new CompiledModel(
        resources,
        extensions,
        generic,
        terminology,
        formats,
        fhirPath,
        definitions.polkuCanonical(),
        evaluations);
  }

  private static String joinDistinct(String a, String b) {
    return a.equals(b) || a.contains(b) ? a : a + "," + b;
  }

  /**
   * How each invariant key is evaluated: {@code json-check} (a hand-written check in the walker),
   * {@code native} (its FHIRPath compiled for the JSON tree) or {@code hapi} (HAPI's FHIRPath
   * engine on HAPI objects, read only for resources where such an invariant is reached); a key
   * shared by several structures evaluated differently lists each way. Sorted by key.
   */
  public Map<String, String> invariantEvaluations() {
    return invariantEvaluations;
  }

  private static <T> T get(Future<T> future) {
    try {
      return future.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException("Cannot compile the validation model", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while compiling the validation model", e);
    }
  }

  /** The resource types this model accepts, sorted. */
  public List<String> resourceTypes() {
    return List.copyOf(resources.keySet());
  }

  /**
   * Marks every structure and element below which a FHIRPath invariant can be reached, so the
   * invariant walk skips subtrees without any (a fixpoint, as structures refer to each other in
   * cycles). Extensions are not counted: which value an extension carries is only known per
   * instance, and the walker asks for a full walk when one carries invariants.
   */
  private static void markInvariants(List<StructureRules> all) {
    Set<StructureRules> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    List<StructureRules> unique = new ArrayList<>();
    for (StructureRules r : all) {
      if (seen.add(r)) {
        unique.add(r);
      }
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (StructureRules r : unique) {
        boolean below = r.invariants.stream().anyMatch(Invariant::fhirPath);
        for (ElementRule e : r.elements) {
          if (!e.invariantsBelow && elementBelow(e)) {
            e.invariantsBelow = true;
            changed = true;
          }
          below |= e.invariantsBelow;
        }
        if (below && !r.invariantsBelow) {
          r.invariantsBelow = true;
          changed = true;
        }
      }
    }
  }

  private static boolean elementBelow(ElementRule e) {
    if (e.invariants.stream().anyMatch(Invariant::fhirPath)) {
      return true;
    }
    if (e.extension) {
      return e.slices.values().stream().anyMatch(s -> s.rules().invariantsBelow);
    }
    for (TypeRef t : e.types) {
      if (t instanceof TypeRef.Contained
          || (t instanceof TypeRef.Complex c && c.rules() != null && c.rules().invariantsBelow)) {
        return true;
      }
    }
    return false;
  }
}
