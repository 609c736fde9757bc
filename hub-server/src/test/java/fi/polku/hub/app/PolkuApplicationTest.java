package fi.polku.hub.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PolkuApplicationTest {

  @Test
  void springMainOverridesBecomeArgumentsBecauseSpringReadsThemBeforeTheOverrides() {
    Map<String, Object> overrides = new LinkedHashMap<>();
    overrides.put("spring.main.web-application-type", "none");
    overrides.put("polku.search.rebuild-on-start", false);

    String[] args = PolkuApplication.withSpringMain(overrides, "--polku.limits.max-count=500");

    assertThat(args)
        .containsExactly("--spring.main.web-application-type=none", "--polku.limits.max-count=500");
  }
}
