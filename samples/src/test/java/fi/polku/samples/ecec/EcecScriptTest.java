package fi.polku.samples.ecec;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.samples.TestSets;
import fi.polku.samples.cli.Settings;
import fi.polku.samples.generate.IdentityCodes;
import fi.polku.samples.generate.SchoolCalendar;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ECEC script runs in an embedded H2 and holds what the README describes. */
class EcecScriptTest {

  @TempDir static Path dir;
  static Path set;
  static Connection db;

  @BeforeAll
  static void generate() throws SQLException {
    set = TestSets.generate(dir, Settings.of(1000, 8, 0));
    db = DriverManager.getConnection("jdbc:h2:mem:ecec", "sa", "");
    EcecDatabase.runScript(db, set.resolve("049-espoo").resolve(EcecWriter.PATH));
  }

  @AfterAll
  static void close() throws SQLException {
    db.close();
  }

  @Test
  void rowCountsMatchTheManifest() throws Exception {
    Map<String, Long> manifest = new HashMap<>();
    for (String line : Files.readAllLines(set.resolve("manifest.txt"))) {
      if (line.startsWith("049-espoo/ecec/ecec.sql ")) {
        String[] parts = line.split(" ");
        manifest.put(parts[1], Long.parseLong(parts[2].substring("rows=".length())));
      }
    }
    assertThat(manifest)
        .containsOnlyKeys("yksikko", "lapsi", "huoltaja", "lapsi_huoltaja", "paatos", "sijoitus");
    for (Map.Entry<String, Long> table : manifest.entrySet()) {
      assertThat(count("SELECT COUNT(*) FROM " + table.getKey()))
          .as(table.getKey())
          .isEqualTo(table.getValue());
      assertThat(table.getValue()).isPositive();
    }
  }

  @Test
  void everyTableHasAModificationTimeUpToTheSnapshotWithSharedBatchStamps() throws SQLException {
    for (EcecSchema.Table table : EcecSchema.TABLES) {
      assertThat(count("SELECT COUNT(*) FROM " + table.name() + " WHERE muokattu IS NULL"))
          .isZero();
      try (Statement s = db.createStatement();
          ResultSet rs = s.executeQuery("SELECT MAX(muokattu) FROM " + table.name())) {
        rs.next();
        Timestamp max = rs.getTimestamp(1);
        assertThat(max.toLocalDateTime()).isBeforeOrEqualTo(SchoolCalendar.EXPORT_TIME);
      }
    }
    // Nightly batch jobs stamp many rows with the same time: readers must not assume uniqueness.
    assertThat(
            count(
                "SELECT COUNT(*) FROM paatos WHERE EXTRACT(HOUR FROM muokattu) = 2 AND EXTRACT(MINUTE FROM muokattu) = 0"))
        .isPositive();
  }

