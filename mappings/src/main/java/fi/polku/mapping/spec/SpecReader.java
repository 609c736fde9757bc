package fi.polku.mapping.spec;

import fi.polku.mapping.spec.EntitySpec.Incremental;
import fi.polku.mapping.spec.MappingSpec.IgnoredPath;
import fi.polku.mapping.spec.MappingSpec.ParameterSpec;
import fi.polku.mapping.spec.ResourceSpec.CheckSpec;
import fi.polku.mapping.spec.ResourceSpec.Repeat;
import fi.polku.mapping.spec.SourceSpec.SourceKind;
import java.nio.charset.Charset;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Turns a located YAML tree into the spec records, collecting problems (structure only). */
final class SpecReader {

  /** The spec format version this reader understands. */
  static final int FORMAT = 1;

  private static final Set<String> TOP =
      Set.of(
          "polku-mapping",
          "name",
          "version",
          "title",
          "description",
          "parameters",
          "sourceSystem",
          "conceptMaps",
          "source",
          "entities",
          "groups",
          "ignore");
  private static final Set<String> PARAMETER = Set.of("description", "pattern", "default");
  private static final Set<String> SOURCE =
      Set.of(
          "kind",
          "encoding",
          "separator",
          "quote",
          "header",
          "multilineFields",
          "date",
          "dateTime",
          "timeZone",
          "true",
          "false",
          "decimalSeparator");
  private static final Set<String> ENTITY =
      Set.of(
          "name",
          "description",
          "file",
          "table",
          "query",
          "columns",
          "records",
          "recurse",
          "key",
          "incremental",
          "resources");
  private static final Set<String> RESOURCE =
      Set.of(
          "name",
          "type",
          "description",
          "sourceKey",
          "key",
          "match",
          "repeat",
          "when",
          "each",
          "fields",
          "resources",
          "checks");
  private static final Set<String> CHECK = Set.of("kind", "unit", "organisation");

  private final LocatedYaml doc;
  private final List<SpecException.SpecProblem> problems;
  private final FieldReader fields;

  SpecReader(LocatedYaml doc, List<SpecException.SpecProblem> problems) {
    this.doc = doc;
    this.problems = problems;
    this.fields = new FieldReader();
  }

  MappingSpec spec() {
    Node root = new Node(doc, doc.root(), "", problems);
    if (!root.isObject()) {
      root.problem("a mapping spec is a YAML mapping (key: value)");
      return null;
    }
    root.allowOnly(TOP);
    Integer format = root.integer("polku-mapping");
    if (format == null) {
      root.problem("'polku-mapping: " + FORMAT + "' (the spec format version) is required");
    } else if (format != FORMAT) {
      root.child("polku-mapping").problem("unknown spec format " + format + "; this is " + FORMAT);
    }
    String name = root.requiredText("name");
    Map<String, ParameterSpec> parameters = new LinkedHashMap<>();
    root.entries("parameters").forEach((n, p) -> parameters.put(n, parameter(n, p)));
    SourceSpec source = source(root.child("source"));
    List<EntitySpec> entities = new ArrayList<>();
    for (Node e : root.list("entities")) {
      entities.add(entity(e));
    }
    if (entities.isEmpty()) {
      root.problem("'entities' must list at least one entity");
    }
    Map<String, List<FieldSpec>> groups = new LinkedHashMap<>();
    root.entries("groups").forEach((n, g) -> groups.put(n, fields.fieldList(g)));
    List<IgnoredPath> ignored = new ArrayList<>();
    for (Node i : root.list("ignore")) {
      i.allowOnly(Set.of("path", "reason"));
      ignored.add(new IgnoredPath(i.requiredText("path"), i.requiredText("reason")));
    }
    List<String> conceptMaps = root.texts("conceptMaps");
    return new MappingSpec(
        name,
        root.text("version"),
        root.text("title"),
        parameters,
        root.requiredText("sourceSystem"),
        conceptMaps == null ? List.of() : conceptMaps,
        source,
        entities,
        groups,
        ignored,
        root.loc());
  }

  private ParameterSpec parameter(String name, Node p) {
    if (p.isText() || p.json() == null || p.json().isNull()) {
      return new ParameterSpec(name, p.isText() ? p.json().asText() : null, null, null, p.loc());
    }
    p.allowOnly(PARAMETER);
    return new ParameterSpec(
        name, p.text("description"), p.text("pattern"), p.text("default"), p.loc());
  }

  private SourceSpec source(Node s) {
    if (!s.isObject()) {
      s.problem("'source' is required: kind, encoding, separator, formats ...");
      return null;
    }
    s.allowOnly(SOURCE);
    SourceKind kind = enumValue(s, "kind", SourceKind.class, null);
    Charset encoding = charset(s);
    String dateFormat = pattern(s, "date", "yyyy-MM-dd");
    String dateTimeFormat = pattern(s, "dateTime", "yyyy-MM-dd'T'HH:mm:ss");
    ZoneId zone = ZoneId.of("Europe/Helsinki");
    String zoneText = s.text("timeZone");
    if (zoneText != null) {
      try {
        zone = ZoneId.of(zoneText);
      } catch (DateTimeException e) {
        s.child("timeZone").problem("unknown time zone '" + zoneText + "'");
      }
    }
    List<String> trues = s.texts("true");
    List<String> falses = s.texts("false");
    return new SourceSpec(
        kind,
        encoding,
        character(s, "separator", ';'),
        character(s, "quote", '"'),
        s.bool("header", true),
        s.bool("multilineFields", false),
        dateFormat,
        dateTimeFormat,
        zone,
        trues == null ? List.of("true") : trues,
        falses == null ? List.of("false") : falses,
        character(s, "decimalSeparator", '.'),
        s.loc());
  }

