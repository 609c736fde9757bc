package fi.polku.validation;

import fi.polku.validation.api.ResourceValidator;
import fi.polku.validation.api.ResourceValidator.ValidationOptions;
import fi.polku.validation.api.ValidationIssue;
import fi.polku.validation.api.ValidationReport;
import fi.polku.validation.spi.ReferenceResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** The validator under test (compiled once per test JVM) and small helpers. */
public final class TestSupport {

  /** The day tests validate as of, fixed so that code validity does not depend on the clock. */
  public static final LocalDate AS_OF = LocalDate.of(2025, 1, 15);

  public static final ValidationOptions OPTIONS =
      new ValidationOptions(AS_OF, ReferenceResolver.none(), false);

  private TestSupport() {}

  /** The shared structural validator. */
  public static ResourceValidator validator() {
    return PolkuValidators.structural();
  }

  /** Validates {@code json} as of {@link #AS_OF}. */
  public static ValidationReport validate(String json) {
    return validator().validate(json.getBytes(StandardCharsets.UTF_8), OPTIONS);
  }

  /** The codes of the report's issues, in order. */
  public static List<String> codes(ValidationReport report) {
    return report.issues().stream().map(i -> i.code().code()).toList();
  }

  /** The issue with {@code code}; fails if there is none. */
  public static ValidationIssue issue(ValidationReport report, String code) {
    return report.issues().stream()
        .filter(i -> i.code().code().equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No " + code + " in " + report));
  }

  /** A test resource as text. */
  public static String resource(String name) {
    try (InputStream in = TestSupport.class.getResourceAsStream("/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("No test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The checkout root: {@code polku.root} (set by surefire) or found from the working dir. */
  public static Path root() {
    String property = System.getProperty("polku.root");
    Path start = Path.of(property != null ? property : "").toAbsolutePath();
    for (Path p = start; p != null; p = p.getParent()) {
      if (Files.exists(p.resolve("mvnw")) && Files.isDirectory(p.resolve("validators"))) {
        return p;
      }
    }
    return start;
  }
}
