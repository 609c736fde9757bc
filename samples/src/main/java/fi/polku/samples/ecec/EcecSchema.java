package fi.polku.samples.ecec;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The legacy ECEC database's schema: Finnish names, no foreign-key constraints (the legacy system
 * never declared them, so dangling references exist), nullable columns, a {@code muokattu}
 * modification time on every table for incremental reads.
 */
public final class EcecSchema {

  /**
   * A column.
   *
   * @param name column name
   * @param type SQL type
   */
  public record Column(String name, String type) {}

  /**
   * A table.
   *
   * @param name table name
   * @param columns columns in order
   * @param primaryKey primary-key column, or {@code null} for none
   */
  public record Table(String name, List<Column> columns, String primaryKey) {

    /** The column names in order. */
    public List<String> columnNames() {
      return columns.stream().map(Column::name).toList();
    }
  }

  /** Units: day-care centres, group family day care, family day carers. */
  public static final Table YKSIKKO =
      new Table(
          "yksikko",
          List.of(
              col("yksikko_id", "INTEGER NOT NULL"),
              col("nimi", "VARCHAR(120)"),
              col("tyyppi", "VARCHAR(2)"),
              col("jarjmuoto", "SMALLINT"),
              col("oid", "VARCHAR(40)"),
              col("kunta", "CHAR(3)"),
              col("katuosoite", "VARCHAR(100)"),
              col("postinro", "CHAR(5)"),
              col("kieli", "CHAR(2)"),
              col("paikkoja", "SMALLINT"),
              col("aktiivinen", "CHAR(1)"),
              col("muokattu", "TIMESTAMP")),
          "yksikko_id");

  /** Children. */
  public static final Table LAPSI =
      new Table(
          "lapsi",
          List.of(
              col("lapsi_id", "INTEGER NOT NULL"),
              col("hetu", "VARCHAR(11)"),
              col("sukunimi", "VARCHAR(60)"),
              col("etunimet", "VARCHAR(100)"),
              col("kutsumanimi", "VARCHAR(40)"),
              col("syntymapvm", "DATE"),
              col("sukupuoli", "CHAR(1)"),
              col("aidinkieli", "CHAR(2)"),
              col("kansalaisuus", "CHAR(3)"),
              col("kotikunta", "CHAR(3)"),
              col("osoite", "VARCHAR(150)"),
              col("turvakielto", "CHAR(1)"),
              col("muokattu", "TIMESTAMP")),
          "lapsi_id");

  /** Guardians. */
  public static final Table HUOLTAJA =
      new Table(
          "huoltaja",
          List.of(
              col("huoltaja_id", "INTEGER NOT NULL"),
              col("hetu", "VARCHAR(11)"),
              col("sukunimi", "VARCHAR(60)"),
              col("etunimet", "VARCHAR(100)"),
              col("puhelin", "VARCHAR(20)"),
              col("sposti", "VARCHAR(100)"),
              col("osoite", "VARCHAR(150)"),
              col("muokattu", "TIMESTAMP")),
          "huoltaja_id");

  /** Child–guardian links; no key, as in the legacy system. */
  public static final Table LAPSI_HUOLTAJA =
      new Table(
          "lapsi_huoltaja",
          List.of(
              col("lapsi_id", "INTEGER"),
              col("huoltaja_id", "INTEGER"),
              col("suhde", "SMALLINT"),
              col("huoltaja", "CHAR(1)"),
              col("muokattu", "TIMESTAMP")),
          null);

  /** ECEC decisions. */
  public static final Table PAATOS =
      new Table(
          "paatos",
          List.of(
              col("paatos_id", "INTEGER NOT NULL"),
              col("lapsi_id", "INTEGER"),
              col("hakemuspvm", "CHAR(8)"),
              col("alkupvm", "DATE"),
              col("loppupvm", "DATE"),
              col("tunnit_vko", "VARCHAR(6)"),
              col("paivittainen", "CHAR(1)"),
              col("kokopaivainen", "CHAR(1)"),
              col("vuorohoito", "CHAR(1)"),
              col("kiireellinen", "CHAR(1)"),
              col("tilapainen", "CHAR(1)"),
              col("jarjmuoto", "SMALLINT"),
              col("muokattu", "TIMESTAMP")),
          "paatos_id");

  /** Placements in units. */
  public static final Table SIJOITUS =
      new Table(
          "sijoitus",
          List.of(
              col("sijoitus_id", "INTEGER NOT NULL"),
              col("paatos_id", "INTEGER"),
              col("yksikko_id", "INTEGER"),
              col("alkupvm", "DATE"),
              col("loppupvm", "DATE"),
              col("muokattu", "TIMESTAMP")),
          "sijoitus_id");

  /** All tables, referenced tables first. */
  public static final List<Table> TABLES =
      List.of(YKSIKKO, LAPSI, HUOLTAJA, LAPSI_HUOLTAJA, PAATOS, SIJOITUS);

  private EcecSchema() {}

  /** DROP and CREATE statements for every table, and an index on each modification time. */
  public static String ddl() {
    StringBuilder sql = new StringBuilder();
    for (int i = TABLES.size() - 1; i >= 0; i--) {
      sql.append("DROP TABLE IF EXISTS ").append(TABLES.get(i).name()).append(";\n");
    }
    for (Table table : TABLES) {
      sql.append("\nCREATE TABLE ").append(table.name()).append(" (\n");
      sql.append(
          table.columns().stream()
              .map(c -> "  " + c.name() + " " + c.type())
              .collect(Collectors.joining(",\n")));
      if (table.primaryKey() != null) {
        sql.append(",\n  PRIMARY KEY (").append(table.primaryKey()).append(')');
      }
      sql.append("\n);\n");
      sql.append("CREATE INDEX ")
          .append(table.name())
          .append("_muokattu ON ")
          .append(table.name())
          .append(" (muokattu);\n");
    }
    return sql.toString();
  }

  private static Column col(String name, String type) {
    return new Column(name, type);
  }
}
