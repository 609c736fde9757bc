package fi.polku.samples;

import fi.polku.samples.ecec.EcecCodes;
import fi.polku.samples.ecec.EcecDatabase;
import fi.polku.samples.generate.IdentityCodes;
import fi.polku.samples.register.RegisterCodes;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Finds every fault in a city's exports by the rules the README states, independently of the
 * generator's own bookkeeping: what a strict mapping would reject (before any cascade).
 */
public final class FaultFinder {

  /** A fault found: where, which kind, which column. ECEC faults are located by table and key. */
  public record Found(String where, String kind, String column) implements Comparable<Found> {
    @Override
    public int compareTo(Found o) {
      return toString().compareTo(o.toString());
    }
  }

  private final Set<Found> found = new TreeSet<>();

  private FaultFinder() {}

  /** Faults of the register files, located as {@code file:line}. */
  public static Set<Found> register(Path city) {
    FaultFinder f = new FaultFinder();
    Path dir = city.resolve("register");
    Set<String> schools = keys(TestSets.csv(dir.resolve("koulut.csv")), r -> r.get("koulunro"));
    List<TestSets.Row> pupils = TestSets.csv(dir.resolve("oppilaat.csv"));
    List<TestSets.Row> classes = TestSets.csv(dir.resolve("luokat.csv"));
    Set<String> pupilKeys = keys(pupils, r -> r.get("oppilasnro"));
    Set<String> classKeys = keys(classes, r -> r.get("luokkanro"));

    Set<String> seen = new HashSet<>();
    for (TestSets.Row r : pupils) {
      String at = "register/oppilaat.csv:" + r.line();
      f.required(at, r, "hetu", "sukunimi", "luokka_aste");
      f.checksum(at, r, "hetu");
      f.code(at, r, "luokka_aste", RegisterCodes.GRADE_LEVELS);
      f.date(at, r, "aloituspvm");
      f.reference(at, r, "koulunro", schools);
      f.unique(at, seen, r.get("oppilasnro"), "oppilasnro");
    }
    seen.clear();
    for (TestSets.Row r : TestSets.csv(dir.resolve("huoltajat.csv"))) {
      String at = "register/huoltajat.csv:" + r.line();
      f.required(at, r, "sukunimi", "suhde");
      f.checksum(at, r, "hetu");
      f.code(at, r, "suhde", RegisterCodes.RELATIONS);
      f.reference(at, r, "oppilasnro", pupilKeys);
      f.unique(
          at, seen, r.get("huoltajanro") + "/" + r.get("oppilasnro"), "huoltajanro,oppilasnro");
    }
    for (TestSets.Row r : classes) {
      String at = "register/luokat.csv:" + r.line();
      f.required(at, r, "nimi");
      f.code(at, r, "ryhmatyyppi", RegisterCodes.GROUP_TYPES);
      f.date(at, r, "alkupvm");
      f.reference(at, r, "koulunro", schools);
    }
    seen.clear();
    for (TestSets.Row r : TestSets.csv(dir.resolve("ryhmajasenyydet.csv"))) {
      String at = "register/ryhmajasenyydet.csv:" + r.line();
      f.required(at, r, "alkupvm");
      f.date(at, r, "alkupvm");
      f.reference(at, r, "oppilasnro", pupilKeys);
      f.reference(at, r, "luokkanro", classKeys);
      f.unique(at, seen, r.get("oppilasnro") + "/" + r.get("luokkanro"), "oppilasnro,luokkanro");
    }
    seen.clear();
    for (TestSets.Row r : TestSets.csv(dir.resolve("poissaolot.csv"))) {
      String at = "register/poissaolot.csv:" + r.line();
      f.required(at, r, "alkupvm", "syy");
      f.date(at, r, "alkupvm");
      f.code(at, r, "syy", RegisterCodes.ABSENCE_REASONS);
      f.reference(at, r, "oppilasnro", pupilKeys);
      f.unique(at, seen, r.get("poissaolonro"), "poissaolonro");
    }
    return f.found;
  }

