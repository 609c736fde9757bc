package fi.polku.hub.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class UnknownPropertyWarningTest {

  @Test
  void theSettingsAreKnownInEverySpelling() {
    MockEnvironment env =
        new MockEnvironment()
            .withProperty("polku.limits.max-count", "10")
            .withProperty("polku.limits.maxHistory", "10")
            .withProperty("POLKU_DATABASE_URL", "jdbc:h2:mem:x")
            .withProperty("polku.identifiers.unique[0]", "urn:x")
            .withProperty("polku.data", "d");

    assertThat(UnknownPropertyWarning.unknown(env)).isEmpty();
  }

  @Test
  void aMisspeltSettingIsReported() {
    MockEnvironment env =
        new MockEnvironment()
            .withProperty("polku.limits.max-cuont", "10")
            .withProperty("polku.databse.url", "x")
            .withProperty("server.port", "1");

    assertThat(UnknownPropertyWarning.unknown(env))
        .containsExactly("polku.databse.url", "polku.limits.max-cuont");
  }

  @Test
  void theEmbeddedDatabaseLivesUnderTheDataFolderAndWritesEveryCommitAtOnce() {
    String url = DatabaseConfiguration.h2Url(java.nio.file.Path.of("/srv/polku"));

    assertThat(url).startsWith("jdbc:h2:file:/srv/polku/db/polku;").contains("WRITE_DELAY=0");
  }
}
