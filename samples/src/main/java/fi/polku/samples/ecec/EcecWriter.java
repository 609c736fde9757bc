package fi.polku.samples.ecec;

import static fi.polku.samples.ecec.SqlScript.date;
import static fi.polku.samples.ecec.SqlScript.flag;
import static fi.polku.samples.ecec.SqlScript.str;
import static fi.polku.samples.ecec.SqlScript.timestamp;

import fi.polku.samples.generate.Address;
import fi.polku.samples.generate.CityPlan;
import fi.polku.samples.generate.EcecChild;
import fi.polku.samples.generate.EcecDecision;
import fi.polku.samples.generate.EcecPlacement;
import fi.polku.samples.generate.EcecUnit;
import fi.polku.samples.generate.FaultDice;
import fi.polku.samples.generate.FaultKind;
import fi.polku.samples.generate.FaultLog;
import fi.polku.samples.generate.Guardian;
import fi.polku.samples.generate.GuardianRole;
import fi.polku.samples.generate.IdentityCodes;
import fi.polku.samples.generate.Output;
import fi.polku.samples.generate.Person;
import fi.polku.samples.generate.PopulationSink;
import fi.polku.samples.generate.Pupil;
import fi.polku.samples.generate.SchoolCalendar;
import fi.polku.samples.generate.SchoolClass;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Writes a city's legacy ECEC database as one SQL script ({@code ecec/ecec.sql}): DDL, then
 * multi-row INSERTs. The script runs in H2 ({@code RUNSCRIPT}) and is plain enough for other
 * databases. See {@code samples/README.md} for the schema and encodings.
 */
public final class EcecWriter implements PopulationSink {

  /** The script's path under the city folder. */
  public static final String PATH = "ecec/ecec.sql";

  private final Output output;
  private final FaultLog faults;
  private final long seed;
  private final double faultRate;
  private final Map<String, Long> rows = new LinkedHashMap<>();
  private final List<SqlTable.Option> childFaults;
  private SqlScript script;
  private Map<String, SqlTable> tables;
  private int nextDuplicateId = 2_000_000_000;

  /**
   * A writer into a city's folder.
   *
   * @param output the city's folder
   * @param faults where injected faults are recorded
   * @param seed the run's seed, from which fault injection draws
   * @param faultRate probability that a row carries a fault
   */
  public EcecWriter(Output output, FaultLog faults, long seed, double faultRate) {
    this.output = output;
    this.faults = faults;
    this.seed = seed;
    this.faultRate = faultRate;
    this.childFaults = EcecFaults.child(this::duplicateId);
  }

