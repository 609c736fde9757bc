package fi.polku.hub.problem;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.validation.api.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Asserts that a hub error reads in the client's language to its end: the Finnish and Swedish texts
 * repeat no run of words of the English detail, apart from the values inserted into it (a
 * parameter's name, a value the client sent), which every language carries.
 */
public final class LocalizedDetails {

  /** Words in a run that would show an English detail inside a Finnish or Swedish text. */
  private static final int RUN = 4;

  /** Fewer English words than this cannot tell a translation from a copy. */
  private static final int MIN_WORDS = 3;

  private LocalizedDetails() {}

  /**
   * Asserts that {@code e}'s detail is translated: the fi and sv texts share no run of four words
   * (of three, for a three-word detail) with the English detail once the {@code inserted} values
   * are taken out, and each of them carries every inserted value. Fails when the English detail has
   * too few words of its own to tell.
   */
  public static void assertTranslated(HubException e, String... inserted) {
    String detail = e.param("detail");
    assertThat(detail).as("the detail of %s", e.code().code()).isNotNull();
    List<String> english = words(detail, inserted);
    assertThat(english)
        .as("words of the English detail '%s' besides the inserted values", detail)
        .hasSizeGreaterThanOrEqualTo(MIN_WORDS);
    int run = Math.min(RUN, english.size());
    Text text = e.text();
    for (String lang : List.of("fi", "sv")) {
      String t = text.in(lang);
      Set<List<String>> runs = runs(words(t, inserted), run);
      for (List<String> r : runs(english, run)) {
        assertThat(runs)
            .as("%s text '%s' repeats the English words %s", lang, t, r)
            .doesNotContain(r);
      }
      for (String v : inserted) {
        assertThat(t).as("%s text carries the inserted value", lang).contains(v);
      }
    }
  }

  /** The lower-case words of {@code text} with the {@code inserted} values taken out. */
  static List<String> words(String text, String... inserted) {
    String rest = text;
    for (String v : inserted) {
      rest = rest.replace(v, " ");
    }
    return Arrays.stream(rest.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(w -> !w.isEmpty())
        .toList();
  }

  private static Set<List<String>> runs(List<String> words, int length) {
    Set<List<String>> out = new HashSet<>();
    for (int i = 0; i + length <= words.size(); i++) {
      out.add(new ArrayList<>(words.subList(i, i + length)));
    }
    return out;
  }
}
