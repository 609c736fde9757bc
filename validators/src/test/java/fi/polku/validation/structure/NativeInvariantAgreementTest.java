package fi.polku.validation.structure;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.LenientErrorHandler;
import fi.polku.validation.PolkuValidators;
import fi.polku.validation.TestSupport;
import fi.polku.validation.api.ValidationIssue;
import fi.polku.validation.oracle.MutationGenerator;
import fi.polku.validation.oracle.OracleCase;
import fi.polku.validation.oracle.OracleCorpus;
import fi.polku.validation.parse.InputLimits;
import fi.polku.validation.parse.ParseResult;
import fi.polku.validation.parse.SafeJsonReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.hl7.fhir.r5.model.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Invariants evaluated on the JSON tree ({@link JsonFhirPath}, {@link JsonInvariantRunner}) give
 * exactly the verdicts of HAPI's FHIRPath engine on HAPI objects: over the model's examples, the
 * oracle corpus with its generated faults, and variants of every valid instance built to break the
 * invariants, the whole report (codes, severities, messages, locations, order) is the same with
 * native evaluation as with HAPI's engine only.
 */
class NativeInvariantAgreementTest {

  private static final int MAX_ISSUES = 1000;

  private static StructuralEngine nativeEngine;
  private static StructuralEngine hapiEngine;
  private static FhirContext fhir;
  private static final SafeJsonReader READER = new SafeJsonReader(InputLimits.DEFAULT);

  @BeforeAll
  static void engines() {
    if (nativeEngine != null) {
      return;
    }
    CompiledModel model =
        StructuralEngine.load(NativeInvariantAgreementTest.class.getClassLoader()).model();
    nativeEngine = new StructuralEngine(model, true);
    hapiEngine = new StructuralEngine(model, false);
    fhir = PolkuValidators.fhirContext();
  }

  @Test
  void theModelsOwnInvariantsAreAllEvaluatedNatively() {
    Map<String, String> evaluations = nativeEngine.model().invariantEvaluations();
    Set<String> hapi = new TreeSet<>();
    evaluations.forEach(
        (key, how) -> {
          if (how.contains("hapi")) {
            hapi.add(key);
          }
        });
    // Only FHIR core rules of datatypes the model uses at most in extensions, of narrative XHTML
    // and of contained resources still need HAPI objects (they use %resource, UCUM, htmlChecks(),
    // conformsTo() and the like), and only for a resource where one is reached.
    assertThat(hapi).isEqualTo(EXPECTED_HAPI);
    assertThat(evaluations).containsKeys("abs-1", "str-3", "tgr-2", "porg-1", "lrn-2", "sta-3");
  }

  private static final Set<String> EXPECTED_HAPI =
      new TreeSet<>(
          List.of(
              "age-1",
              "cnt-3",
              "dis-1",
              "dom-3",
              "drt-1",
              "exp-2",
              "ratrng-2",
              "rid-1",
              "rin-1",
              "rng-2",
              "tim-9",
              "trd-3",
              "txt-1",
              "txt-2"));

  @Test
  void validExamplesNeedNoHapiObjects() {
    List<String> needingHapi = new ArrayList<>();
    for (Map.Entry<String, String> example : examples().entrySet()) {
      if (!example.getKey().contains("/valid")) {
        continue;
      }
      AtomicInteger reads = new AtomicInteger();
      validate(nativeEngine, example.getValue(), reads);
      if (reads.get() > 0) {
        needingHapi.add(example.getKey());
      }
    }
    assertThat(needingHapi).isEmpty();
  }

  /**
   * A sample of the cases (every {@value #SAMPLE}th generated variant; {@code
   * NativeInvariantAgreementIT} runs them all).
   */
  @Test
  void nativeAndHapiEvaluationGiveTheSameReports() {
    Comparison comparison = new Comparison();
    forEachCase(comparison::compare, SAMPLE);
    comparison.assertAgreement();
  }

  static final int SAMPLE = 20;

  /**
   * Invariants no valid-looking case can break: their pattern is weaker than the format check of
   * the same identifier system (learner numbers), whose error ends validation before invariants.
   */
  static final Set<String> SHADOWED_BY_FORMAT_CHECKS = Set.of("prs-3");

  /** Validates cases both ways and keeps what differs and what was exercised. */
  static final class Comparison {
    final List<String> differences = new ArrayList<>();
    final Map<String, Integer> violated = new TreeMap<>();
    int cases;
    int evaluated;
    int fellBack;

