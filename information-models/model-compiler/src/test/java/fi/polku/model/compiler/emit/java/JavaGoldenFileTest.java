package fi.polku.model.compiler.emit.java;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.model.compiler.ir.Model;
import fi.polku.model.compiler.testing.TestModels;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Compares the generated source of a small scenario with the committed expected files under {@code
 * src/test/resources/javagen/<scenario>/}, so that every change to the generated code shows up in
 * review.
 *
 * <p>After an intended change, regenerate the expected files with {@code ./mvnw -pl
 * information-models/model-compiler test -Dtest=JavaGoldenFileTest -Dpolku.golden.update=true} and
 * commit them. The test never rewrites them on its own.
 */
class JavaGoldenFileTest {

  private static final String UPDATE_PROPERTY = "polku.golden.update";

  /** Source root of the expected files; tests run with the module directory as working dir. */
  private static final Path GOLDEN_ROOT = Path.of("src", "test", "resources", "javagen");

  @Test
  void smallScenarioMatchesTheExpectedSource() throws IOException {
    check("small", TestModels.small());
  }

  private static void check(String scenario, Model model) throws IOException {
    Map<String, String> sources = new JavaModelGenerator().sources(model);
    Path dir = GOLDEN_ROOT.resolve(scenario);
    boolean update = Boolean.getBoolean(UPDATE_PROPERTY);
    for (Map.Entry<String, String> e : sources.entrySet()) {
      String simpleName = e.getKey().substring(e.getKey().lastIndexOf('.') + 1);
      Path expectedFile = dir.resolve(simpleName + ".java.txt");
      if (update) {
        Files.createDirectories(dir);
        Files.writeString(expectedFile, e.getValue(), StandardCharsets.UTF_8);
        continue;
      }
      assertThat(expectedFile)
          .as("expected file missing; run with -D" + UPDATE_PROPERTY + "=true to create it")
          .isRegularFile();
      assertThat(e.getValue())
          .as(
              "generated %s differs from %s; if intended, rerun with -D%s=true and commit",
              e.getKey(), expectedFile, UPDATE_PROPERTY)
          .isEqualTo(Files.readString(expectedFile, StandardCharsets.UTF_8));
    }
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .as("stale expected files in %s", dir)
          .containsExactlyInAnyOrderElementsOf(
              sources.keySet().stream()
                  .map(k -> k.substring(k.lastIndexOf('.') + 1) + ".java.txt")
                  .toList());
    }
  }
}
