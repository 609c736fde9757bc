package fi.polku.samples.register;

import static fi.polku.samples.register.RegisterCodes.code;
import static fi.polku.samples.register.RegisterCodes.date;
import static fi.polku.samples.register.RegisterCodes.flag;

import fi.polku.samples.generate.Absence;
import fi.polku.samples.generate.Address;
import fi.polku.samples.generate.CityPlan;
import fi.polku.samples.generate.EcecChild;
import fi.polku.samples.generate.FaultDice;
import fi.polku.samples.generate.FaultKind;
import fi.polku.samples.generate.FaultLog;
import fi.polku.samples.generate.GuardianRole;
import fi.polku.samples.generate.IdentityCodes;
import fi.polku.samples.generate.Membership;
import fi.polku.samples.generate.Output;
import fi.polku.samples.generate.Person;
import fi.polku.samples.generate.PopulationSink;
import fi.polku.samples.generate.Pupil;
import fi.polku.samples.generate.School;
import fi.polku.samples.generate.SchoolCalendar;
import fi.polku.samples.generate.SchoolClass;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a city's student-register export ({@code register/*.csv}): schools, pupils, guardians,
 * classes, class memberships and absences, in the style of Finnish legacy school-administration
 * systems. See {@code samples/README.md} for the format.
 */
public final class RegisterWriter implements PopulationSink {

  /** {@code koulut.csv}. */
  public static final List<String> SCHOOL_COLUMNS =
      List.of(
          "koulunro",
          "nimi",
          "koulutyyppi",
          "oppilaitosnumero",
          "oid",
          "opetuskieli",
          "lahiosoite",
          "postinumero",
          "postitoimipaikka",
          "kunta",
          "jarjestaja_oid",
          "jarjestaja");

  /** {@code oppilaat.csv}. */
  public static final List<String> PUPIL_COLUMNS =
      List.of(
          "oppilasnro",
          "hetu",
          "oppijanumero",
          "sukunimi",
          "etunimet",
          "kutsumanimi",
          "sukupuoli",
          "syntymaaika",
          "aidinkieli",
          "kansalaisuus",
          "kotikunta",
          "lahiosoite",
          "postinumero",
          "postitoimipaikka",
          "turvakielto",
          "koulunro",
          "luokka_aste",
          "aloituspvm",
          "tila",
          "tila_pvm",
          "paattymispvm",
          "tuki",
          "tukipaatos_pvm",
          "tuki_alkupvm",
          "lisatieto");

  /** {@code huoltajat.csv}. */
  public static final List<String> GUARDIAN_COLUMNS =
      List.of(
          "huoltajanro",
          "oppilasnro",
          "hetu",
          "sukunimi",
          "etunimet",
          "suhde",
          "huoltaja",
          "tiedonsaanti",
          "puhelin",
          "sahkoposti",
          "lahiosoite",
          "postinumero",
          "postitoimipaikka");

  /** {@code luokat.csv}. */
  public static final List<String> CLASS_COLUMNS =
      List.of(
          "luokkanro",
          "koulunro",
          "nimi",
          "ryhmatyyppi",
          "luokka_aste",
          "lukuvuosi",
          "alkupvm",
          "loppupvm");

  /** {@code ryhmajasenyydet.csv}. */
  public static final List<String> MEMBERSHIP_COLUMNS =
      List.of("oppilasnro", "luokkanro", "alkupvm", "loppupvm");

  /** {@code poissaolot.csv}. */
  public static final List<String> ABSENCE_COLUMNS =
      List.of(
          "poissaolonro",
          "oppilasnro",
          "alkupvm",
          "loppupvm",
          "tunti",
          "oppiaine",
          "syy",
          "kirjattu");

  /** The files in the order a loader needs them (referenced files first), with their columns. */
  public static final Map<String, List<String>> FILES = files();