    void assertAgreement() {
      assertThat(differences).as("%d cases", cases).isEmpty();
      // The comparison is only as good as the cases: they must reach the invariants, mostly
      // natively.
      assertThat(evaluated).isGreaterThan(cases / 2);
      assertThat(fellBack)
          .as("cases evaluated with HAPI objects of %d", evaluated)
          .isLessThan(evaluated / 10);
    }

    /** Every model invariant (but those shadowed by format checks) broken by some case. */
    void assertEveryModelInvariantViolated() {
      for (String key : nativeEngine.model().invariantEvaluations().keySet()) {
        if (MODEL_INVARIANT.matcher(key).matches() && !SHADOWED_BY_FORMAT_CHECKS.contains(key)) {
          assertThat(violated).as("cases violating " + key).containsKey(key);
        }
      }
    }

    void compare(String id, String json) {
      cases++;
      AtomicInteger nativeReads = new AtomicInteger();
      AtomicInteger hapiReads = new AtomicInteger();
      List<ValidationIssue> expected = validate(hapiEngine, json, hapiReads);
      List<ValidationIssue> actual = validate(nativeEngine, json, nativeReads);
      if (!actual.equals(expected) && differences.size() < 20) {
        differences.add(id + "\n  HAPI:   " + expected + "\n  native: " + actual + "\n" + json);
      }
      if (hapiReads.get() > 0) {
        evaluated++;
        fellBack += nativeReads.get();
        for (ValidationIssue i : expected) {
          if (i.ruleId() != null) {
            violated.merge(i.ruleId(), 1, Integer::sum);
          }
        }
      }
    }
  }

  private static final java.util.regex.Pattern MODEL_INVARIANT =
      java.util.regex.Pattern.compile(
          "(abs|ecd|ecp|grm|gua|lrn|porg|prs|sta|str|sup|tgr|mod)-[0-9]+");

  private static List<ValidationIssue> validate(
      StructuralEngine engine, String json, AtomicInteger reads) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    ParseResult parsed = READER.read(bytes);
    if (!parsed.isOk()) {
      return List.of(parsed.issue());
    }
    Supplier<Resource> hapi =
        () -> {
          reads.incrementAndGet();
          IParser parser = fhir.newJsonParser();
          parser.setParserErrorHandler(new LenientErrorHandler(false));
          return (Resource) parser.parseResource(json);
        };
    return engine.validate(parsed.value(), hapi, TestSupport.AS_OF, MAX_ISSUES);
  }

  /** Examples, oracle cases with generated faults, and invariant-breaking variants. */
  static void forEachCase(java.util.function.BiConsumer<String, String> test, int stride) {
    examples().forEach(test);
    List<OracleCase> oracle =
        OracleCorpus.load(TestSupport.root().resolve(OracleCorpus.SOURCE_FOLDER)).cases();
    for (OracleCase c : oracle) {
      test.accept(c.id(), c.text());
    }
    List<OracleCase> bases = oracle.stream().filter(c -> c.kind() == OracleCase.Kind.BASE).toList();
    for (OracleCase c : new MutationGenerator().generate(bases)) {
      test.accept(c.id(), c.text());
    }
    Map<String, List<String>> valid = new TreeMap<>();
    examples()
        .forEach(
            (name, json) -> {
              if (name.contains("/valid")) {
                valid
                    .computeIfAbsent(name.substring(0, name.indexOf('/')), t -> new ArrayList<>())
                    .add(json);
              }
            });
    for (OracleCase c : bases) {
      valid.computeIfAbsent(c.type(), t -> new ArrayList<>()).add(c.text());
    }
    valid.forEach(
        (type, instances) -> {
          for (int i = 0; i < instances.size(); i++) {
            List<String> peers = new ArrayList<>(instances);
            peers.remove(i);
            String id = type + "#" + i;
            AtomicInteger n = new AtomicInteger();
            InvariantMutations.forEach(
                instances.get(i),
                peers,
                json -> {
                  if (n.getAndIncrement() % stride == 0) {
                    test.accept(id + "~" + n.get(), json);
                  }
                });
          }
        });
  }

  private static Map<String, String> examples() {
    Path folder =
        TestSupport.root().resolve("information-models/model/src/test/resources/examples");
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".json")).toList()) {
        if (p.getFileName().toString().endsWith(".expected.json")) {
          continue;
        }
        out.put(folder.relativize(p).toString(), Files.readString(p));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
