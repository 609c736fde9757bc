package fi.polku.samples.generate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds place names of one city from the generator's own word parts ({@code places.txt}): district
 * names such as "Koivurinne" (genitive "Koivurinteen") that name schools and day-care centres,
 * Swedish ones such as "Björkbacka", and street names. District names are unique within the city.
 */
final class PlaceNames {

  /** A Finnish place name with the genitive that school names are built on. */
  record Place(String nominative, String genitive) {}

  private static final String VOWELS = "aeiouyäö";

  private final List<String> fiStems;
  private final List<String> fiParts;
  private final List<String> fiPrefixes;
  private final List<String> svStems;
  private final List<String> svParts;
  private final List<String> svPrefixes;
  private final List<String> streetSuffixes;
  private final Set<String> used = new HashSet<>();
  private int fallback;

  PlaceNames(WordLists words) {
    fiStems = words.list("fi.stem");
    fiParts = words.list("fi.part");
    fiPrefixes = words.list("fi.prefix");
    svStems = words.list("sv.stem");
    svParts = words.list("sv.part");
    svPrefixes = words.list("sv.prefix");
    streetSuffixes = words.list("street.suffix");
  }

  /** A Finnish place name not used before in this city. */
  Place nextFinnish(Rand rand) {
    for (int attempt = 0; attempt < 60; attempt++) {
      String stem = rand.pick(fiStems);
      String[] part = rand.pick(fiParts).split("\\|");
      String prefix = attempt < 20 ? "" : rand.pick(fiPrefixes);
      Place place = new Place(prefix + compound(stem, part[0]), prefix + compound(stem, part[1]));
      if (used.add(place.nominative())) {
        return place;
      }
    }
    // Only very large runs exhaust the combinations; a number keeps names unique.
    String[] part = fiParts.get(0).split("\\|");
    String stem = fiStems.get(0);
    int n = ++fallback + 1;
    return new Place(compound(stem, part[0]) + " " + n, compound(stem, part[1]) + " " + n);
  }

  /** A Swedish place name not used before in this city. */
  String nextSwedish(Rand rand) {
    for (int attempt = 0; attempt < 60; attempt++) {
      String prefix = attempt < 20 ? "" : rand.pick(svPrefixes) + " ";
      String name = prefix + rand.pick(svStems) + rand.pick(svParts);
      if (used.add(name)) {
        return name;
      }
    }
    return svStems.get(0) + svParts.get(0) + " " + (++fallback + 1);
  }

  /** A street name such as "Koivukuja"; streets repeat across the city, as they do. */
  String street(Rand rand) {
    return compound(rand.pick(fiStems), rand.pick(streetSuffixes));
  }

  /** Joins compound parts, with the hyphen Finnish spelling needs between two equal vowels. */
  static String compound(String first, String second) {
    char last = Character.toLowerCase(first.charAt(first.length() - 1));
    char next = Character.toLowerCase(second.charAt(0));
    String joiner = last == next && VOWELS.indexOf(last) >= 0 ? "-" : "";
    return first + joiner + second;
  }
}
