package fi.polku.model.compiler.codelist;

import fi.polku.model.compiler.ir.CodeList;
import fi.polku.model.compiler.ir.CodeList.Concept;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Locates the real koodisto snapshot and the test fixtures; reads the snapshot once. */
final class TestData {

  private static List<CodeList> koodisto;

  private TestData() {}

  /** The checkout root: {@code polku.root} (set by surefire) or found from the working dir. */
  static Path root() {
    String property = System.getProperty("polku.root");
    if (property != null && !property.isBlank() && !property.contains("${")) {
      return Path.of(property);
    }
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("information-models"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("No directory with information-models above the working dir");
    }
    return dir;
  }

  /** The koodisto snapshot directory of the model module. */
  static Path koodistoDir() {
    return root().resolve("information-models/model/src/main/koodisto");
  }

  /** All code lists of the real snapshot, read once per test run. */
  static synchronized List<CodeList> koodisto() {
    if (koodisto == null) {
      koodisto = new KoodistoReader().read(koodistoDir());
    }
    return koodisto;
  }

  /** One list of the real snapshot by id. */
  static CodeList list(String id) {
    return koodisto().stream()
        .filter(l -> l.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no code list " + id));
  }

  /** The concepts of a list by code. */
  static Map<String, Concept> concepts(CodeList list) {
    return list.concepts().stream().collect(Collectors.toMap(Concept::code, Function.identity()));
  }

  /** A test resource under {@code src/test/resources/codelist/}. */
  static Path fixture(String name) {
    URL url = TestData.class.getResource("/codelist/" + name);
    if (url == null) {
      throw new IllegalStateException("Missing test fixture codelist/" + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("Bad fixture URL " + url, e);
    }
  }
}
