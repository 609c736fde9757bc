package fi.polku.hub.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringBootExceptionReporter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Keeps a {@link StartupFailure} out of the log's errors: Spring would log its stack trace
 * ("Application run failed") or its own failure analysis, while the command that started the hub
 * tells the operator the code and what to do in one line. The trace stays in the log at debug.
 * Registered in {@code META-INF/spring.factories}, before Spring's failure analyzers.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public final class StartupFailureReporter implements SpringBootExceptionReporter {

  private static final Logger LOG = LoggerFactory.getLogger(StartupFailureReporter.class);

  @Override
  public boolean reportException(Throwable failure) {
    return StartupFailure.in(failure)
        .map(
            f -> {
              LOG.debug("The hub cannot start: {}", f.code().code(), failure);
              return true;
            })
        .orElse(false);
  }
}
