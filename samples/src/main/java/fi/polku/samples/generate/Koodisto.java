package fi.polku.samples.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The national code lists (koodisto snapshots of the information model) the generator draws codes
 * and names from. The snapshots are put on the classpath by the build from {@code
 * information-models/model/src/main/koodisto/koodit/}, so generated codes always exist in the
 * model.
 */
public final class Koodisto {

  private static final String BASE = "/fi/polku/samples/koodisto/";

  /** Code list name → code value → language (FI, SV, EN) → name. */
  private final Map<String, Map<String, Map<String, String>>> lists = new HashMap<>();

  /** Reads code lists lazily from the classpath. */
  public Koodisto() {}

  /** True if {@code code} is a value of the code list (case-sensitive, as in koodisto). */
  public boolean contains(String codeList, String code) {
    return list(codeList).containsKey(code);
  }

  /** The name of a code in a language ({@code fi}, {@code sv} or {@code en}), if it has one. */
  public Optional<String> name(String codeList, String code, String language) {
    Map<String, String> names = list(codeList).get(code);
    if (names == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(names.get(language.toUpperCase(Locale.ROOT)));
  }

  /** The name of a code that must exist, in a language that must be present. */
  public String requireName(String codeList, String code, String language) {
    return name(codeList, code, language)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "code list " + codeList + " has no " + language + " name for " + code));
  }

  private synchronized Map<String, Map<String, String>> list(String codeList) {
    return lists.computeIfAbsent(codeList, Koodisto::read);
  }

  private static Map<String, Map<String, String>> read(String codeList) {
    try (InputStream in = Koodisto.class.getResourceAsStream(BASE + codeList + ".json")) {
      if (in == null) {
        throw new IllegalStateException("code list not on the classpath: " + codeList);
      }
      Map<String, Map<String, String>> codes = new HashMap<>();
      for (JsonNode code : new ObjectMapper().readTree(in)) {
        Map<String, String> names = new HashMap<>();
        for (JsonNode metadata : code.path("metadata")) {
          JsonNode name = metadata.path("nimi");
          if (name.isTextual() && !name.asText().isBlank()) {
            names.put(metadata.path("kieli").asText(), name.asText());
          }
        }
        codes.put(code.path("koodiArvo").asText(), names);
      }
      return codes;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read code list " + codeList, e);
    }
  }
}