  private final Output output;
  private final FaultLog faults;
  private final long seed;
  private final double faultRate;
  private final Map<String, Long> rows = new LinkedHashMap<>();
  private RegisterFaults faultOptions;
  private FaultyCsv schools;
  private FaultyCsv pupils;
  private FaultyCsv guardians;
  private FaultyCsv classes;
  private FaultyCsv memberships;
  private FaultyCsv absences;

  /**
   * A writer into a city's folder.
   *
   * @param output the city's folder
   * @param faults where injected faults are recorded
   * @param seed the run's seed, from which fault injection draws
   * @param faultRate probability that a row carries a fault
   */
  public RegisterWriter(Output output, FaultLog faults, long seed, double faultRate) {
    this.output = output;
    this.faults = faults;
    this.seed = seed;
    this.faultRate = faultRate;
  }

  @Override
  public void beginCity(CityPlan plan) {
    String city = plan.city().code();
    schools = open("koulut.csv", SCHOOL_COLUMNS, List.of("koulunro"), city);
    pupils = open("oppilaat.csv", PUPIL_COLUMNS, List.of("oppilasnro"), city);
    guardians = open("huoltajat.csv", GUARDIAN_COLUMNS, List.of("huoltajanro", "oppilasnro"), city);
    classes = open("luokat.csv", CLASS_COLUMNS, List.of("luokkanro"), city);
    memberships =
        open("ryhmajasenyydet.csv", MEMBERSHIP_COLUMNS, List.of("oppilasnro", "luokkanro"), city);
    absences = open("poissaolot.csv", ABSENCE_COLUMNS, List.of("poissaolonro"), city);
    faultOptions = new RegisterFaults();
    for (School school : plan.schools()) {
      Address a = school.address();
      schools.write(
          new String[] {
            Integer.toString(school.key()),
            school.name(),
            code(RegisterCodes.SCHOOL_TYPES, school.type()),
            school.schoolNumber(),
            school.oid(),
            school.language().toLowerCase(Locale.ROOT),
            a.street(),
            a.postalCode(),
            a.postOffice(),
            plan.city().code(),
            plan.providerOid(),
            plan.city().providerName()
          },
          List.of());
    }
  }

