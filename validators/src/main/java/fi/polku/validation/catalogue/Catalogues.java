package fi.polku.validation.catalogue;

import fi.polku.validation.api.IssueCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Finds every {@link Catalogue} and checks that together they form one consistent code list.
 *
 * <p>Number ranges by owner: 0001–0099 input, 0100–0199 structure, 0200–0299 primitive formats,
 * 0300–0399 Finnish identifiers, 0400–0499 terminology, 0600–0699 invariants, 0700–0799 references
 * (all {@link StructuralCatalogue}); 0500–0599 business rules ({@code fi.polku.validation.rules},
 * which reserves 0590–0599 for its test rule files); 0800 and up for catalogues added later.
 */
public final class Catalogues {

  private Catalogues() {}

  /** Every catalogue on the class path, found with {@link ServiceLoader}, sorted by name. */
  public static List<Catalogue> all() {
    List<Catalogue> found = new ArrayList<>();
    ServiceLoader.load(Catalogue.class, Catalogues.class.getClassLoader()).forEach(found::add);
    found.sort(Comparator.comparing(Catalogue::name));
    return List.copyOf(found);
  }

  /** Every code of {@code catalogues}, sorted by code. */
  public static List<IssueCode> codes(List<Catalogue> catalogues) {
    List<IssueCode> codes = new ArrayList<>();
    catalogues.forEach(c -> codes.addAll(c.codes()));
    codes.sort(Comparator.comparing(IssueCode::code));
    return codes;
  }

  /**
   * What is wrong with {@code catalogues} as one code list: a code number used twice, a message
   * blank in some language, placeholders that differ between languages, or two codes with the same
   * English template (the same meaning under two numbers). Empty if all is well.
   */
  public static List<String> problems(List<Catalogue> catalogues) {
    List<String> problems = new ArrayList<>();
    Map<String, String> byCode = new HashMap<>();
    Map<String, String> byMeaning = new HashMap<>();
    for (Catalogue catalogue : catalogues) {
      for (IssueCode code : catalogue.codes()) {
        String owner = catalogue.name() + ":" + code.code();
        String previous = byCode.putIfAbsent(code.code(), owner);
        if (previous != null) {
          problems.add(code.code() + " is defined twice (" + previous + ", " + owner + ")");
        }
        checkTexts(code, problems);
        String meaning = code.message().en().trim().toLowerCase(Locale.ROOT);
        String same = byMeaning.putIfAbsent(meaning, code.code());
        if (same != null) {
          problems.add(code.code() + " has the same meaning as " + same + ": " + meaning);
        }
      }
    }
    return problems;
  }

  private static void checkTexts(IssueCode code, List<String> problems) {
    for (String lang : List.of("fi", "sv", "en")) {
      if (code.message().in(lang).isBlank()) {
        problems.add(code.code() + " has no " + lang + " message");
      }
    }
    List<String> en = placeholders(code.message().en());
    for (String lang : List.of("fi", "sv")) {
      List<String> other = placeholders(code.message().in(lang));
      if (!other.containsAll(en) || !en.containsAll(other)) {
        problems.add(
            code.code() + ": placeholders in " + lang + " " + other + " differ from " + en);
      }
    }
  }

  /** The {@code {name}} placeholders of {@code template}, in order of appearance. */
  static List<String> placeholders(String template) {
    List<String> names = new ArrayList<>();
    int i = template.indexOf('{');
    while (i >= 0) {
      int close = template.indexOf('}', i);
      if (close < 0) {
        break;
      }
      names.add(template.substring(i + 1, close));
      i = template.indexOf('{', close);
    }
    return names;
  }
}
