package fi.polku.validation.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.validation.PolkuValidators;
import fi.polku.validation.TestSupport;
import fi.polku.validation.oracle.OracleComparison.Outcome;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The oracle test: Polku's structural engine and the HL7 FHIR validator judge every case of the
 * oracle corpus, and must agree on accept or reject except where {@code
 * docs/validation/oracle-differences.md} explains why Polku is right. Loading the HL7 validator and
 * judging some 700 resources with it takes two to five minutes, hence an integration test.
 */
class OracleAgreementIT {

  private static OracleComparison.Result result;

  @BeforeAll
  static void judgeTheCorpus() {
    OracleCorpus corpus = OracleCorpus.load(TestSupport.root().resolve(OracleCorpus.SOURCE_FOLDER));
    KnownDifferences known =
        KnownDifferences.read(TestSupport.root().resolve(KnownDifferences.DOCUMENT));
    OracleComparison comparison =
        new OracleComparison(PolkuValidators.structural(), SharedHl7.validator(), known);
    result = comparison.run(corpus.cases(), Runtime.getRuntime().availableProcessors());
    System.out.println(result.summary());
    // One example of each documented difference, with both validators' messages, for review.
    result.explained().stream()
        .collect(
            Collectors.toMap(o -> o.explanation().pattern(), o -> o, (a, b) -> a, TreeMap::new))
        .forEach((pattern, o) -> System.out.println(pattern + " e.g. " + o.describe()));
  }

  @Test
  void everyDisagreementIsExplainedInTheDocument() {
    assertThat(result.unexplained())
        .as("disagreements not explained in %s", KnownDifferences.DOCUMENT)
        .extracting(Outcome::describe)
        .isEmpty();
  }

  @Test
  void everyExplanationInTheDocumentStillExplainsACase() {
    assertThat(result.stale())
        .as("rows of %s that explain no case any more", KnownDifferences.DOCUMENT)
        .extracting(KnownDifferences.Entry::pattern)
        .isEmpty();
  }

  @Test
  void bothValidatorsAcceptEveryBaseInstance() {
    assertThat(outcomes(o -> o.oracleCase().kind() == OracleCase.Kind.BASE))
        .allSatisfy(o -> assertThat(o.polku() && o.hl7()).as(o.describe()).isTrue());
  }

  @Test
  void bothValidatorsRejectEveryHandWrittenInvalidInstanceUnlessDocumented() {
    assertThat(outcomes(o -> o.oracleCase().kind() == OracleCase.Kind.HANDMADE))
        .isNotEmpty()
        .allSatisfy(
            o -> {
              assertThat(o.polku()).as(o.describe()).isFalse();
              assertThat(o.hl7() && o.explanation() == null).as(o.describe()).isFalse();
            });
  }

  @Test
  void generatedFaultsMostlyMakeBothValidatorsReject() {
    List<Outcome> generated = outcomes(o -> o.oracleCase().kind() == OracleCase.Kind.GENERATED);
    long bothReject = generated.stream().filter(o -> !o.polku() && !o.hl7()).count();

    assertThat(generated).hasSizeGreaterThanOrEqualTo(300);
    assertThat(bothReject).isGreaterThan(generated.size() / 2);
  }

  private static List<Outcome> outcomes(Predicate<Outcome> filter) {
    return result.outcomes().stream().filter(filter).toList();
  }
}
