package fi.polku.validation.structure;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Code systems and value sets, expanded to code sets once at start-up. While compiling, value sets
 * and code systems are looked up in {@link Definitions} on demand; {@link #freeze()} then drops the
 * definitions, and validation only reads the maps built so far.
 */
final class Terminology {

  private static final String PROPS = "http://hl7.org/fhir/concept-properties#";

  private Definitions definitions;
  private final Map<String, CodeSystemInfo> systems = new HashMap<>();
  private final Map<String, CodeSet> valueSets = new HashMap<>();
  private final Set<String> expanding = new HashSet<>();

  Terminology(Definitions definitions) {
    this.definitions = definitions;
  }

  /** A frozen terminology knowing exactly {@code systems} (for tests and tools). */
  static Terminology of(CodeSystemInfo... systems) {
    Terminology t = new Terminology(null);
    for (CodeSystemInfo cs : systems) {
      t.systems.put(cs.url(), cs);
    }
    return t;
  }

  /** Loads every code system of the Polku package, so their codes are known at run time. */
  void loadPolkuCodeSystems() {
    for (JsonNode r : definitions.polkuResources()) {
      if ("CodeSystem".equals(r.path("resourceType").asText())) {
        codeSystem(r.path("url").asText());
      }
    }
  }

  /** Ends compilation: nothing is looked up any more. */
  void freeze() {
    definitions = null;
  }

  /** The code system {@code url}, or null if unknown. */
  CodeSystemInfo codeSystem(String url) {
    if (url == null) {
      return null;
    }
    CodeSystemInfo info = systems.get(url);
    if (info != null || definitions == null || systems.containsKey(url)) {
      return info;
    }
    JsonNode cs = definitions.resolve(url);
    info =
        cs != null && "CodeSystem".equals(cs.path("resourceType").asText()) ? read(url, cs) : null;
    systems.put(url, info);
    return info;
  }

  /** The value set {@code url} expanded; {@link CodeSet#uncheckable()} if it cannot be. */
  CodeSet valueSet(String url) {
    String plain = url.contains("|") ? url.substring(0, url.indexOf('|')) : url;
    CodeSet set = valueSets.get(plain);
    if (set != null) {
      return set;
    }
    if (definitions == null || !expanding.add(plain)) {
      return CodeSet.unknown(null); // unknown after start-up, or a cycle of imports
    }
    JsonNode vs = definitions.resolve(plain);
    set =
        vs != null && "ValueSet".equals(vs.path("resourceType").asText())
            ? expand(vs)
            : CodeSet.unknown(null);
    expanding.remove(plain);
    valueSets.put(plain, set);
    return set;
  }

  private CodeSet expand(JsonNode vs) {
    JsonNode compose = vs.path("compose");
    if (!compose.has("include")) {
      return CodeSet.unknown(null);
    }
    CodeSet result = new CodeSet(Map.of(), Set.of());
    for (JsonNode include : compose.path("include")) {
      result = result.union(include(include));
    }
    return exclude(result, compose.path("exclude"));
  }

  private CodeSet include(JsonNode include) {
    String system = include.path("system").asText(null);
    if (include.has("valueSet")) {
      if (system != null || include.path("valueSet").size() != 1) {
        return CodeSet.unknown(system); // intersections: not needed by the model, accept all
      }
      return valueSet(include.path("valueSet").get(0).asText());
    }
    if (system == null) {
      return CodeSet.unknown(null);
    }
    if (include.has("concept")) {
      Set<String> listed = new HashSet<>();
      include.path("concept").forEach(c -> listed.add(c.path("code").asText()));
      return new CodeSet(Map.of(system, listed), Set.of());
    }
    CodeSystemInfo cs = codeSystem(system);
    if (include.has("filter") || cs == null || !cs.complete()) {
      return CodeSet.unknown(system);
    }
    return new CodeSet(Map.of(system, cs.codes()), Set.of());
  }

  /**
   * Applies excludes that list concepts. Excludes by filter or value set are ignored: they only
   * make a set smaller, so ignoring them accepts a little more, never less.
   */
  private static CodeSet exclude(CodeSet set, JsonNode excludes) {
    CodeSet result = set;
    for (JsonNode exclude : excludes) {
      String system = exclude.path("system").asText(null);
      if (system != null && exclude.has("concept")) {
        Set<String> listed = new HashSet<>();
        exclude.path("concept").forEach(c -> listed.add(c.path("code").asText()));
        result = result.without(system, listed);
      }
    }
    return result;
  }

  /** What {@code cs} (CodeSystem JSON) tells about its codes. */
  static CodeSystemInfo read(String url, JsonNode cs) {
    boolean complete = "complete".equals(cs.path("content").asText());
    Map<String, String> meaning = propertyMeanings(cs.path("property"));
    LocalDate listStart = date(cs.path("effectivePeriod").path("start").asText(null));
    Set<String> codes = new HashSet<>();
    Map<String, ConceptValidity> validity = new HashMap<>();
    collect(cs.path("concept"), meaning, listStart, codes, validity);
    return new CodeSystemInfo(
        url, complete, complete ? Set.copyOf(codes) : Set.of(), Map.copyOf(validity));
  }

  /** Which declared properties carry validity information: property code to meaning. */
  private static Map<String, String> propertyMeanings(JsonNode properties) {
    Map<String, String> meaning = new HashMap<>();
    for (JsonNode p : properties) {
      String code = p.path("code").asText();
      String uri = p.path("uri").asText("");
      if (code.equals("inactive") || uri.equals(PROPS + "inactive")) {
        meaning.put(code, "inactive");
      } else if (code.equals("validFrom") || uri.equals(PROPS + "effectiveDate")) {
        meaning.put(code, "validFrom");
      } else if (code.equals("validTo") || uri.equals(PROPS + "retirementDate")) {
        meaning.put(code, "validTo");
      } else if (code.equals("status") || uri.equals(PROPS + "status")) {
        meaning.put(code, "status");
      } else if (code.equals("successor")) {
        meaning.put(code, "successor");
      }
    }
    // Undeclared but conventional codes are honoured too.
    for (String conventional : List.of("inactive", "validFrom", "validTo")) {
      meaning.putIfAbsent(conventional, conventional);
    }
    return meaning;
  }

  private static void collect(
      JsonNode concepts,
      Map<String, String> meaning,
      LocalDate listStart,
      Set<String> codes,
      Map<String, ConceptValidity> validity) {
    for (JsonNode c : concepts) {
      String code = c.path("code").asText();
      codes.add(code);
      ConceptValidity v = validity(c.path("property"), meaning, listStart);
      if (v != null) {
        validity.put(code, v);
      }
      collect(c.path("concept"), meaning, listStart, codes, validity);
    }
  }

  private static ConceptValidity validity(
      JsonNode properties, Map<String, String> meaning, LocalDate listStart) {
    LocalDate from = null;
    LocalDate to = null;
    boolean inactive = false;
    List<String> successors = new ArrayList<>();
    for (JsonNode p : properties) {
      String m = meaning.get(p.path("code").asText());
      if (m == null) {
        continue;
      }
      switch (m) {
        case "inactive" -> inactive |= p.path("valueBoolean").asBoolean(false);
        case "status" -> inactive |= "retired".equals(p.path("valueCode").asText());
        case "validFrom" -> from = date(dateValue(p));
        case "validTo" -> to = date(dateValue(p));
        case "successor" ->
            successors.add(p.path("valueCode").asText(p.path("valueString").asText()));
        default -> {}
      }
    }
    if (from == null && to == null && !inactive) {
      return null;
    }
    return new ConceptValidity(
        from, to, inactive && to == null, listStart, List.copyOf(successors));
  }

  private static String dateValue(JsonNode p) {
    for (String f : List.of("valueDateTime", "valueDate", "valueString")) {
      if (p.has(f)) {
        return p.get(f).asText();
      }
    }
    return null;
  }

  private static LocalDate date(String text) {
    if (text == null || text.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(text.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
