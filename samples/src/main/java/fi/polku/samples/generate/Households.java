package fi.polku.samples.generate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Creates children and the families they belong to, one district at a time. A child joins a
 * recently created family of the district (as a sibling, sometimes a twin) or starts a new one.
 * Only a bounded window of recent families is kept, so memory does not grow with the run.
 */
final class Households {

  /** Share of children who join an existing family when one fits. */
  static final double SIBLING_SHARE = 0.35;

  /** Share of children who are born on the same day as a sibling of the same age group. */
  static final double TWIN_SHARE = 0.03;

  private static final int WINDOW = 200;
  private static final List<String> EMAIL_DOMAINS =
      List.of("example.com", "example.net", "example.org");
  private static final Weighted<String> PHONE_PREFIXES =
      Weighted.<String>builder()
          .add("040", 30)
          .add("050", 30)
          .add("044", 15)
          .add("045", 12)
          .add("041", 8)
          .add("046", 5)
          .build();

  /** A child and the family it belongs to. */
  record Child(Person person, Household household) {}

  private final City city;
  private final Area area;
  private final Names names;
  private final Languages languages;
  private final RunIds run;
  private final CityIds ids;
  private final ArrayDeque<Household> recent = new ArrayDeque<>();

  Households(City city, Area area, Names names, Languages languages, RunIds run, CityIds ids) {
    this.city = city;
    this.area = area;
    this.names = names;
    this.languages = languages;
    this.run = run;
    this.ids = ids;
  }

  /** A new child born in the year, with an identity code and a family. */
  Child child(int birthYear, Rand rand) {
    Sex sex = rand.chance(0.512) ? Sex.MALE : Sex.FEMALE;
    LocalDate birth =
        LocalDate.ofYearDay(
            birthYear, 1 + rand.nextInt(LocalDate.of(birthYear, 1, 1).lengthOfYear()));
    Household household = null;
    if (rand.chance(TWIN_SHARE)) {
      household = twinFamily(birthYear);
      if (household != null) {
        birth = twinBirth(household, birthYear);
      }
    }
    if (household == null && rand.chance(SIBLING_SHARE) && !recent.isEmpty()) {
      for (int attempt = 0; attempt < 3 && household == null; attempt++) {
        Household candidate = pickRecent(rand);
        if (candidate.fits(birth, false)) {
          household = candidate;
        }
      }
    }
    if (household == null) {
      household = newHousehold(birth, rand);
      remember(household);
    }
    Language language = household.language();
    NameCulture culture = language.culture();
    PersonName name = names.person(culture, sex, true, household.familyName(), rand);
    for (int attempt = 0; attempt < 5 && household.hasChildNamed(name.given().get(0)); attempt++) {
      // Siblings do not share a first name.
      name = names.person(culture, sex, true, household.familyName(), rand);
    }
    household.addChild(birth, name.given().get(0));
    String code = run.identityCodes().next(birth, sex, rand);
    return new Child(
        new Person(code, name, birth, sex, language.code(), household.nationality()), household);
  }

  private Household twinFamily(int birthYear) {
    Iterator<Household> newestFirst = recent.descendingIterator();
    for (int seen = 0; newestFirst.hasNext() && seen < 20; seen++) {
      Household candidate = newestFirst.next();
      if (candidate.twinBirth(birthYear) != null) {
        return candidate;
      }
    }
    return null;
  }

  private static LocalDate twinBirth(Household household, int birthYear) {
    return household.twinBirth(birthYear);
  }

  private Household pickRecent(Rand rand) {
    int index = rand.nextInt(recent.size());
    Iterator<Household> it = recent.iterator();
    for (int i = 0; i < index; i++) {
      it.next();
    }
    return it.next();
  }

  private void remember(Household household) {
    recent.addLast(household);
    if (recent.size() > WINDOW) {
      recent.removeFirst();
    }
  }

