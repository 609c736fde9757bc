package fi.polku.validation.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.validation.PolkuValidators;
import fi.polku.validation.TestSupport;
import fi.polku.validation.oracle.OracleComparison.Outcome;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The oracle test: Polku's structural engine and the HL7 FHIR validator judge every case of the
 * oracle corpus, and must agree on accept or reject except where {@code
 * docs/validation/oracle-differences.md} explains why Polku is right. Loading the HL7 validator and
 * judging some 650 resources with it takes a minute or two, hence an integration test.
 */
class OracleAgreementIT {

  private static OracleCorpus corpus;
  private static OracleComparison.Result result;

  @BeforeAll
  static void judgeTheCorpus() {
    corpus = OracleCorpus.load(TestSupport.root().resolve(OracleCorpus.SOURCE_FOLDER));
    KnownDifferences known =
        KnownDifferences.read(TestSupport.root().resolve(KnownDifferences.DOCUMENT));
    OracleComparison comparison =
        new OracleComparison(
            PolkuValidators.structural(), new Hl7Validator(PolkuValidators.fhirContext()), known);
    result = comparison.run(corpus.cases(), Runtime.getRuntime().availableProcessors());
    System.out.println(result.summary());
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
  void bothValidatorsRejectEveryHandWrittenInvalidInstance() {
    assertThat(outcomes(o -> o.oracleCase().kind() == OracleCase.Kind.HANDMADE))
        .isNotEmpty()
        .allSatisfy(o -> assertThat(o.polku() || o.hl7()).as(o.describe()).isFalse());
  }

  @Test
  void corpusHasAtLeast300CasesWithValidAndInvalidWellRepresented() {
    long accepted = outcomes(Outcome::polku).size();
    long rejected = outcomes(o -> !o.polku()).size();

    assertThat(corpus.cases()).hasSizeGreaterThanOrEqualTo(300);
    assertThat(accepted).isGreaterThanOrEqualTo(150);
    assertThat(rejected).isGreaterThanOrEqualTo(300);
  }

  @Test
  void everyModelTypeHasValidAndInvalidCases() {
    Map<String, Map<Boolean, Long>> byType =
        result.outcomes().stream()
            .collect(
                Collectors.groupingBy(
                    o -> o.oracleCase().type(),
                    Collectors.partitioningBy(Outcome::polku, Collectors.counting())));

    assertThat(byType).hasSize(12);
    assertThat(byType.values())
        .allSatisfy(
            counts -> {
              assertThat(counts.get(true)).isGreaterThanOrEqualTo(2);
              assertThat(counts.get(false)).isGreaterThanOrEqualTo(5);
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