  private FaultyCsv open(String name, List<String> columns, List<String> key, String city) {
    String path = "register/" + name;
    try {
      CsvFile file = new CsvFile(output.open(path), columns);
      FaultDice dice = new FaultDice(seed, city + "/" + path, faultRate);
      return new FaultyCsv(file, path, columns, key, dice, faults);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void schoolClass(SchoolClass c) {
    classes.write(
        new String[] {
          Integer.toString(c.key()),
          Integer.toString(c.school().key()),
          c.name(),
          code(RegisterCodes.GROUP_TYPES, c.kind()),
          c.level() == null ? "" : code(RegisterCodes.GRADE_LEVELS, c.level()),
          SchoolCalendar.SCHOOL_YEAR,
          date(c.start()),
          date(c.end())
        },
        faultOptions.forClass());
  }

  @Override
  public void pupil(Pupil p) {
    Person person = p.person();
    Address home = p.household().address();
    String key = Integer.toString(p.key());
    pupils.write(
        new String[] {
          key,
          person.identityCode(),
          p.learnerOid(),
          person.name().family(),
          person.name().givenNames(),
          person.name().calling(),
          code(RegisterCodes.SEXES, person.sex()),
          date(person.birthDate()),
          person.language().toLowerCase(Locale.ROOT),
          person.nationality(),
          p.household().municipality(),
          home == null ? "" : home.street(),
          home == null ? "" : home.postalCode(),
          home == null ? "" : home.postOffice(),
          flag(p.household().protectionOrder()),
          Integer.toString(p.school().key()),
          code(RegisterCodes.GRADE_LEVELS, p.level()),
          date(p.start()),
          code(RegisterCodes.STATUSES, p.status()),
          date(p.statusDate()),
          date(p.end()),
          p.support() == null ? "" : code(RegisterCodes.SUPPORT_LEVELS, p.support()),
          date(p.supportDecision()),
          date(p.supportStart()),
          p.note()
        },
        faultOptions.forPupil());
    for (GuardianRole role : p.household().roles()) {
      guardian(key, role);
    }
    for (Membership m : p.memberships()) {
      memberships.write(
          new String[] {
            key, Integer.toString(m.schoolClass().key()), date(m.start()), date(m.end())
          },
          faultOptions.forMembership());
    }
    for (Absence a : p.absences()) {
      absences.write(
          new String[] {
            Long.toString(a.key()),
            key,
            date(a.start()),
            date(a.end()),
            a.isLesson() ? Integer.toString(a.lesson()) : "",
            a.subject(),
            code(RegisterCodes.ABSENCE_REASONS, a.reason()),
            RegisterCodes.timestamp(a.recorded())
          },
          faultOptions.forAbsence());
    }
  }

  private void guardian(String pupilKey, GuardianRole role) {
    Person person = role.guardian().person();
    Address a = role.guardian().address();
    String code = person.identityCode();
    guardians.write(
        new String[] {
          Integer.toString(role.guardian().registerKey()),
          pupilKey,
          code,
          person.name().family(),
          person.name().givenNames(),
          code(RegisterCodes.RELATIONS, role.kind()),
          flag(role.custody()),
          flag(role.informationRights()),
          role.guardian().phone(),
          role.guardian().email(),
          a == null ? "" : a.street(),
          a == null ? "" : a.postalCode(),
          a == null ? "" : a.postOffice()
        },
        faultOptions.forGuardian(code != null && IdentityCodes.isValid(code)));
  }

  @Override
  public void ececChild(EcecChild child) {
    // The student register knows nothing of ECEC.
  }

  @Override
  public void endCity() {
    try {
      for (FaultyCsv file : List.of(schools, pupils, guardians, classes, memberships, absences)) {
        file.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    rows.put("koulut.csv", schools.rows());
    rows.put("oppilaat.csv", pupils.rows());
    rows.put("huoltajat.csv", guardians.rows());
    rows.put("luokat.csv", classes.rows());
    rows.put("ryhmajasenyydet.csv", memberships.rows());
    rows.put("poissaolot.csv", absences.rows());
  }

  /** Data rows written per file (after {@link #endCity()}), including rows with faults. */
  public Map<String, Long> rows() {
    return rows;
  }

  /** Options for faults, per file. */
  private static final class RegisterFaults {
    private final List<FaultyCsv.Option> pupil = new ArrayList<>();
    private final List<FaultyCsv.Option> guardianWithCode = new ArrayList<>();
    private final List<FaultyCsv.Option> guardianWithoutCode = new ArrayList<>();
    private final List<FaultyCsv.Option> schoolClass = new ArrayList<>();
    private final List<FaultyCsv.Option> membership = new ArrayList<>();
    private final List<FaultyCsv.Option> absence = new ArrayList<>();

    RegisterFaults() {
      pupil.add(checksum("hetu"));
      pupil.add(impossibleDate("aloituspvm"));
      pupil.add(unknown("luokka_aste", RegisterCodes.UNKNOWN_GRADE_LEVELS));
      pupil.add(dangling("koulunro", "koulut.csv", 99_000, 999));
      pupil.add(duplicate("aloituspvm"));
      pupil.add(missing("sukunimi"));
      pupil.add(missing("hetu"));
      pupil.add(missing("luokka_aste"));
      guardianWithoutCode.add(unknown("suhde", RegisterCodes.UNKNOWN_RELATIONS));
      guardianWithoutCode.add(dangling("oppilasnro", "oppilaat.csv", 90_000_000, 9_999_999));
      guardianWithoutCode.add(
          new FaultyCsv.Option(
              FaultKind.DUPLICATE_KEY,
              "puhelin",
              (v, r) -> "040 " + (1_000_000 + r.nextInt(8_999_999)),
              null));
      guardianWithoutCode.add(missing("sukunimi"));
      guardianWithoutCode.add(missing("suhde"));
      guardianWithCode.addAll(guardianWithoutCode);
      guardianWithCode.add(checksum("hetu"));
      schoolClass.add(impossibleDate("alkupvm"));
      schoolClass.add(unknown("ryhmatyyppi", RegisterCodes.UNKNOWN_GROUP_TYPES));
      schoolClass.add(dangling("koulunro", "koulut.csv", 99_000, 999));
      schoolClass.add(missing("nimi"));
      membership.add(impossibleDate("alkupvm"));
      membership.add(dangling("luokkanro", "luokat.csv", 9_000_000, 999_999));
      membership.add(dangling("oppilasnro", "oppilaat.csv", 90_000_000, 9_999_999));
      membership.add(duplicate("alkupvm"));
      membership.add(missing("alkupvm"));
      absence.add(impossibleDate("alkupvm"));
      absence.add(unknown("syy", RegisterCodes.UNKNOWN_ABSENCE_REASONS));
      absence.add(dangling("oppilasnro", "oppilaat.csv", 90_000_000, 9_999_999));
      absence.add(duplicate("alkupvm"));
      absence.add(missing("syy"));
      absence.add(missing("alkupvm"));
    }

    List<FaultyCsv.Option> forPupil() {
      return pupil;
    }

    List<FaultyCsv.Option> forGuardian(boolean hasCode) {
      return hasCode ? guardianWithCode : guardianWithoutCode;
    }

    List<FaultyCsv.Option> forClass() {
      return schoolClass;
    }

    List<FaultyCsv.Option> forMembership() {
      return membership;
    }

    List<FaultyCsv.Option> forAbsence() {
      return absence;
    }

    private static FaultyCsv.Option checksum(String column) {
      return new FaultyCsv.Option(
          FaultKind.BAD_CHECKSUM,
          column,
          (v, r) -> IdentityCodes.withWrongCheckCharacter(v, r.nextInt(30)),
          null);
    }

    private static FaultyCsv.Option impossibleDate(String column) {
      return new FaultyCsv.Option(
          FaultKind.IMPOSSIBLE_DATE,
          column,
          (v, r) ->
              FaultDice.impossibleDate(
                  RegisterCodes.parseDate(v).map(d -> d.getYear()).orElse(2024), r),
          null);
    }

    private static FaultyCsv.Option unknown(String column, List<String> codes) {
      return new FaultyCsv.Option(FaultKind.UNKNOWN_CODE, column, (v, r) -> r.pick(codes), null);
    }

    private static FaultyCsv.Option dangling(String column, String file, int base, int range) {
      return new FaultyCsv.Option(
          FaultKind.DANGLING_KEY,
          column,
          (v, r) -> Integer.toString(base + r.nextInt(range)),
          file);
    }

    private static FaultyCsv.Option missing(String column) {
      return new FaultyCsv.Option(FaultKind.MISSING_VALUE, column, (v, r) -> "", null);
    }

    /** A second row with the same key and this column's date a week later. */
    private static FaultyCsv.Option duplicate(String column) {
      return new FaultyCsv.Option(
          FaultKind.DUPLICATE_KEY,
          column,
          (v, r) -> RegisterCodes.parseDate(v).map(d -> date(d.plusDays(7))).orElse(v),
          null);
    }
  }

  private static Map<String, List<String>> files() {
    Map<String, List<String>> files = new LinkedHashMap<>();
    files.put("koulut.csv", SCHOOL_COLUMNS);
    files.put("luokat.csv", CLASS_COLUMNS);
    files.put("oppilaat.csv", PUPIL_COLUMNS);
    files.put("huoltajat.csv", GUARDIAN_COLUMNS);
    files.put("ryhmajasenyydet.csv", MEMBERSHIP_COLUMNS);
    files.put("poissaolot.csv", ABSENCE_COLUMNS);
    return java.util.Collections.unmodifiableMap(files);
  }
}
