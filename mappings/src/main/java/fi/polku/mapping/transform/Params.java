package fi.polku.mapping.transform;

import fi.polku.mapping.spec.Loc;
import fi.polku.mapping.spec.MappingSpec;
import fi.polku.mapping.spec.MappingSpec.ParameterSpec;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Run parameters: checked against the spec's declarations and substituted as {@code ${name}}. */
final class Params {

  private static final Pattern REF = Pattern.compile("\\$\\{([A-Za-z0-9_.-]+)\\}");

  private final Map<String, String> values;
  private final Problems problems;

  private Params(Map<String, String> values, Problems problems) {
    this.values = values;
    this.problems = problems;
  }

  /** Resolves {@code given} against the spec's parameters; problems for missing or bad values. */
  static Params resolve(MappingSpec spec, Map<String, String> given, Problems problems) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : given.entrySet()) {
      if (!spec.parameters().containsKey(e.getKey())) {
        problems.add(
            spec.loc(),
            "unknown parameter '"
                + e.getKey()
                + "'"
                + Problems.hint(e.getKey(), spec.parameters().keySet()));
      }
    }
    for (ParameterSpec p : spec.parameters().values()) {
      String v = given.containsKey(p.name()) ? given.get(p.name()) : p.defaultValue();
      if (v == null) {
        problems.add(
            p.loc(),
            "the parameter '"
                + p.name()
                + "' is required"
                + (p.description() == null ? "" : " (" + p.description() + ")")
                + "; give it as --param "
                + p.name()
                + "=...");
        continue;
      }
      if (p.pattern() != null && !v.matches(p.pattern())) {
        problems.add(
            p.loc(),
            "the parameter '" + p.name() + "' must match " + p.pattern() + ", was '" + v + "'");
      }
      out.put(p.name(), v);
    }
    return new Params(out, problems);
  }

  Map<String, String> values() {
    return Map.copyOf(values);
  }

  /**
   * {@code text} with every {@code ${name}} replaced; unknown names are problems at {@code loc}.
   */
  String substitute(String text, Loc loc) {
    if (text == null || !text.contains("${")) {
      return text;
    }
    Matcher m = REF.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String v = values.get(m.group(1));
      if (v == null) {
        problems.add(loc, "'${" + m.group(1) + "}' is not a parameter of this spec");
        v = "";
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(v));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