  /** Faults of the ECEC database, located as {@code table:key}. */
  public static Set<Found> ecec(Path city) throws SQLException {
    FaultFinder f = new FaultFinder();
    try (Connection c = DriverManager.getConnection("jdbc:h2:mem:", "sa", "")) {
      EcecDatabase.runScript(c, city.resolve("ecec/ecec.sql"));
      f.query(
          c,
          "SELECT lapsi_id, hetu FROM lapsi WHERE hetu IS NOT NULL",
          rs ->
              IdentityCodes.isValid(rs.getString(2))
                  ? null
                  : f.at("lapsi", "lapsi_id=" + rs.getInt(1), "bad-checksum", "hetu"));
      f.query(
          c,
          "SELECT lapsi_id FROM lapsi WHERE sukunimi IS NULL",
          rs -> f.at("lapsi", "lapsi_id=" + rs.getInt(1), "missing-value", "sukunimi"));
      f.query(
          c,
          "SELECT l.lapsi_id FROM lapsi l WHERE EXISTS (SELECT 1 FROM lapsi o WHERE o.hetu = l.hetu AND o.lapsi_id < l.lapsi_id)",
          rs -> f.at("lapsi", "lapsi_id=" + rs.getInt(1), "duplicate-key", "hetu"));
      f.query(
          c,
          "SELECT huoltaja_id, hetu FROM huoltaja WHERE hetu IS NOT NULL",
          rs ->
              IdentityCodes.isValid(rs.getString(2))
                  ? null
                  : f.at("huoltaja", "huoltaja_id=" + rs.getInt(1), "bad-checksum", "hetu"));
      f.query(
          c,
          "SELECT huoltaja_id FROM huoltaja WHERE sukunimi IS NULL",
          rs -> f.at("huoltaja", "huoltaja_id=" + rs.getInt(1), "missing-value", "sukunimi"));
      f.query(
          c,
          "SELECT lapsi_id, huoltaja_id FROM lapsi_huoltaja lh WHERE NOT EXISTS (SELECT 1 FROM huoltaja h WHERE h.huoltaja_id = lh.huoltaja_id)",
          rs ->
              f.at(
                  "lapsi_huoltaja",
                  "lapsi_id=" + rs.getInt(1) + ",huoltaja_id=" + rs.getInt(2),
                  "dangling-key",
                  "huoltaja_id"));
      f.query(
          c,
          "SELECT lapsi_id, huoltaja_id FROM lapsi_huoltaja lh WHERE NOT EXISTS (SELECT 1 FROM lapsi l WHERE l.lapsi_id = lh.lapsi_id)",
          rs ->
              f.at(
                  "lapsi_huoltaja",
                  "lapsi_id=" + rs.getInt(1) + ",huoltaja_id=" + rs.getInt(2),
                  "dangling-key",
                  "lapsi_id"));
      f.query(
          c,
          "SELECT lapsi_id, huoltaja_id, suhde FROM lapsi_huoltaja",
          rs ->
              EcecCodes.RELATIONS.containsKey(rs.getInt(3))
                  ? null
                  : f.at(
                      "lapsi_huoltaja",
                      "lapsi_id=" + rs.getInt(1) + ",huoltaja_id=" + rs.getInt(2),
                      "unknown-code",
                      "suhde"));
      f.query(
          c,
          "SELECT paatos_id, hakemuspvm, jarjmuoto, alkupvm, tunnit_vko FROM paatos",
          rs -> {
            String key = "paatos_id=" + rs.getInt(1);
            if (EcecCodes.parseCompactDate(rs.getString(2)).isEmpty()) {
              f.at("paatos", key, "impossible-date", "hakemuspvm");
            }
            if (!EcecCodes.ARRANGEMENTS.containsKey(rs.getInt(3))) {
              f.at("paatos", key, "unknown-code", "jarjmuoto");
            }
            if (rs.getDate(4) == null) {
              f.at("paatos", key, "missing-value", "alkupvm");
            }
            if (rs.getString(5) == null) {
              f.at("paatos", key, "missing-value", "tunnit_vko");
            }
            return null;
          });
      f.query(
          c,
          "SELECT paatos_id FROM paatos p WHERE NOT EXISTS (SELECT 1 FROM lapsi l WHERE l.lapsi_id = p.lapsi_id)",
          rs -> f.at("paatos", "paatos_id=" + rs.getInt(1), "dangling-key", "lapsi_id"));
      f.query(
          c,
          "SELECT sijoitus_id FROM sijoitus s WHERE NOT EXISTS (SELECT 1 FROM yksikko y WHERE y.yksikko_id = s.yksikko_id)",
          rs -> f.at("sijoitus", "sijoitus_id=" + rs.getInt(1), "dangling-key", "yksikko_id"));
      f.query(
          c,
          "SELECT sijoitus_id FROM sijoitus s WHERE NOT EXISTS (SELECT 1 FROM paatos p WHERE p.paatos_id = s.paatos_id)",
          rs -> f.at("sijoitus", "sijoitus_id=" + rs.getInt(1), "dangling-key", "paatos_id"));
      f.query(
          c,
          "SELECT sijoitus_id FROM sijoitus WHERE alkupvm IS NULL",
          rs -> f.at("sijoitus", "sijoitus_id=" + rs.getInt(1), "missing-value", "alkupvm"));
    }
    return f.found;
  }

  @FunctionalInterface
  private interface RowCheck {
    Found check(ResultSet rs) throws SQLException;
  }

  private void query(Connection c, String sql, RowCheck check) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        check.check(rs);
      }
    }
  }

  private Found at(String table, String key, String kind, String column) {
    Found found = new Found(table + ":" + key, kind, column);
    this.found.add(found);
    return found;
  }

  private void required(String at, TestSets.Row r, String... columns) {
    for (String column : columns) {
      if (r.get(column).isEmpty()) {
        found.add(new Found(at, "missing-value", column));
      }
    }
  }

  private void checksum(String at, TestSets.Row r, String column) {
    String code = r.get(column);
    if (!code.isEmpty() && !IdentityCodes.isValid(code)) {
      found.add(new Found(at, "bad-checksum", column));
    }
  }

  private void code(String at, TestSets.Row r, String column, Map<String, ?> table) {
    String value = r.get(column);
    if (!value.isEmpty() && !table.containsKey(value)) {
      found.add(new Found(at, "unknown-code", column));
    }
  }

  private void date(String at, TestSets.Row r, String column) {
    String value = r.get(column);
    if (!value.isEmpty() && RegisterCodes.parseDate(value).isEmpty()) {
      found.add(new Found(at, "impossible-date", column));
    }
  }

  private void reference(String at, TestSets.Row r, String column, Set<String> keys) {
    if (!keys.contains(r.get(column))) {
      found.add(new Found(at, "dangling-key", column));
    }
  }

  private void unique(String at, Set<String> seen, String key, String columns) {
    if (!seen.add(key)) {
      found.add(new Found(at, "duplicate-key", columns));
    }
  }

  private static Set<String> keys(List<TestSets.Row> rows, Function<TestSets.Row, String> key) {
    return rows.stream().map(key).collect(Collectors.toSet());
  }
}
