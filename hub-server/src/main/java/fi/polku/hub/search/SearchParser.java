package fi.polku.hub.search;

import fi.polku.hub.index.ParamType;
import fi.polku.hub.index.SearchParam;
import fi.polku.hub.index.SearchParamRegistry;
import fi.polku.hub.problem.HubCodes;
import fi.polku.hub.problem.HubException;
import fi.polku.validation.api.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Parses a FHIR search URL's parameters into a {@link SearchQuery}. Strict by default: an unknown
 * parameter, modifier or a malformed value is a 400 naming it. Lenient ({@code Prefer:
 * handling=lenient}) drops such parameters instead, and {@link SearchQuery#applied()} shows what
 * was kept.
 */
public final class SearchParser {

  /** Parameters HAPI itself answers (output format), accepted and passed through. */
  private static final Set<String> PASS_THROUGH =
      Set.of("_format", "_pretty", "_elements", "_summary");

  private static final Map<ParamType, Set<String>> MODIFIERS =
      Map.of(
          ParamType.TOKEN, Set.of("not", "text", "of-type", "missing"),
          ParamType.STRING, Set.of("exact", "contains", "missing"),
          ParamType.DATE, Set.of("missing"),
          ParamType.REFERENCE, Set.of("identifier", "missing"),
          ParamType.NUMBER, Set.of("missing"),
          ParamType.QUANTITY, Set.of("missing"),
          ParamType.URI, Set.of("below", "above", "missing"));

  private final SearchParamRegistry registry;
  private final ControlParser control;

  /**
   * A parser.
   *
   * @param defaultCount page size without {@code _count}
   * @param maxCount largest page size
   */
  public SearchParser(SearchParamRegistry registry, int defaultCount, int maxCount) {
    this.registry = registry;
    this.control = new ControlParser(registry, defaultCount, maxCount);
  }

  /**
   * Parses the parameters of a search of {@code type}.
   *
   * @param params parameter name to its values (a repeated parameter has several), in request order
   * @param lenient whether unknown and malformed parameters are dropped rather than refused
   */
  public SearchQuery parse(String type, Map<String, List<String>> params, boolean lenient) {
    List<Criterion> criteria = new ArrayList<>();
    List<SearchQuery.Applied> applied = new ArrayList<>();
    ControlParser.Builder c = control.builder(type);
    for (Map.Entry<String, List<String>> e : params.entrySet()) {
      String name = e.getKey();
      for (String value : e.getValue()) {
        try {
          if (PASS_THROUGH.contains(name)) {
            checkSummary(name, value);
          } else if (c.accepts(name)) {
            c.add(name, value);
          } else {
            criteria.add(criterion(type, name, value));
          }
          if (!name.equals("_cursor") && !name.equals("_format") && !name.equals("_pretty")) {
            applied.add(new SearchQuery.Applied(name, value));
          }
        } catch (HubException ex) {
          if (!lenient || ex.code() == HubCodes.INVALID_CURSOR) {
            throw ex;
          }
        }
      }
    }
    return c.build(criteria, applied);
  }

  private static void checkSummary(String name, String value) {
    if (name.equals("_summary")
        && !Set.of("true", "false", "text", "data", "count").contains(value)) {
      throw invalid(
          name,
          new Text(
              "arvon on oltava true, false, text, data tai count",
              "värdet ska vara true, false, text, data eller count",
              "expected true, false, text, data or count"));
    }
  }

  /** The criterion of {@code name=value} on {@code type}. */
  Criterion criterion(String type, String name, String value) {
    if (name.startsWith("_has:")) {
      return has(type, name, value);
    }
    int dot = name.indexOf('.');
    if (dot > 0) {
      return chain(type, name, dot, value);
    }
    int colon = name.indexOf(':');
    String code = colon < 0 ? name : name.substring(0, colon);
    String modifier = colon < 0 ? null : name.substring(colon + 1);
    SearchParam p = param(type, code, name);
    if (modifier != null && p.type() == ParamType.REFERENCE && isType(modifier)) {
      // Type modifier: learner:Learner=123 is learner=Learner/123.
      return new Criterion.Match(
          name,
          p,
          null,
          Values.split(value).stream().map(v -> v.contains("/") ? v : modifier + "/" + v).toList());
    }
    if (modifier != null && !MODIFIERS.getOrDefault(p.type(), Set.of()).contains(modifier)) {
      throw new HubException(
          HubCodes.UNSUPPORTED_MODIFIER, Map.of("parameter", code, "modifier", modifier));
    }
    if ("missing".equals(modifier)) {
      if (!value.equals("true") && !value.equals("false")) {
        throw invalid(
            name,
            new Text(
                "arvon on oltava true tai false",
                "värdet ska vara true eller false",
                "expected true or false"));
      }
      return new Criterion.Missing(name, p, value.equals("true"));
    }
    List<String> values = Values.split(value);
    for (String v : values) {
      Text problem = ValueCheck.problem(p, modifier, v);
      if (problem != null) {
        throw invalid(name, problem);
      }
    }
    return new Criterion.Match(name, p, modifier, values);
  }

  private Criterion chain(String type, String name, int dot, String value) {
    String head = name.substring(0, dot);
    String tail = name.substring(dot + 1);
    int colon = head.indexOf(':');
    String code = colon < 0 ? head : head.substring(0, colon);
    SearchParam ref = param(type, code, name);
    if (ref.type() != ParamType.REFERENCE) {
      throw invalid(
          name,
          new Text(
                  "{code} ei ole viittausparametri, joten sitä ei voi ketjuttaa",
                  "{code} är ingen referensparameter och kan därför inte kedjas",
                  "{code} is not a reference parameter and cannot be chained")
              .format(Map.of("code", code)));
    }
    List<String> targets = colon < 0 ? ref.sortedTargets() : List.of(head.substring(colon + 1));
    Map<String, Criterion> inner = new LinkedHashMap<>();
    String tailCode = tail.split("[.:]", 2)[0];
    for (String t : targets) {
      if (registry.of(t).containsKey(tailCode)) {
        inner.put(t, criterion(t, tail, value));
      }
    }
    if (inner.isEmpty()) {
      Set<String> supported = new TreeSet<>();
      targets.forEach(t -> supported.addAll(registry.of(t).keySet()));
      throw HubCodes.unsupportedSearch(name, String.join(", ", targets), supported);
    }
    return new Criterion.Chain(name, ref, inner);
  }

  private Criterion has(String type, String name, String value) {
    // _has:Source:reference:parameter (the parameter may itself be a _has or a chain)
    String[] parts = name.split(":", 4);
    if (parts.length < 4) {
      throw invalid(
          name,
          new Text(
              "odotettu muoto on _has:Type:reference:parameter",
              "förväntad form är _has:Type:reference:parameter",
              "expected _has:Type:reference:parameter"));
    }
    String source = parts[1];
    if (!registry.types().contains(source)) {
      throw HubCodes.unsupportedSearch(name, "_has", registry.types());
    }
    SearchParam ref = param(source, parts[2], name);
    if (ref.type() != ParamType.REFERENCE
        || (!ref.targets().isEmpty() && !ref.targets().contains(type))) {
      throw invalid(
          name,
          new Text(
                  "tyypin {source} parametri {reference} ei viittaa tyyppiin {type}",
                  "parametern {reference} för {source} refererar inte till {type}",
                  "{reference} of {source} does not refer to {type}")
              .format(Map.of("reference", parts[2], "source", source, "type", type)));
    }
    return new Criterion.Has(name, source, ref, criterion(source, parts[3], value));
  }

  private SearchParam param(String type, String code, String name) {
    return registry
        .find(type, code)
        .orElseThrow(() -> HubCodes.unsupportedSearch(name, type, registry.of(type).keySet()));
  }

  private boolean isType(String s) {
    return registry.types().contains(s);
  }

  /** The 400 for a malformed value of parameter {@code name}, {@code detail} saying why. */
  static HubException invalid(String name, Text detail) {
    return new HubException(
        HubCodes.INVALID_SEARCH_VALUE, Map.of("parameter", name), Map.of("detail", detail));
  }
}