  private Household newHousehold(LocalDate firstBirth, Rand rand) {
    Language language = language(rand);
    NameCulture culture = language.culture();
    NameCulture familyCulture =
        culture == NameCulture.SWEDISH && rand.chance(0.25) ? NameCulture.FINNISH : culture;
    String childFamily = names.family(familyCulture, rand);
    String nationality = languages.nationality(language, rand);
    // A few families live in a neighbouring municipality and send their children here.
    City.Neighbour neighbour = rand.chance(0.98) ? null : rand.pick(city.neighbours());
    String municipality = neighbour == null ? city.code() : neighbour.code();
    boolean protection = rand.chance(0.004);
    Address home = address(rand);
    if (neighbour != null) {
      home = new Address(home.street(), neighbour.postalCode(), neighbour.postOffice());
    }
    LocalDate motherBirth = firstBirth.minusDays(Math.round(rand.normal(30.5, 5, 19, 44) * 365.25));
    LocalDate fatherBirth = motherBirth.minusDays(Math.round(rand.normal(2, 3, -4, 12) * 365.25));
    String motherFamily = rand.chance(0.65) ? childFamily : names.family(familyCulture, rand);
    Family family =
        new Family(
            language,
            nationality,
            childFamily,
            motherFamily,
            motherBirth,
            fatherBirth,
            protection,
            protection ? null : home,
            firstBirth.plusMonths(6));
    List<GuardianRole> roles = guardians(family, rand);
    LocalDate eldest = motherBirth.isBefore(fatherBirth) ? motherBirth : fatherBirth;
    return new Household(
        roles, childFamily, home, protection, municipality, language, nationality, eldest);
  }

  /** What the adults of a new family share. */
  private record Family(
      Language language,
      String nationality,
      String childFamily,
      String motherFamily,
      LocalDate motherBirth,
      LocalDate fatherBirth,
      boolean protection,
      Address home,
      LocalDate since) {}

  /**
   * The adults responsible for a new family's children: 72 % two parents with custody, 20 % one
   * parent, 5 % separated parents with joint custody, 2 % one custodian and a parent with
   * information rights only, 0.5 % an appointed guardian, 0.5 % foster care.
   */
  private List<GuardianRole> guardians(Family f, Rand rand) {
    List<GuardianRole> roles = new ArrayList<>();
    double draw = rand.nextDouble();
    if (draw < 0.72) {
      roles.add(mother(f, f.motherFamily(), f.home(), true, rand));
      roles.add(father(f, f.home(), true, rand));
    } else if (draw < 0.92) {
      roles.add(
          rand.chance(0.15)
              ? father(f, f.home(), true, rand)
              : mother(
                  f, rand.chance(0.8) ? f.childFamily() : f.motherFamily(), f.home(), true, rand));
    } else if (draw < 0.99) {
      // Separated parents: the father lives elsewhere; joint custody, or information rights only.
      roles.add(mother(f, f.motherFamily(), f.home(), true, rand));
      roles.add(father(f, f.protection() ? null : address(rand), draw < 0.97, rand));
    } else if (draw < 0.995) {
      Guardian appointed = finnishAdult(Sex.FEMALE, f.motherBirth().minusYears(20), f, rand);
      roles.add(new GuardianRole(appointed, GuardianKind.APPOINTED_GUARDIAN, true, true));
    } else {
      // Placed in foster care: the parent keeps custody and lives elsewhere; the foster carer and
      // the social worker of child welfare have the right to information.
      roles.add(mother(f, f.motherFamily(), f.protection() ? null : address(rand), true, rand));
      Guardian carer = finnishAdult(Sex.FEMALE, f.motherBirth().minusYears(12), f, rand);
      roles.add(new GuardianRole(carer, GuardianKind.FOSTER_CARER, false, true));
      roles.add(
          new GuardianRole(socialWorker(f.since(), rand), GuardianKind.SOCIAL_WORKER, false, true));
    }
    return roles;
  }

  private GuardianRole mother(
      Family f, String family, Address address, boolean custody, Rand rand) {
    Guardian mother =
        adult(
            Sex.FEMALE,
            f.motherBirth(),
            family,
            f.language(),
            f.nationality(),
            address,
            f.since(),
            rand);
    return new GuardianRole(mother, GuardianKind.MOTHER, custody, true);
  }

  private GuardianRole father(Family f, Address address, boolean custody, Rand rand) {
    Guardian father =
        adult(
            Sex.MALE,
            f.fatherBirth(),
            f.childFamily(),
            f.language(),
            f.nationality(),
            address,
            f.since(),
            rand);
    return new GuardianRole(father, GuardianKind.FATHER, custody, true);
  }

