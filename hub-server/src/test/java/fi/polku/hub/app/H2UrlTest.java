package fi.polku.hub.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every H2 database the hub opens computes repeated queries anew (see H2FreshResultsIT). */
class H2UrlTest {

  @Test
  void theEmbeddedDatabaseTurnsResultReuseOff() {
    assertThat(DatabaseConfiguration.h2Url(java.nio.file.Path.of("/srv/polku")))
        .startsWith("jdbc:h2:file:/srv/polku/db/polku;")
        .contains(";OPTIMIZE_REUSE_RESULTS=FALSE");
  }

  @Test
  void anH2UrlFromTheSettingsGetsItToo() {
    assertThat(DatabaseConfiguration.withFreshH2Results("jdbc:h2:file:/srv/polku/db;MODE=Regular;"))
        .isEqualTo("jdbc:h2:file:/srv/polku/db;MODE=Regular;OPTIMIZE_REUSE_RESULTS=FALSE");
  }

  @Test
  void anExplicitChoiceInTheUrlIsKept() {
    assertThat(
            DatabaseConfiguration.withFreshH2Results("JDBC:H2:mem:x;optimize_reuse_results=TRUE"))
        .isEqualTo("JDBC:H2:mem:x;optimize_reuse_results=TRUE");
  }

  @Test
  void otherDatabasesAreLeftAsTheyAre() {
    assertThat(DatabaseConfiguration.withFreshH2Results("jdbc:postgresql://db/polku"))
        .isEqualTo("jdbc:postgresql://db/polku");
  }
}
