package fi.polku.hub.app;

import fi.polku.hub.problem.Problems;
import fi.polku.hub.problem.StartupCode;
import fi.polku.validation.api.Text;
import java.util.Map;
import java.util.Optional;

/**
 * The hub cannot start for a reason an operator can fix without a stack trace: a {@link
 * StartupCode}, its parameters and the failure that showed it. The message is the code and the
 * English text, short enough for a console; the cause keeps the details for the debug log.
 */
public final class StartupFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient StartupCode code;
  private final transient Map<String, String> params;
  private final transient Map<String, Text> localized;

  /**
   * A failure with {@code code} and the placeholder values {@code params}, shown by {@code cause}.
   */
  public StartupFailure(StartupCode code, Map<String, String> params, Throwable cause) {
    this(code, params, Map.of(), cause);
  }

  /**
   * A failure with {@code code}, the placeholder values {@code params} (the same in every language)
   * and {@code localized} (a value per language, such as a setting's rule), shown by {@code cause}.
   */
  public StartupFailure(
      StartupCode code, Map<String, String> params, Map<String, Text> localized, Throwable cause) {
    super(Problems.logMessage(code.code(), code.message(), params, localized), cause);
    this.code = code;
    this.params = Map.copyOf(params);
    this.localized = Map.copyOf(localized);
  }

  /** The code. */
  public StartupCode code() {
    return code;
  }

  /** The message in fi/sv/en with the parameters filled in. */
  public Text text() {
    return code.message().format(params, localized);
  }

  /**
   * The start-up failure in {@code thrown} or its causes, as {@link PolkuApplication#start} throws
   * it; empty for every other failure (one after the start included).
   */
  public static Optional<StartupFailure> in(Throwable thrown) {
    return StartupCauses.chain(thrown).stream()
        .filter(StartupFailure.class::isInstance)
        .map(StartupFailure.class::cast)
        .findFirst();
  }

  /**
   * {@code thrown} as the start-up failure it shows, for settings read without starting a hub
   * ({@code polku load --hub} binds the load settings of its environment); else {@code thrown}.
   */
  public static Exception explained(Exception thrown) {
    return StartupCauses.recognise(thrown, StartupSettings.UNKNOWN)
        .<Exception>map(f -> f)
        .orElse(thrown);
  }

  /**
   * The start-up failure in {@code thrown}: one raised by the hub's own checks, or one recognised
   * in the failure of a library (another program took the port, the database cannot be reached, a
   * setting cannot be bound), naming the data folder and database of {@code settings}. Empty for
   * every other failure.
   */
  static Optional<StartupFailure> recognise(Throwable thrown, StartupSettings settings) {
    return StartupCauses.recognise(thrown, settings);
  }
}
