package fi.polku.hub.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/operations.md names every polku.* setting an operator can give. */
class SettingsDocTest {

  @Test
  void everySettingIsDocumented() throws IOException {
    String text =
        Files.readString(
            Path.of(System.getProperty("polku.root", "..")).resolve("docs/operations.md"));

    assertThat(UnknownPropertyWarning.known())
        .contains(
            "polku.load.max-archive-size", "polku.load.max-archive-entries", "polku.load.writers")
        .allSatisfy(key -> assertThat(text).as(key).contains("`" + key + "`"));
  }
}
