package fi.polku.validation.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Templates of valid synthetic records (a learner, a study right, an absence) with {@code ${key}}
 * placeholders and the two organisations the study right refers to, and the loading and filling of
 * such templates: the one copy that the hub's ingest benchmark, the validators' write-path
 * benchmark and the hub's integration tests share, so that they send and validate the same records.
 * Fill identity codes only with {@link fi.polku.validation.format.SyntheticIdentityCodes}: the
 * templates are for synthetic data, never for real people.
 */
public final class RecordTemplates {

  private static final String BASE = "fi/polku/validation/sample/";

  /**
   * A learner. Placeholders: {@code hetu} (personal identity code), {@code learnerNumber}, {@code
   * sourceKey}, {@code family} (family name).
   */
  public static final String LEARNER = BASE + "learner.json";

  /**
   * A basic education study right at the school {@code Organization/org-kuusikko} of {@code
   * Organization/org-vantaa}. Placeholders: {@code studyRightOid}, {@code sourceKey}, {@code
   * learnerReference}.
   */
  public static final String STUDY_RIGHT = BASE + "study-right.json";

  /**
   * A justified absence from one lesson. Placeholders: {@code learnerReference}, {@code
   * studyRightReference}, {@code date} (ISO date), {@code lesson} (lesson number, a JSON number).
   */
  public static final String ABSENCE = BASE + "absence.json";

  /** The education provider the study right template names, {@code Organization/org-vantaa}. */
  public static final String PROVIDER = BASE + "provider.json";

  /** The school the study right template names, {@code Organization/org-kuusikko}. */
  public static final String SCHOOL = BASE + "school.json";

  private RecordTemplates() {}

  /**
   * A transaction Bundle (JSON) that writes {@link #PROVIDER} and {@link #SCHOOL} under their ids:
   * a hub must hold them before it accepts study rights made from {@link #STUDY_RIGHT}, which refer
   * to them. Writing it again changes nothing.
   */
  public static String organisationsTransaction() {
    StringBuilder b = new StringBuilder("{\"resourceType\":\"Bundle\",\"type\":\"transaction\",");
    b.append("\"entry\":[");
    String[][] orgs = {{PROVIDER, "org-vantaa"}, {SCHOOL, "org-kuusikko"}};
    for (int i = 0; i < orgs.length; i++) {
      b.append(i == 0 ? "" : ",")
          .append("{\"resource\":")
          .append(oneLine(orgs[i][0]))
          .append(",\"request\":{\"method\":\"PUT\",\"url\":\"Organization/")
          .append(orgs[i][1])
          .append("\"}}");
    }
    return b.append("]}").toString();
  }

  /**
   * The UTF-8 text of the classpath resource {@code path} (such as {@link #LEARNER}), as it is.
   *
   * @throws IllegalStateException when there is no such resource
   * @throws UncheckedIOException when it cannot be read
   */
  public static String text(String path) {
    try (InputStream in = RecordTemplates.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("No classpath resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read classpath resource " + path, e);
    }
  }

  /**
   * The template {@code path} on one line: line breaks are removed with the white space around
   * them, as compact JSON is what the benchmarks send. White space inside a line stays.
   *
   * @throws IllegalStateException when there is no such resource
   */
  public static String oneLine(String path) {
    return text(path).replaceAll("\\s*\\n\\s*", "").trim();
  }

  /**
   * {@code template} with each {@code ${key}} replaced by {@code values.get(key)}, in one pass: a
   * value is put in as it is, even if it holds {@code ${...}} itself. Values whose key the template
   * does not use are ignored, so one map can serve several templates. A placeholder without a value
   * is an error rather than left in place: the result would not be the record meant, and the
   * mistake would only show later as a validation failure.
   *
   * @throws IllegalArgumentException when a placeholder has no value or no closing brace
   */
  public static String fill(String template, Map<String, String> values) {
    StringBuilder out = new StringBuilder(template.length() + 128);
    int from = 0;
    for (int at = template.indexOf("${"); at >= 0; at = template.indexOf("${", from)) {
      int end = template.indexOf('}', at + 2);
      if (end < 0) {
        throw new IllegalArgumentException("Placeholder without a closing brace at " + at);
      }
      String key = template.substring(at + 2, end);
      String value = values.get(key);
      if (value == null) {
        throw new IllegalArgumentException("No value for placeholder ${" + key + "}");
      }
      out.append(template, from, at).append(value);
      from = end + 1;
    }
    return out.append(template, from, template.length()).toString();
  }
}
