package fi.polku.samples.generate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Draws names from the generator's own lists ({@code names.txt}), by culture, sex and age. */
public final class Names {

  private final Map<NameCulture, Lists> lists = new EnumMap<>(NameCulture.class);

  /** Loads the name lists. */
  public Names() {
    WordLists words = WordLists.load("names.txt");
    for (NameCulture culture : NameCulture.values()) {
      lists.put(culture, new Lists(words, culture.section()));
    }
  }

  /** A surname of the culture. */
  public String family(NameCulture culture, Rand rand) {
    return lists.get(culture).family.pick(rand);
  }

  /**
   * First names and calling name for a person of the culture. Children and adults draw from
   * different lists where the culture has them, since fashions in names change.
   */
  public PersonName person(NameCulture culture, Sex sex, boolean child, String family, Rand rand) {
    Lists names = lists.get(culture);
    boolean male = sex == Sex.MALE;
    Weighted<String> first =
        child
            ? (male ? names.childMale : names.childFemale)
            : (male ? names.adultMale : names.adultFemale);
    Weighted<String> middle = male ? names.middleMale : names.middleFemale;
    int count = givenNameCount(culture, rand);
    List<String> given = new ArrayList<>(count);
    given.add(first.pick(rand));
    for (int attempt = 0; given.size() < count && attempt < 6; attempt++) {
      String next = given.size() == 1 && rand.chance(0.6) ? middle.pick(rand) : first.pick(rand);
      if (!given.contains(next)) {
        given.add(next);
      }
    }
    // Most go by their first given name; some by the second, which registers record explicitly.
    String calling = given.size() > 1 && rand.chance(0.1) ? given.get(1) : given.get(0);
    return new PersonName(family, List.copyOf(given), calling);
  }

  private static int givenNameCount(NameCulture culture, Rand rand) {
    double draw = rand.nextDouble();
    if (culture.severalGivenNames()) {
      return draw < 0.08 ? 1 : draw < 0.85 ? 2 : 3;
    }
    return draw < 0.6 ? 1 : 2;
  }

  /** The lists of one culture. */
  private static final class Lists {
    final Weighted<String> childFemale;
    final Weighted<String> childMale;
    final Weighted<String> adultFemale;
    final Weighted<String> adultMale;
    final Weighted<String> middleFemale;
    final Weighted<String> middleMale;
    final Weighted<String> family;

    Lists(WordLists words, String prefix) {
      childFemale = list(words, prefix, "child.female", "female");
      childMale = list(words, prefix, "child.male", "male");
      adultFemale = list(words, prefix, "adult.female", "female");
      adultMale = list(words, prefix, "adult.male", "male");
      middleFemale = list(words, prefix, "middle.female", "female");
      middleMale = list(words, prefix, "middle.male", "male");
      family = Weighted.byRank(words.list(prefix + ".family"), 8);
    }

    private static Weighted<String> list(
        WordLists words, String prefix, String kind, String fallback) {
      String section =
          words.has(prefix + "." + kind) ? prefix + "." + kind : prefix + "." + fallback;
      return Weighted.byRank(words.list(section), 4);
    }
  }
}
