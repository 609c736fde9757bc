package fi.polku.validation.oracle;

import fi.polku.validation.api.ResourceValidator;
import fi.polku.validation.api.ResourceValidator.ValidationOptions;
import fi.polku.validation.api.ValidationReport;
import fi.polku.validation.spi.ReferenceResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;

/**
 * Judges every case of the corpus with Polku's structural validator and with the HL7 validator and
 * sets the verdicts against the explained differences. Accept means no error or fatal issue (for
 * both: warnings and information never reject).
 */
public final class OracleComparison {

  private final ResourceValidator polku;
  private final Hl7Validator hl7;
  private final KnownDifferences known;
  private final ValidationOptions options =
      new ValidationOptions(OracleCorpus.AS_OF, ReferenceResolver.none(), false);

  /** A comparison of {@code polku} with {@code hl7}, explained by {@code known}. */
  public OracleComparison(ResourceValidator polku, Hl7Validator hl7, KnownDifferences known) {
    this.polku = polku;
    this.hl7 = hl7;
    this.known = known;
  }

  /** Polku's verdict on one case, as of {@link OracleCorpus#AS_OF}. */
  public boolean polkuAccepts(OracleCase c) {
    return polku.validate(c.json(), options).isValid();
  }

  /** The HL7 validator's verdict on one case. */
  public boolean hl7Accepts(OracleCase c) {
    return hl7.validate(c.text(), c.profile()).accepts();
  }

  /** Judges {@code cases} on {@code threads} threads. */
  public Result run(List<OracleCase> cases, int threads) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<Future<Outcome>> futures = new ArrayList<>();
      for (OracleCase c : cases) {
        futures.add(pool.submit(() -> judge(c)));
      }
      List<Outcome> outcomes = new ArrayList<>();
      for (Future<Outcome> f : futures) {
        outcomes.add(f.get());
      }
      return new Result(outcomes, known);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("A validator failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Sets verdicts the HL7 validator has already given ({@code hl7Verdicts.get(i)} on {@code
   * cases.get(i)}) against Polku's, which are obtained here (a benchmark times the HL7 validator's
   * pass over the corpus and needs its verdicts too).
   */
  public Result compare(List<OracleCase> cases, List<Hl7Validator.Hl7Verdict> hl7Verdicts) {
    if (cases.size() != hl7Verdicts.size()) {
      throw new IllegalArgumentException(
          cases.size() + " cases but " + hl7Verdicts.size() + " HL7 verdicts");
    }
    List<Outcome> outcomes = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      outcomes.add(judge(cases.get(i), hl7Verdicts.get(i)));
    }
    return new Result(outcomes, known);
  }

  private Outcome judge(OracleCase c) {
    return judge(c, hl7.validate(c.text(), c.profile()));
  }

  private Outcome judge(OracleCase c, Hl7Validator.Hl7Verdict verdict) {
    ValidationReport report = polku.validate(c.json(), options);
    List<String> polkuErrors =
        report.errors().stream()
            .map(i -> i.code().code() + " " + i.location() + ": " + i.message().en())
            .toList();
    boolean p = report.isValid();
    boolean h = verdict.accepts();
    return new Outcome(c, p, h, polkuErrors, verdict.errors(), known.explanation(c.id(), p, h));
  }

  /**
   * The verdicts on one case.
   *
   * @param explanation the documented difference explaining a disagreement, or null
   */
  public record Outcome(
      OracleCase oracleCase,
      boolean polku,
      boolean hl7,
      List<String> polkuErrors,
      List<String> hl7Errors,
      KnownDifferences.Entry explanation) {

    /** True if both accept or both reject. */
    public boolean agree() {
      return polku == hl7;
    }

    /** The verdict pair, e.g. {@code polku=reject hl7=accept}. */
    public String pair() {
      return "polku=" + word(polku) + " hl7=" + word(hl7);
    }

    /** A multi-line account for failure reports. */
    public String describe() {
      StringBuilder sb = new StringBuilder(oracleCase.id()).append(": ").append(pair());
      if (oracleCase.description() != null) {
        sb.append(" (").append(oracleCase.description()).append(')');
      }
      polkuErrors.stream().limit(5).forEach(e -> sb.append("\n    polku: ").append(e));
      hl7Errors.stream().limit(5).forEach(e -> sb.append("\n    hl7:   ").append(e));
      return sb.toString();
    }

    private static String word(boolean accepts) {
      return accepts ? "accept" : "reject";
    }
  }

  /** All outcomes and what they mean for the documented differences. */
  public static final class Result {

    private final List<Outcome> outcomes;
    private final KnownDifferences known;

    Result(List<Outcome> outcomes, KnownDifferences known) {
      this.outcomes = List.copyOf(outcomes);
      this.known = known;
    }

    public List<Outcome> outcomes() {
      return outcomes;
    }

    /** Disagreements the document does not explain. */
    public List<Outcome> unexplained() {
      return outcomes.stream().filter(o -> !o.agree() && o.explanation() == null).toList();
    }

    /** Disagreements the document explains. */
    public List<Outcome> explained() {
      return outcomes.stream().filter(o -> !o.agree() && o.explanation() != null).toList();
    }

    /** Documented differences that no case shows any more. */
    public List<KnownDifferences.Entry> stale() {
      return known.entries().stream()
          .filter(e -> outcomes.stream().noneMatch(o -> o.explanation() == e))
          .toList();
    }

    /** How many cases got each verdict pair. */
    public Map<String, Integer> pairs() {
      Map<String, Integer> counts = new TreeMap<>();
      outcomes.forEach(o -> counts.merge(o.pair(), 1, Integer::sum));
      return counts;
    }

    /**
     * The summary: counts per verdict pair, explained and unexplained disagreements, and per type
     * the cases by kind and by verdicts (both accept, both reject, only Polku rejects, only HL7
     * rejects).
     */
    public String summary() {
      StringBuilder sb = new StringBuilder();
      sb.append("oracle: ").append(outcomes.size()).append(" cases\n");
      pairs().forEach((k, v) -> sb.append(String.format("  %-28s %5d%n", k, v)));
      sb.append(String.format("  %-28s %5d%n", "explained differences", explained().size()));
      sb.append(String.format("  %-28s %5d%n", "unexplained differences", unexplained().size()));
      sb.append(String.format("  %-28s %5d%n", "stale explanations", stale().size()));
      sb.append(
          String.format(
              "  %-24s %5s %5s %5s %7s %7s %7s %7s%n",
              "type", "base", "hand", "gen", "both-ok", "both-no", "polku-", "hl7-"));
      Map<String, List<Outcome>> byType = new TreeMap<>();
      outcomes.forEach(
          o -> byType.computeIfAbsent(o.oracleCase().type(), k -> new ArrayList<>()).add(o));
      byType.forEach(
          (type, list) ->
              sb.append(
                  String.format(
                      "  %-24s %5d %5d %5d %7d %7d %7d %7d%n",
                      type,
                      count(list, o -> o.oracleCase().kind() == OracleCase.Kind.BASE),
                      count(list, o -> o.oracleCase().kind() == OracleCase.Kind.HANDMADE),
                      count(list, o -> o.oracleCase().kind() == OracleCase.Kind.GENERATED),
                      count(list, o -> o.polku() && o.hl7()),
                      count(list, o -> !o.polku() && !o.hl7()),
                      count(list, o -> !o.polku() && o.hl7()),
                      count(list, o -> o.polku() && !o.hl7()))));
      return sb.toString();
    }

    private static long count(List<Outcome> list, Predicate<Outcome> filter) {
      return list.stream().filter(filter).count();
    }
  }
}
