package fi.polku.hub.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/operations.md lists every hub error code with its status, and every start-up code. */
class OperationsDocTest {

  @Test
  void everyHubCodeIsDocumentedWithItsStatus() throws IOException {
    String text = operationsDoc();

    for (HubCode c : HubCodes.all()) {
      assertThat(text).as(c.code()).contains("| `" + c.code() + "` | " + c.status() + " |");
    }
  }

  @Test
  void everyStartupCodeIsDocumentedWithItsExitStatus() throws IOException {
    String text = operationsDoc();

    for (StartupCode c : StartupCodes.all()) {
      assertThat(text).as(c.code()).contains("| `" + c.code() + "` | " + c.exitStatus() + " |");
    }
  }

  private static String operationsDoc() throws IOException {
    return Files.readString(
        Path.of(System.getProperty("polku.root", "..")).resolve("docs/operations.md"));
  }
}
