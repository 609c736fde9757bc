package fi.polku.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeTraceTest {

  @Test
  void theLoggedTraceHasClassesAndFramesButNoMessages() {
    Exception e =
        new IllegalStateException(
            "wrapper", new RuntimeException("Unique index violation: 010115A9875 Virtanen"));

    String trace = SafeTrace.of(e);

    assertThat(trace)
        .contains("java.lang.IllegalStateException")
        .contains("Caused by: java.lang.RuntimeException")
        .contains("at fi.polku.hub.api.SafeTraceTest")
        .doesNotContain("010115A9875")
        .doesNotContain("Virtanen");
  }
}