  private static Charset charset(Node s) {
    String name = s.text("encoding");
    if (name == null) {
      return java.nio.charset.StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(name);
    } catch (IllegalArgumentException e) {
      s.child("encoding").problem("unknown encoding '" + name + "' (e.g. UTF-8, ISO-8859-1)");
      return java.nio.charset.StandardCharsets.UTF_8;
    }
  }

  private static String pattern(Node s, String key, String fallback) {
    String p = s.text(key);
    if (p == null) {
      return fallback;
    }
    try {
      DateTimeFormatter.ofPattern(p);
    } catch (IllegalArgumentException e) {
      s.child(key).problem("not a date/time pattern: " + e.getMessage());
    }
    return p;
  }

  private static char character(Node s, String key, char fallback) {
    String t = s.text(key);
    if (t == null) {
      return fallback;
    }
    String v = t.equals("\\t") || t.equalsIgnoreCase("tab") ? "\t" : t;
    if (v.length() != 1) {
      s.child(key).problem("'" + key + "' must be a single character");
      return fallback;
    }
    return v.charAt(0);
  }

  /** An incremental read's {@code overlap}: an ISO-8601 duration ({@code PT5M}), zero if absent. */
  private static Duration overlap(Node inc) {
    String text = inc.text("overlap");
    if (text == null) {
      return Duration.ZERO;
    }
    try {
      Duration d = Duration.parse(text.strip());
      if (!d.isNegative()) {
        return d;
      }
    } catch (DateTimeParseException e) {
      // reported below with what a valid value looks like
    }
    inc.child("overlap")
        .problem(
            "'overlap' must be a duration such as PT5M (5 minutes) or PT1H (1 hour), not '"
                + text
                + "'");
    return Duration.ZERO;
  }

  private EntitySpec entity(Node e) {
    e.allowOnly(ENTITY);
    Incremental incremental = null;
    Node inc = e.child("incremental");
    if (inc.isObject()) {
      inc.allowOnly(Set.of("column", "key", "overlap"));
      incremental =
          new Incremental(inc.requiredText("column"), inc.requiredText("key"), overlap(inc));
    } else if (inc.json() != null) {
      inc.problem("'incremental' is a mapping with 'column', 'key' and optionally 'overlap'");
    }
    List<ResourceSpec> resources = new ArrayList<>();
    for (Node r : e.list("resources")) {
      resources.add(resource(r));
    }
    if (resources.isEmpty()) {
      e.problem("'resources' must list at least one resource");
    }
    List<String> columns = e.texts("columns");
    return new EntitySpec(
        e.requiredText("name"),
        e.text("file"),
        e.text("table"),
        e.text("query"),
        columns == null ? List.of() : columns,
        e.text("records"),
        e.text("recurse"),
        e.text("key"),
        incremental,
        resources,
        e.loc());
  }

  ResourceSpec resource(Node r) {
    r.allowOnly(RESOURCE);
    String sourceKey = r.text("sourceKey");
    if ("false".equals(sourceKey)) {
      sourceKey = null;
    } else if (sourceKey == null) {
      sourceKey = r.text("name");
    }
    List<ResourceSpec> nested = new ArrayList<>();
    for (Node n : r.list("resources")) {
      nested.add(resource(n));
    }
    List<CheckSpec> checks = new ArrayList<>();
    for (Node c : r.list("checks")) {
      c.allowOnly(CHECK);
      checks.add(
          new CheckSpec(
              c.requiredText("kind"),
              c.requiredText("unit"),
              c.requiredText("organisation"),
              c.loc()));
    }
    List<String> match = r.texts("match");
    return new ResourceSpec(
        r.requiredText("name"),
        r.requiredText("type"),
        sourceKey,
        r.text("key"),
        match == null ? List.of(ResourceSpec.SOURCE_KEY) : match,
        enumValue(r, "repeat", Repeat.class, Repeat.UNIQUE),
        r.has("when") ? fields.condition(r.child("when")) : null,
        r.texts("each"),
        fields.fieldList(r.child("fields")),
        nested,
        checks,
        r.loc());
  }

  static <E extends Enum<E>> E enumValue(Node n, String key, Class<E> type, E fallback) {
    String t = n.text(key);
    if (t == null) {
      if (fallback == null) {
        n.problem("'" + key + "' is required");
      }
      return fallback;
    }
    String constant = t.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(constant)) {
        return e;
      }
    }
    List<String> allowed = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      allowed.add(e.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
    n.child(key).problem("'" + t + "' is not one of " + String.join(", ", allowed));
    return fallback;
  }
}
