package fi.polku.hub.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringBootExceptionReporter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Keeps a {@link StartupFailure} (one raised or one {@link StartupFailure#recognise recognised})
 * out of the log's errors: Spring would log its stack trace ("Application run failed") or its own
 * failure analysis, while the command that started the hub tells the operator the code and what to
 * do in one line. The trace stays in the log at debug. Registered in {@code
 * META-INF/spring.factories}, before Spring's failure analyzers; every other failure is left to
 * them.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public final class StartupFailureReporter implements SpringBootExceptionReporter {

  private static final Logger LOG = LoggerFactory.getLogger(StartupFailureReporter.class);

  private final StartupSettings settings;

  /**
   * A reporter for the start of {@code context}, whose environment names the data folder and the
   * database; {@code null} when the start failed before there was a context.
   */
  public StartupFailureReporter(ConfigurableApplicationContext context) {
    this.settings =
        context == null ? StartupSettings.UNKNOWN : StartupSettings.of(context.getEnvironment());
  }

  @Override
  public boolean reportException(Throwable failure) {
    return StartupFailure.recognise(failure, settings)
        .map(
            f -> {
              LOG.debug("The hub cannot start: {}", f.code().code(), failure);
              return true;
            })
        .orElse(false);
  }
}
