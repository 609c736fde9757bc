package fi.polku.model.compiler.emit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A folder of expected output under {@code src/test/resources}. Compared exactly; rewritten from
 * the actual output only when the build runs with {@code -Dpolku.golden.update=true}, so a changed
 * golden file is always a deliberate, reviewable diff.
 */
public final class GoldenFolder {

  /** Whether this run rewrites golden files instead of comparing with them. */
  public static final boolean UPDATE = Boolean.getBoolean("polku.golden.update");

  private final Path dir;

  private GoldenFolder(Path dir) {
    this.dir = dir;
  }

  /** {@code src/test/resources/<root>/<scenario>} of this module (tests run in the module dir). */
  public static GoldenFolder of(String root, String scenario) {
    return new GoldenFolder(Path.of("src", "test", "resources", root, scenario));
  }

  public Path dir() {
    return dir;
  }

  /** Reads one file of the folder. */
  public String read(String name) {
    try {
      return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes one file when updating; used for expected outputs that are compared semantically. */
  public void updateIfRequested(String name, String content) {
    if (UPDATE) {
      write(Map.of(name, content), false);
    }
  }

  /**
   * Asserts that the folder holds exactly {@code actual} (file name to content), or makes it so
   * when updating.
   */
  public void assertMatches(Map<String, String> actual) {
    if (UPDATE) {
      write(actual, true);
      return;
    }
    SortedMap<String, String> expected = readAll();
    assertThat(actual.keySet())
        .as("files in golden folder %s", dir)
        .containsExactlyInAnyOrderElementsOf(expected.keySet());
    for (var e : expected.entrySet()) {
      assertThat(actual.get(e.getKey()))
          .as("%s/%s (regenerate with -Dpolku.golden.update=true)", dir, e.getKey())
          .isEqualTo(e.getValue());
    }
  }

  private SortedMap<String, String> readAll() {
    SortedMap<String, String> out = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        out.put(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read golden folder " + dir, e);
    }
    return out;
  }

  private void write(Map<String, String> files, boolean replaceAll) {
    try {
      Files.createDirectories(dir);
      if (replaceAll) {
        try (Stream<Path> old = Files.list(dir)) {
          for (Path f : old.filter(p -> !files.containsKey(p.getFileName().toString())).toList()) {
            Files.delete(f);
          }
        }
      }
      for (var e : files.entrySet()) {
        Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot update golden folder " + dir, e);
    }
  }
}
