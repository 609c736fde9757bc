package fi.polku.hub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.hub.app.StartupFailure;
import fi.polku.hub.problem.StartupCodes;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How a command tells a failure: a start-up failure in one line with its code and status, anything
 * else as its stack trace ending with a line that names the root cause.
 */
class StartupFailuresTest {

  private final StringWriter err = new StringWriter();

  @Test
  void aStartupFailureIsOneLineAndItsCodesExitStatus() {
    RuntimeException thrown =
        new IllegalStateException(
            "wrapped",
            new StartupFailure(
                StartupCodes.DATABASE_UNREACHABLE, Map.of("url", "jdbc:postgresql://db/x"), null));

    int status = StartupFailures.tell("polku serve", thrown, new PrintWriter(err), Map.of());

    assertThat(status).isEqualTo(StartupCodes.DATABASE_UNREACHABLE.exitStatus());
    assertThat(err.toString().lines())
        .singleElement()
        .asString()
        .startsWith("polku serve: POLKU-HUB-1004: Cannot connect to the database jdbc:postgresql");
  }

  @Test
  void theCommandsAdviceForTheCodeFollowsItsLine() {
    RuntimeException thrown =
        new StartupFailure(StartupCodes.DATA_FOLDER_IN_USE, Map.of("folder", "/srv/polku"), null);

    StartupFailures.tell(
        "polku load",
        thrown,
        new PrintWriter(err),
        Map.of(StartupCodes.DATA_FOLDER_IN_USE, "load over HTTP instead"));

    assertThat(err.toString().lines())
        .containsExactly(
            "polku load: " + thrown.getMessage(), "polku load: load over HTTP instead");
  }

  @Test
  void anUnrecognisedFailureKeepsItsStackTraceAndEndsWithALineNamingTheRootCause() {
    RuntimeException thrown =
        new IllegalStateException("Error creating bean", new IOException("disk on fire\nmore"));

    int status = StartupFailures.tell("polku serve", thrown, new PrintWriter(err), Map.of());

    assertThat(status).isEqualTo(1);
    assertThat(err.toString())
        .startsWith("java.lang.IllegalStateException: Error creating bean")
        .contains("\tat ")
        .contains("Caused by: java.io.IOException: disk on fire");
    assertThat(err.toString().lines().reduce((a, b) -> b))
        .hasValue(
            "polku serve: failed: java.io.IOException: disk on fire (the root cause of the trace"
                + " above)");
  }

  @Test
  void aRootCauseWithoutAMessageIsNamedWithTheInnermostCauseThatHasOne() {
    RuntimeException thrown =
        new IllegalStateException(
            "Cannot connect", new IllegalArgumentException("attempt failed", new IOException()));

    assertThat(StartupFailures.rootCause(thrown))
        .isEqualTo("java.io.IOException, in java.lang.IllegalArgumentException: attempt failed");
  }

  @Test
  void aPasswordInAnUnrecognisedFailureIsHiddenInTheTraceAndTheLastLine() {
    RuntimeException thrown =
        new IllegalStateException(
            "Pool failed", new IllegalArgumentException("bad jdbc:x://db/p?password=s3cret"));

    StartupFailures.tell("polku serve", thrown, new PrintWriter(err), Map.of());

    assertThat(err.toString()).doesNotContain("s3cret").contains("password=***");
  }
}