  @Override
  public void beginCity(CityPlan plan) {
    try {
      script = new SqlScript(output.open(PATH));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    tables = new LinkedHashMap<>();
    for (EcecSchema.Table table : EcecSchema.TABLES) {
      FaultDice dice =
          new FaultDice(seed, plan.city().code() + "/" + PATH + "/" + table.name(), faultRate);
      tables.put(table.name(), new SqlTable(table, dice, faults, PATH));
    }
    script.lines(
        "-- Polku synthetic legacy ECEC database of "
            + plan.city().name()
            + " ("
            + plan.city().code()
            + "), snapshot "
            + SchoolCalendar.EXPORT_TIME.toLocalDate()
            + ". Generated; do not edit.\n"
            + "-- H2: RUNSCRIPT FROM 'ecec.sql' CHARSET 'UTF-8'\n\n"
            + EcecSchema.ddl()
            + "\n");
    for (EcecUnit unit : plan.units()) {
      Address a = unit.address();
      add(
          "yksikko",
          List.of(),
          Integer.toString(unit.id()),
          str(unit.name()),
          str(EcecCodes.code(EcecCodes.UNIT_TYPES, unit.type())),
          Integer.toString(EcecCodes.arrangement(unit.arrangement())),
          str(unit.oid()),
          str(plan.city().code()),
          str(a.street()),
          str(a.postalCode()),
          str(unit.language()),
          Integer.toString(unit.places()),
          flag(true),
          timestamp(unit.modified()));
    }
  }

  @Override
  public void schoolClass(SchoolClass schoolClass) {
    // The ECEC database knows nothing of schools.
  }

  @Override
  public void pupil(Pupil pupil) {
    // Pre-primary pupils appear here only through their supplementary ECEC (ececChild).
  }

  @Override
  public void ececChild(EcecChild child) {
    Person person = child.person();
    Address home = child.household().address();
    String id = Integer.toString(child.id());
    add(
        "lapsi",
        childFaults,
        id,
        str(person.identityCode()),
        str(person.name().family()),
        str(person.name().givenNames()),
        str(person.name().calling()),
        date(person.birthDate()),
        str(EcecCodes.code(EcecCodes.SEXES, person.sex())),
        str(person.language()),
        str(person.nationality()),
        str(child.household().municipality()),
        str(home == null ? null : home.oneLine()),
        flag(child.household().protectionOrder()),
        timestamp(child.modified()));
    if (!child.household().ececGuardiansWritten()) {
      child.household().markEcecGuardiansWritten();
      for (GuardianRole role : child.household().roles()) {
        guardian(role.guardian());
      }
    }
    for (GuardianRole role : child.household().roles()) {
      add(
          "lapsi_huoltaja",
          EcecFaults.LINK,
          id,
          Integer.toString(role.guardian().ececKey()),
          Integer.toString(EcecCodes.code(EcecCodes.RELATIONS, role.kind())),
          flag(role.custody()),
          timestamp(child.modified()));
    }
    for (EcecDecision d : child.decisions()) {
      decision(id, d);
    }
  }

  private void guardian(Guardian g) {
    Person person = g.person();
    String code = person.identityCode();
    add(
        "huoltaja",
        code != null && IdentityCodes.isValid(code)
            ? EcecFaults.GUARDIAN_WITH_CODE
            : EcecFaults.GUARDIAN,
        Integer.toString(g.ececKey()),
        str(code),
        str(person.name().family()),
        str(person.name().givenNames()),
        str(g.phone()),
        str(g.email()),
        str(g.address() == null ? null : g.address().oneLine()),
        timestamp(g.modified()));
  }

  private void decision(String childId, EcecDecision d) {
    String id = Integer.toString(d.id());
    add(
        "paatos",
        EcecFaults.DECISION,
        id,
        childId,
        str(EcecCodes.compactDate(d.applicationDate())),
        date(d.start()),
        date(d.end()),
        str(EcecCodes.hours(d.hoursTimesTen())),
        flag(d.daily()),
        flag(d.fullDay()),
        flag(d.shiftCare()),
        flag(d.urgent()),
        flag(d.temporary()),
        Integer.toString(EcecCodes.arrangement(d.arrangement())),
        timestamp(d.modified()));
    for (EcecPlacement p : d.placements()) {
      add(
          "sijoitus",
          EcecFaults.PLACEMENT,
          Integer.toString(p.id()),
          id,
          Integer.toString(p.unit().id()),
          date(p.start()),
          date(p.end()),
          timestamp(p.modified()));
    }
  }

  private void add(String table, List<SqlTable.Option> options, String... literals) {
    tables.get(table).add(literals, options, script);
  }

  /** Ids of duplicated children count down from 2,000,000,000, far above any real id. */
  private String duplicateId() {
    return Integer.toString(nextDuplicateId--);
  }

  @Override
  public void endCity() {
    tables.values().forEach(t -> t.finish(script));
    try {
      script.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    tables.forEach((name, table) -> rows.put(name, table.rows()));
  }

  /** Rows written per table (after {@link #endCity()}), including rows with faults. */
  public Map<String, Long> rows() {
    return rows;
  }

  /** The faults each table's rows may get. */
  private static final class EcecFaults {
    static final List<SqlTable.Option> GUARDIAN = List.of(missing("sukunimi"));
    static final List<SqlTable.Option> GUARDIAN_WITH_CODE =
        List.of(missing("sukunimi"), checksum("hetu"));
    static final List<SqlTable.Option> LINK =
        List.of(
            dangling("huoltaja_id", "huoltaja"),
            new SqlTable.Option(
                FaultKind.UNKNOWN_CODE,
                "suhde",
                (v, r) -> Integer.toString(r.pick(EcecCodes.UNKNOWN_RELATIONS)),
                "unknown suhde code"));
    static final List<SqlTable.Option> DECISION =
        List.of(
            new SqlTable.Option(
                FaultKind.IMPOSSIBLE_DATE,
                "hakemuspvm",
                (v, r) ->
                    "'"
                        + v.substring(1, 5)
                        + r.pick(List.of("0230", "0231", "0431", "0631", "0931", "1131"))
                        + "'",
                "hakemuspvm is not a date"),
            new SqlTable.Option(
                FaultKind.UNKNOWN_CODE,
                "jarjmuoto",
                (v, r) -> Integer.toString(r.pick(EcecCodes.UNKNOWN_ARRANGEMENTS)),
                "unknown jarjmuoto code"),
            dangling("lapsi_id", "lapsi"),
            missing("alkupvm"),
            missing("tunnit_vko"));
    static final List<SqlTable.Option> PLACEMENT =
        List.of(
            dangling("yksikko_id", "yksikko"), dangling("paatos_id", "paatos"), missing("alkupvm"));

    private EcecFaults() {}

    /** A duplicated child is the same child entered again under a new id. */
    static List<SqlTable.Option> child(Supplier<String> duplicateId) {
      return List.of(
          checksum("hetu"),
          missing("sukunimi"),
          new SqlTable.Option(
              FaultKind.DUPLICATE_KEY,
              "hetu",
              (v, r) -> duplicateId.get(),
              "second lapsi row with hetu"));
    }

    private static SqlTable.Option checksum(String column) {
      return new SqlTable.Option(
          FaultKind.BAD_CHECKSUM,
          column,
          (v, r) ->
              str(
                  IdentityCodes.withWrongCheckCharacter(
                      v.substring(1, v.length() - 1), r.nextInt(30))),
          "wrong check character");
    }

    private static SqlTable.Option missing(String column) {
      return new SqlTable.Option(
          FaultKind.MISSING_VALUE, column, (v, r) -> "NULL", column + " is required");
    }

    private static SqlTable.Option dangling(String column, String table) {
      return new SqlTable.Option(
          FaultKind.DANGLING_KEY,
          column,
          (v, r) -> Integer.toString(1_800_000_000 + r.nextInt(99_999_999)),
          "no " + table + " row with this " + column);
    }
  }
}