  private Guardian finnishAdult(Sex sex, LocalDate birth, Family f, Rand rand) {
    String family = names.family(NameCulture.FINNISH, rand);
    return adult(
        sex, birth, family, languages.finnish(), Languages.FINLAND, f.home(), f.since(), rand);
  }

  private Language language(Rand rand) {
    if (area.swedish()) {
      double draw = rand.nextDouble();
      return draw < 0.80
          ? languages.swedish()
          : draw < 0.95 ? languages.finnish() : languages.foreign(rand);
    }
    if (rand.chance(city.foreignLanguageShare())) {
      return languages.foreign(rand);
    }
    double swedishInFinnishSchools = city.swedishShare() > 0.02 ? 0.008 : 0.001;
    return rand.chance(swedishInFinnishSchools) ? languages.swedish() : languages.finnish();
  }

  private Guardian adult(
      Sex sex,
      LocalDate birth,
      String family,
      Language language,
      String nationality,
      Address address,
      LocalDate since,
      Rand rand) {
    PersonName name = names.person(language.culture(), sex, false, family, rand);
    boolean finnishOrSwedish =
        language.culture() == NameCulture.FINNISH || language.culture() == NameCulture.SWEDISH;
    // Parents living abroad or recently arrived may have no Finnish identity code.
    boolean hasCode = rand.chance(finnishOrSwedish ? 0.99 : 0.88);
    String code = hasCode ? run.identityCodes().next(birth, sex, rand) : null;
    Person person = new Person(code, name, birth, sex, language.code(), nationality);
    return guardian(person, address, since, rand);
  }

  private Guardian socialWorker(LocalDate since, Rand rand) {
    Sex sex = rand.chance(0.85) ? Sex.FEMALE : Sex.MALE;
    String family = names.family(NameCulture.FINNISH, rand);
    PersonName name = names.person(NameCulture.FINNISH, sex, false, family, rand);
    LocalDate birth =
        LocalDate.of(rand.between(1965, 1995), rand.between(1, 12), rand.between(1, 28));
    Person person = new Person(null, name, birth, sex, "FI", Languages.FINLAND);
    return guardian(person, null, since, rand);
  }

  private Guardian guardian(Person person, Address address, LocalDate since, Rand rand) {
    String phone = rand.chance(0.95) ? PHONE_PREFIXES.pick(rand) + " " + digits(7, rand) : null;
    String email = rand.chance(0.85) ? email(person.name(), rand) : null;
    LocalDate from = since.isAfter(SchoolCalendar.EXPORT_DATE) ? SchoolCalendar.EXPORT_DATE : since;
    LocalDateTime modified =
        Timestamps.between(from, SchoolCalendar.EXPORT_DATE.minusDays(1), rand);
    return new Guardian(
        ids.registerGuardian(), ids.ececGuardian(), person, phone, email, address, modified);
  }

  private Address address(Rand rand) {
    String street = rand.pick(area.streets()) + " " + rand.between(1, 80);
    if (rand.chance(0.55)) {
      street += " " + (char) ('A' + rand.nextInt(6)) + " " + rand.between(1, 60);
    }
    return new Address(street, area.postalCode(), city.postOffice());
  }

  private static String email(PersonName name, Rand rand) {
    String local = ascii(name.given().get(0)) + "." + ascii(name.family());
    if (rand.chance(0.3)) {
      local += rand.between(1, 99);
    }
    return local + "@" + rand.pick(EMAIL_DOMAINS);
  }

  /** Lower-case ASCII for e-mail addresses: "Äänismaa" becomes "aanismaa". */
  static String ascii(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
      switch (c) {
        case 'ä', 'å', 'á', 'à', 'â' -> out.append('a');
        case 'ö', 'ó', 'õ', 'ô' -> out.append('o');
        case 'é', 'è', 'ê' -> out.append('e');
        case 'ü', 'ú' -> out.append('u');
        case 'í' -> out.append('i');
        case 'ç' -> out.append('c');
        default -> {
          if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  private static String digits(int count, Rand rand) {
    StringBuilder out = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      out.append((char) ('0' + rand.nextInt(10)));
    }
    return out.toString();
  }
}
