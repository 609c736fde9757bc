package fi.polku.samples.generate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Mother tongues of learners and their families. Finnish and Swedish come from each city's shares;
 * the foreign languages share the rest in rough proportion to their speakers among children in
 * Finnish cities.
 */
public final class Languages {

  /** The nationality code of Finland in {@code maatjavaltiot2}. */
  public static final String FINLAND = "246";

  /** Share of foreign-language children who are Finnish citizens (most were born in Finland). */
  static final double FINNISH_CITIZEN_SHARE = 0.55;

  private final Map<String, Language> byCode = new LinkedHashMap<>();
  private final Weighted<Language> foreign;

  /** The languages, checked against the national code lists. */
  public Languages(Koodisto koodisto) {
    add("FI", NameCulture.FINNISH, FINLAND + ":1");
    add("SV", NameCulture.SWEDISH, FINLAND + ":1");
    Weighted.Builder<Language> others = Weighted.builder();
    others.add(add("RU", NameCulture.SLAVIC, "643:70 233:15 804:15"), 16);
    others.add(add("AR", NameCulture.MIDDLE_EAST_AFRICA, "368:50 760:50"), 12);
    others.add(add("ET", NameCulture.ESTONIAN, "233:1"), 10);
    others.add(add("SO", NameCulture.MIDDLE_EAST_AFRICA, "706:1"), 10);
    others.add(add("UK", NameCulture.SLAVIC, "804:1"), 9);
    others.add(add("EN", NameCulture.WESTERN, "826:50 840:50"), 7);
    others.add(add("FA", NameCulture.MIDDLE_EAST_AFRICA, "004:50 364:50"), 5);
    others.add(add("KU", NameCulture.MIDDLE_EAST_AFRICA, "368:70 364:15 792:15"), 4);
    others.add(add("VI", NameCulture.EAST_ASIAN, "704:1"), 4);
    others.add(add("ZH", NameCulture.EAST_ASIAN, "156:1"), 3);
    others.add(add("SQ", NameCulture.WESTERN, "907:70 008:30"), 3);
    others.add(add("TH", NameCulture.EAST_ASIAN, "764:1"), 2);
    others.add(add("TR", NameCulture.MIDDLE_EAST_AFRICA, "792:1"), 2);
    others.add(add("ES", NameCulture.WESTERN, "724:1"), 2);
    others.add(add("NE", NameCulture.SOUTH_ASIAN, "524:1"), 2);
    others.add(add("HI", NameCulture.SOUTH_ASIAN, "356:1"), 2);
    others.add(add("TL", NameCulture.SOUTH_ASIAN, "608:1"), 2);
    others.add(add("PL", NameCulture.SLAVIC, "616:1"), 2);
    others.add(add("PT", NameCulture.WESTERN, "076:60 620:40"), 1);
    this.foreign = others.build();
    for (Language language : byCode.values()) {
      if (!koodisto.contains("kieli", language.code())) {
        throw new IllegalStateException("language " + language.code() + " is not in kieli");
      }
      for (String country : language.nationalities().values()) {
        if (!koodisto.contains("maatjavaltiot2", country)) {
          throw new IllegalStateException("nationality " + country + " is not in maatjavaltiot2");
        }
      }
    }
  }

  private Language add(String code, NameCulture culture, String nationalities) {
    Weighted.Builder<String> countries = Weighted.builder();
    for (String entry : nationalities.split(" ")) {
      String[] parts = entry.split(":");
      countries.add(parts[0], Double.parseDouble(parts[1]));
    }
    Language language = new Language(code, culture, countries.build());
    byCode.put(code, language);
    return language;
  }

  /** Finnish. */
  public Language finnish() {
    return byCode.get("FI");
  }

  /** Swedish. */
  public Language swedish() {
    return byCode.get("SV");
  }

  /** A foreign language, drawn by its share among foreign-language children. */
  public Language foreign(Rand rand) {
    return foreign.pick(rand);
  }

  /** Every language the generator uses. */
  public List<Language> all() {
    return List.copyOf(byCode.values());
  }

  /** A nationality for a family speaking the language. */
  public String nationality(Language language, Rand rand) {
    if (language.nationalities().values().equals(List.of(FINLAND))
        || rand.chance(FINNISH_CITIZEN_SHARE)) {
      return FINLAND;
    }
    return language.nationalities().pick(rand);
  }
}
