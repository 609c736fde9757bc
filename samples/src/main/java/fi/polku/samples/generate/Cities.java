package fi.polku.samples.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The five seed cities. Names come from the national {@code kunta} code list; sizes, language
 * shares and postal codes are rounded public facts about each city, good enough for realistic
 * proportions.
 */
public final class Cities {

  /** The seed cities' municipality codes in their canonical order. */
  public static final List<String> CODES = List.of("092", "049", "564", "837", "853");

  private final List<City> all;

  private Cities(List<City> all) {
    this.all = all;
  }

  /** The five cities, with names read from the code list. */
  public static Cities load(Koodisto koodisto) {
    List<City> cities = new ArrayList<>();
    cities.add(
        city(
            koodisto,
            "092",
            "Vantaan",
            "vantaa",
            250,
            0.028,
            0.27,
            "01300 01350 01360 01370 01380 01390 01400 01420 01450 01480 01490 01510 01520 01600"
                + " 01610 01620 01630 01640 01650 01660 01680 01690 01700 01710 01720 01730 01740"
                + " 01750 01760 01770",
            "091:00700 245:04200 858:04300 543:01900",
            42));
    cities.add(
        city(
            koodisto,
            "049",
            "Espoon",
            "espoo",
            317,
            0.075,
            0.24,
            "02100 02110 02120 02130 02140 02150 02160 02170 02180 02200 02210 02230 02240 02250"
                + " 02260 02270 02280 02290 02300 02320 02330 02340 02360 02380 02600 02610 02620"
                + " 02630 02650 02660 02680 02710 02720 02730 02740 02750 02760 02770 02780"
                + " 02810 02820 02860 02920 02940 02970 02980",
            "091:00320 235:02700 257:02400 092:01600",
            42));
    cities.add(
        city(
            koodisto,
            "564",
            "Oulun",
            "oulu",
            216,
            0.004,
            0.07,
            "90100 90120 90130 90140 90150 90220 90230 90240 90250 90400 90410 90420 90460"
                + " 90470 90500 90510 90520 90530 90540 90550 90560 90570 90580 90590 90600 90620"
                + " 90630 90650 90660 90670 90800 90810 90820 90830 90840 90850 90860 90900 90910"
                + " 90940",
            "244:90440 425:91900 139:91100 859:91800",
            43));
    cities.add(
        city(
            koodisto,
            "837",
            "Tampereen",
            "tampere",
            260,
            0.006,
            0.12,
            "33100 33180 33200 33210 33230 33240 33250 33270 33300 33310 33330 33340 33400 33410"
                + " 33420 33430 33500 33520 33530 33540 33560 33580 33610 33680 33700 33710 33720"
                + " 33730 33800 33820 33840 33850 33870 33900",
            "211:36200 604:33950 980:33470 536:37100",
            43));
    cities.add(
        city(
            koodisto,
            "853",
            "Turun",
            "turku",
            204,
            0.055,
            0.18,
            "20100 20200 20210 20240 20250 20300 20320 20340 20360 20380 20400 20460 20500 20520"
                + " 20540 20610 20700 20720 20730 20740 20750 20810 20880 20900"
                + " 20960",
            "202:20780 680:21200 529:21100 423:21420 481:21250",
            43));
    return new Cities(Collections.unmodifiableList(cities));
  }

  private static City city(
      Koodisto koodisto,
      String code,
      String genitive,
      String slug,
      double population,
      double swedishShare,
      double foreignLanguageShare,
      String postalCodes,
      String neighbours,
      int autumnBreakWeek) {
    List<City.Neighbour> near = new ArrayList<>();
    for (String entry : neighbours.split(" ")) {
      String[] parts = entry.split(":");
      String name = koodisto.requireName("kunta", parts[0], "fi");
      near.add(new City.Neighbour(parts[0], name, parts[1]));
    }
    return new City(
        code,
        koodisto.requireName("kunta", code, "fi"),
        koodisto.requireName("kunta", code, "sv"),
        genitive,
        slug,
        population,
        swedishShare,
        foreignLanguageShare,
        List.of(postalCodes.split(" ")),
        List.copyOf(near),
        autumnBreakWeek);
  }

  /** All five, in canonical order. */
  public List<City> all() {
    return all;
  }

  /** The city with a municipality code, if it is a seed city. */
  public Optional<City> byCode(String code) {
    return all.stream().filter(c -> c.code().equals(code)).findFirst();
  }
}
