package fi.polku.validation.rules;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import fi.polku.model.generated.PolkuModelTypes;
import fi.polku.validation.api.ResourceValidator.ValidationOptions;
import fi.polku.validation.api.ValidationIssue;
import fi.polku.validation.api.ValidationReport;
import fi.polku.validation.rdf.RecordProjector;
import fi.polku.validation.sample.RecordTemplates;
import fi.polku.validation.spi.InMemoryReferenceResolver;
import fi.polku.validation.spi.ReferenceResolver;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * The engine with the classpath rules, the sample records of {@code rules/records/}, and small
 * helpers to change one value of a record. Built once per test run: a FHIR context is slow to make.
 */
final class Fixtures {

  /** A day when every real rule is in effect. */
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);

  /** Every sample record except the organisations: the context a hub would have. */
  static final List<String> WORLD =
      List.of(
          "organization-vantaa",
          "organization-school",
          "organization-unit",
          "organization-other-school",
          "learner",
          "study-right-basic",
          "study-right-pre-primary",
          "study-attainment",
          "teaching-group",
          "group-membership",
          "early-childhood-decision",
          "early-childhood-placement",
          "support-decision",
          "absence");

  private static final Pattern STEP = Pattern.compile("([A-Za-z]+)(?:\\[(\\d+)])?");

  private static FhirContext fhir;
  private static RecordProjector projector;
  private static BusinessRuleEngine engine;

  private Fixtures() {}

  static synchronized FhirContext fhir() {
    if (fhir == null) {
      fhir = FhirContext.forR5();
      PolkuModelTypes.registerAll(fhir);
    }
    return fhir;
  }

  static synchronized RecordProjector projector() {
    if (projector == null) {
      projector = RecordProjector.fromClasspath();
    }
    return projector;
  }

  static synchronized BusinessRuleEngine engine() {
    if (engine == null) {
      engine = new BusinessRuleEngine(RuleSet.fromClasspath(), projector(), fhir());
    }
    return engine;
  }

  /** A sample record as JSON, {@code rules/records/<name>.json}. */
  static ObjectNode record(String name) {
    return projector().parse(RecordTemplates.text("rules/records/" + name + ".json"));
  }

  /** A record parsed with the model's classes, as a hub holds it. */
  static IBaseResource resource(ObjectNode json) {
    return fhir().newJsonParser().parseResource(json.toString());
  }

  /** A resolver holding the sample records {@code names}. */
  static InMemoryReferenceResolver resolverWith(List<String> names) {
    InMemoryReferenceResolver resolver = new InMemoryReferenceResolver(fhir());
    names.forEach(n -> resolver.add(resource(record(n))));
    return resolver;
  }

  /** A resolver holding every sample record. */
  static InMemoryReferenceResolver world() {
    return resolverWith(WORLD);
  }

  static ValidationOptions options(ReferenceResolver resolver) {
    return options(resolver, AS_OF);
  }

  static ValidationOptions options(ReferenceResolver resolver, LocalDate asOf) {
    return new ValidationOptions(asOf, resolver, true);
  }

  /** Validates {@code record} as of {@link #AS_OF} with every sample record as context. */
  static List<ValidationIssue> validate(ObjectNode record) {
    return validate(record, world());
  }

  static List<ValidationIssue> validate(ObjectNode record, ReferenceResolver resolver) {
    ValidationReport report = engine().validate(record, options(resolver));
    return report.issues();
  }

  /**
   * Sets the value at a simple path such as {@code period.end} or {@code statusHistory[1].start},
   * creating objects on the way.
   */
  static ObjectNode set(ObjectNode record, String path, Object value) {
    String[] steps = path.split("\\.");
    ObjectNode at = record;
    for (int i = 0; i < steps.length - 1; i++) {
      at = child(at, steps[i]);
    }
    JsonNode v =
        value instanceof JsonNode j
            ? j
            : projector().parse("{\"v\": " + json(value) + "}").get("v");
    Matcher last = step(steps[steps.length - 1]);
    if (last.group(2) == null) {
      at.set(last.group(1), v);
    } else {
      ((ArrayNode) at.get(last.group(1))).set(Integer.parseInt(last.group(2)), v);
    }
    return record;
  }

  /** Removes the element at a simple path. */
  static ObjectNode remove(ObjectNode record, String path) {
    String[] steps = path.split("\\.");
    ObjectNode at = record;
    for (int i = 0; i < steps.length - 1; i++) {
      at = child(at, steps[i]);
    }
    Matcher last = step(steps[steps.length - 1]);
    if (last.group(2) == null) {
      at.remove(last.group(1));
    } else {
      ((ArrayNode) at.get(last.group(1))).remove(Integer.parseInt(last.group(2)));
    }
    return record;
  }

  /** A status period of koodisto koskiopiskeluoikeudentila. */
  static ObjectNode status(String code, String start) {
    return projector()
        .parse(
            """
            { "status": { "coding": [ { "system":
                "https://virkailija.opintopolku.fi/koodisto-service/rest/codes/koskiopiskeluoikeudentila",
                "code": "%s" } ] },
              "start": "%s" }
            """
                .formatted(code, start));
  }

  private static ObjectNode child(ObjectNode at, String step) {
    Matcher m = step(step);
    JsonNode next = at.get(m.group(1));
    if (m.group(2) != null) {
      return (ObjectNode) next.get(Integer.parseInt(m.group(2)));
    }
    if (next == null) {
      return at.putObject(m.group(1));
    }
    return (ObjectNode) next;
  }

  private static Matcher step(String step) {
    Matcher m = STEP.matcher(step);
    if (!m.matches()) {
      throw new IllegalArgumentException("Bad path step " + step);
    }
    return m;
  }

  private static String json(Object value) {
    if (value instanceof String s) {
      return TextNode.valueOf(s).toString();
    }
    return String.valueOf(value);
  }
}
