package fi.polku.hub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.boot.test.system.CapturedOutput;

/** What a start-up failure told in its one coded line must not leave in the captured output. */
final class StartupOutput {

  private StartupOutput() {}

  /** No stack trace, no ERROR log line, no Spring failure banner, no exception's name. */
  static void assertNoStackTraceOrErrorLogged(CapturedOutput output) {
    assertThat(output.getAll())
        .doesNotContain("\tat ")
        .doesNotContain(" ERROR ")
        .doesNotContain("APPLICATION FAILED TO START")
        .doesNotContain("Exception");
  }
}
