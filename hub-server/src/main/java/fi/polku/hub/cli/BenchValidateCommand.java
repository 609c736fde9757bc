package fi.polku.hub.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import fi.polku.validation.bench.ValidationBenchmark;
import fi.polku.validation.oracle.OracleCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code polku bench validate}: Polku's structural validator against the HL7 FHIR validator on the
 * oracle corpus. Exits with 1 if the two disagree on a case the documented differences do not
 * explain.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Validate the oracle corpus with Polku's structural engine and with the HL7 FHIR validator,"
          + " on the same number of threads, each warmed up first; compare throughput and verdicts"
          + " (disagreements not explained in docs/validation/oracle-differences.md make the exit"
          + " status 1).",
      "The last line is: validate: own=<N>/s hl7=<N>/s ratio=<R>"
    })
final class BenchValidateCommand implements Callable<Integer> {

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Validating threads per engine (default: the number of processors, ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--corpus",
      paramLabel = "DIR",
      description =
          "The oracle corpus folder (default: "
              + OracleCorpus.SOURCE_FOLDER
              + " of the repository at or above the working directory).")
  Path corpus;

  @Option(
      names = "--seconds",
      paramLabel = "S",
      description =
          "How long Polku's engine is measured, in seconds (default: ${DEFAULT-VALUE}). The HL7"
              + " validator is measured over one pass of the corpus, which also gives its verdicts.")
  int seconds = (int) ValidationBenchmark.Settings.DEFAULT_MEASURED.toSeconds();

  @Option(
      names = "--warmup",
      paramLabel = "S",
      description =
          "How long each engine runs before it is measured, in seconds (default: ${DEFAULT-VALUE}).")
  int warmup = (int) ValidationBenchmark.Settings.DEFAULT_WARMUP.toSeconds();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (threads < 1 || seconds < 1 || warmup < 0) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--threads and --seconds must be at least 1, --warmup at least 0");
    }
    Path folder = corpus != null ? corpus : OracleCorpus.find(Path.of(""));
    if (folder == null || !Files.isDirectory(folder.resolve("base"))) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          corpus != null
              ? "No oracle corpus (base/) in " + corpus
              : "No oracle corpus found: run from the repository or give --corpus DIR");
    }
    quietValidatorLogging();
    ValidationBenchmark.Settings settings =
        new ValidationBenchmark.Settings(
            folder,
            ValidationBenchmark.Settings.differencesFor(folder),
            threads,
            Duration.ofSeconds(warmup),
            Duration.ofSeconds(seconds));
    ValidationBenchmark.Result result =
        new ValidationBenchmark(spec.commandLine().getOut()).run(settings);
    return result.unexplained() == 0 ? 0 : 1;
  }

  /**
   * The HL7 validator logs its loading and terminology look-ups (warnings about the corpus's
   * deliberate faults among them) and Polku's engine its compilation; the benchmark reports what
   * matters itself, so only their errors are shown. The jar logs through Logback (Spring Boot's
   * default); with another logging backend the levels are left as configured.
   */
  private static void quietValidatorLogging() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
      for (String logger : new String[] {"ca.uhn.fhir", "org.hl7.fhir", "fi.polku.validation"}) {
        logback.getLogger(logger).setLevel(Level.ERROR);
      }
    }
  }
}
