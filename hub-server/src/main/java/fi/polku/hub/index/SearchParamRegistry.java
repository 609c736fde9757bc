package fi.polku.hub.index;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.RuntimeSearchParam;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.LenientErrorHandler;
import fi.polku.hub.model.ModelPackage;
import fi.polku.hub.store.ContentEncoder;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.hl7.fhir.r5.model.Enumeration;
import org.hl7.fhir.r5.model.SearchParameter;

/**
 * Every search parameter of every stored type, compiled once at start-up: the model's
 * SearchParameters (from the model package; custom types name their real base and targets in Polku
 * extensions), the FHIR core parameters of the reused types (from HAPI's R5 definitions), and the
 * parameters every resource has ({@code _id}, {@code _lastUpdated}, {@code _tag}, {@code _profile},
 * {@code _security}, {@code _source}). Special parameters (such as {@code near}) and {@code
 * _text}/{@code _content} are not indexed.
 */
public final class SearchParamRegistry {

  static final String MODEL_BASE =
      "https://polku.fi/fhir/StructureDefinition/SearchParameterModelBase";
  static final String MODEL_TARGET =
      "https://polku.fi/fhir/StructureDefinition/SearchParameterModelTarget";

  private final Map<String, Map<String, SearchParam>> byType = new LinkedHashMap<>();
  private final String fingerprint;

  /**
   * The parameters of {@code storedTypes}.
   *
   * @param fhir context with the model's types registered
   * @param pkg the model package
   * @param storedTypes the stored resource types, in a stable order
   */
  public SearchParamRegistry(
      FhirContext fhir, ModelPackage pkg, Collection<String> storedTypes, FhirPaths paths) {
    List<SearchParameter> model = modelParameters(fhir, pkg);
    StringBuilder all = new StringBuilder();
    for (String type : storedTypes) {
      Map<String, SearchParam> params = new TreeMap<>();
      for (SearchParam p : resourceLevel(type, paths)) {
        params.put(p.code(), p);
      }
      if (fhir.getResourceDefinition(type)
          .getImplementingClass()
          .getPackageName()
          .startsWith("org.hl7.fhir")) {
        for (RuntimeSearchParam rp : fhir.getResourceDefinition(type).getSearchParams()) {
          core(type, rp, paths).ifPresent(p -> params.putIfAbsent(p.code(), p));
        }
      }
      for (SearchParameter sp : model) {
        if (appliesTo(sp, type)) {
          compile(type, sp, paths).ifPresent(p -> params.put(p.code(), p));
        }
      }
      byType.put(type, Collections.unmodifiableMap(params));
      params
          .values()
          .forEach(
              p ->
                  all.append(p.resourceType())
                      .append(' ')
                      .append(p.code())
                      .append(' ')
                      .append(p.type())
                      .append(' ')
                      .append(p.expression())
                      .append(' ')
                      .append(p.sortedTargets())
                      .append('\n'));
    }
    // The field layout is part of it: an index written in an older layout is rebuilt too.
    all.append("layout ").append(IndexFields.LAYOUT);
    this.fingerprint = ContentEncoder.sha256(all.toString()).substring(0, 16);
  }

  /** The parameters of {@code type} by code; empty for an unknown type. */
  public Map<String, SearchParam> of(String type) {
    return byType.getOrDefault(type, Map.of());
  }

  /** The parameter {@code code} of {@code type}. */
  public Optional<SearchParam> find(String type, String code) {
    return Optional.ofNullable(of(type).get(code));
  }

  /** The stored types, in registry order. */
  public Set<String> types() {
    return byType.keySet();
  }

  /**
   * A short hash of every compiled parameter and of the index field layout ({@link
   * IndexFields#LAYOUT}): a change (a new model version with other parameters, a hub version that
   * writes other fields) means the index must be rebuilt.
   */
  public String fingerprint() {
    return fingerprint;
  }

  private static List<SearchParam> resourceLevel(String type, FhirPaths paths) {
    String base = "http://hl7.org/fhir/SearchParameter/Resource-";
    return List.of(
        new SearchParam(type, "_id", ParamType.TOKEN, "id", null, Set.of(), base + "id", "id"),
        new SearchParam(
            type,
            "_lastUpdated",
            ParamType.DATE,
            "meta.lastUpdated",
            null,
            Set.of(),
            base + "lastUpdated",
            "When the resource version last changed"),
        meta(type, "_tag", ParamType.TOKEN, "meta.tag", base + "tag", "Tags", paths),
        meta(type, "_profile", ParamType.URI, "meta.profile", base + "profile", "Profiles", paths),
        meta(
            type,
            "_security",
            ParamType.TOKEN,
            "meta.security",
            base + "security",
            "Labels",
            paths),
        meta(type, "_source", ParamType.URI, "meta.source", base + "source", "Source", paths));
  }

  private static SearchParam meta(
      String type, String code, ParamType t, String expr, String url, String doc, FhirPaths paths) {
    return new SearchParam(type, code, t, expr, paths.compile(expr, code), Set.of(), url, doc);
  }

  private static Optional<SearchParam> core(String type, RuntimeSearchParam rp, FhirPaths paths) {
    if (rp.getName().startsWith("_") || rp.getPath() == null || rp.getPath().isBlank()) {
      return Optional.empty();
    }
    ParamType t = ParamType.of(rp.getParamType().getCode());
    if (t == ParamType.SPECIAL || t == ParamType.COMPOSITE) {
      return Optional.empty();
    }
    String expr = Expressions.forType(rp.getPath(), type);
    if (expr == null) {
      return Optional.empty();
    }
    return Optional.of(
        new SearchParam(
            type,
            rp.getName(),
            t,
            expr,
            paths.compile(expr, type + "." + rp.getName()),
            new LinkedHashSet<>(rp.getTargets()),
            rp.getUri(),
            rp.getDescription()));
  }

  private static Optional<SearchParam> compile(String type, SearchParameter sp, FhirPaths paths) {
    ParamType t = ParamType.of(sp.getType().toCode());
    if (t == ParamType.SPECIAL || t == ParamType.COMPOSITE || !sp.hasExpression()) {
      return Optional.empty();
    }
    String expr = Expressions.forType(sp.getExpression(), type);
    if (expr == null) {
      return Optional.empty();
    }
    Set<String> targets = new LinkedHashSet<>();
    sp.getExtensionsByUrl(MODEL_TARGET).forEach(e -> targets.add(e.getValue().primitiveValue()));
    for (Enumeration<?> target : sp.getTarget()) {
      targets.add(target.getCode());
    }
    return Optional.of(
        new SearchParam(
            type,
            sp.getCode(),
            t,
            expr,
            paths.compile(expr, type + "." + sp.getCode()),
            targets,
            sp.getUrl(),
            sp.getDescription()));
  }

  private static boolean appliesTo(SearchParameter sp, String type) {
    if (sp.hasExtension(MODEL_BASE)) {
      return type.equals(sp.getExtensionByUrl(MODEL_BASE).getValue().primitiveValue());
    }
    return sp.getBase().stream().anyMatch(b -> type.equals(b.getCode()));
  }

  private static List<SearchParameter> modelParameters(FhirContext fhir, ModelPackage pkg) {
    IParser parser = fhir.newJsonParser();
    parser.setParserErrorHandler(new LenientErrorHandler(false));
    return pkg.files("SearchParameter").stream()
        .map(f -> (SearchParameter) parser.parseResource(pkg.text(f)))
        .toList();
  }
}