  @Test
  void legacyEncodingsAreAsDocumented() throws SQLException {
    assertThat(
            count(
                "SELECT COUNT(*) FROM paatos WHERE NOT REGEXP_LIKE(tunnit_vko, '^[0-9]{1,3}(,[0-9])?$')"))
        .isZero();
    assertThat(count("SELECT COUNT(*) FROM paatos WHERE tunnit_vko LIKE '%,%'")).isPositive();
    for (String flag :
        new String[] {
          "paivittainen", "kokopaivainen", "vuorohoito", "kiireellinen", "tilapainen"
        }) {
      assertThat(count("SELECT COUNT(*) FROM paatos WHERE " + flag + " NOT IN ('K', 'E')"))
          .isZero();
    }
    assertThat(
            count(
                "SELECT COUNT(*) FROM paatos WHERE vuorohoito = 'K' AND (paivittainen IS NOT NULL OR kokopaivainen IS NOT NULL)"))
        .isZero();
    assertThat(
            count(
                "SELECT COUNT(*) FROM paatos WHERE vuorohoito = 'E' AND (paivittainen IS NULL OR kokopaivainen IS NULL)"))
        .isZero();
    assertThat(count("SELECT COUNT(*) FROM lapsi WHERE sukupuoli NOT IN ('P', 'T')")).isZero();
    assertThat(count("SELECT COUNT(*) FROM lapsi WHERE aidinkieli <> UPPER(aidinkieli)")).isZero();
    assertThat(
            count(
                "SELECT COUNT(*) FROM yksikko WHERE tyyppi NOT IN ('PK', 'RP', 'PH') OR jarjmuoto NOT IN (1, 2, 3)"))
        .isZero();
    assertThat(
            count(
                "SELECT COUNT(*) FROM lapsi WHERE turvakielto = 'E' AND NOT REGEXP_LIKE(osoite, '^.+, [0-9]{5} [A-ZÄÖÅ]+$')"))
        .isZero();
    // Families living in a neighbouring municipality have its post office; all others Espoo's.
    assertThat(
            count(
                "SELECT COUNT(*) FROM lapsi WHERE turvakielto = 'E' AND kotikunta = '049' AND osoite NOT LIKE '% ESPOO'"))
        .isZero();
    assertThat(count("SELECT COUNT(*) FROM lapsi WHERE turvakielto = 'K' AND osoite IS NOT NULL"))
        .isZero();
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("SELECT hakemuspvm, alkupvm FROM paatos")) {
      while (rs.next()) {
        assertThat(EcecCodes.parseCompactDate(rs.getString(1)).orElseThrow())
            .isBeforeOrEqualTo(rs.getDate(2).toLocalDate());
      }
    }
  }

  @Test
  void childrenHaveValidUniqueIdentityCodesAndDecisionsWithPlacements() throws SQLException {
    Set<String> codes = new HashSet<>();
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("SELECT hetu, syntymapvm FROM lapsi")) {
      while (rs.next()) {
        String code = rs.getString(1);
        assertThat(IdentityCodes.isValid(code)).isTrue();
        assertThat(IdentityCodes.individualNumber(code)).isBetween(900, 999);
        assertThat(IdentityCodes.birthDate(code)).contains(rs.getDate(2).toLocalDate());
        assertThat(codes.add(code)).isTrue();
      }
    }
    assertThat(
            count(
                "SELECT COUNT(*) FROM lapsi l WHERE NOT EXISTS (SELECT 1 FROM paatos p WHERE p.lapsi_id = l.lapsi_id)"))
        .isZero();
    assertThat(
            count(
                "SELECT COUNT(*) FROM paatos p WHERE NOT EXISTS (SELECT 1 FROM sijoitus s WHERE s.paatos_id = p.paatos_id)"))
        .isZero();
    assertThat(
            count(
                "SELECT COUNT(*) FROM lapsi l WHERE NOT EXISTS (SELECT 1 FROM lapsi_huoltaja h WHERE h.lapsi_id = l.lapsi_id)"))
        .isZero();
    // Guardians are shared by siblings: fewer guardian rows than links.
    assertThat(count("SELECT COUNT(*) FROM huoltaja"))
        .isLessThan(count("SELECT COUNT(*) FROM lapsi_huoltaja"));
  }

  @Test
  void preprimaryPupilsWithSupplementaryEcecAreTheSamePeopleInBothExports() throws Exception {
    Set<String> pupils = new HashSet<>();
    TestSets.csv(set.resolve("049-espoo/register/oppilaat.csv"))
        .forEach(r -> pupils.add(r.get("hetu")));
    long shared = 0;
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("SELECT hetu FROM lapsi")) {
      while (rs.next()) {
        shared += pupils.contains(rs.getString(1)) ? 1 : 0;
      }
    }
    assertThat(shared).isPositive();
  }

  @Test
  void theSchemaDeclaresNoForeignKeysAndTheScriptIsUtf8() throws Exception {
    assertThat(
            count(
                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS WHERE CONSTRAINT_TYPE = 'FOREIGN KEY'"))
        .isZero();
    String script =
        Files.readString(set.resolve("049-espoo").resolve(EcecWriter.PATH), StandardCharsets.UTF_8);
    assertThat(script).contains("Päiväkoti").doesNotContain("\r");
    assertThat(count("SELECT COUNT(*) FROM yksikko WHERE nimi LIKE '%ä%'")).isPositive();
  }

  @Test
  void theScriptReplacesAnEarlierLoad() throws SQLException {
    long before = count("SELECT COUNT(*) FROM lapsi");
    EcecDatabase.runScript(db, set.resolve("049-espoo").resolve(EcecWriter.PATH));
    assertThat(count("SELECT COUNT(*) FROM lapsi")).isEqualTo(before);
  }

  private static long count(String sql) throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
