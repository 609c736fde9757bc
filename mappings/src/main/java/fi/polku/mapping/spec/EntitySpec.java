package fi.polku.mapping.spec;

import java.util.List;

/**
 * One kind of source record: a file (csv), a table or query (sql) or the records of JSON or XML
 * documents, with the resources each record becomes. Entities are loaded in the order written.
 *
 * @param name the entity's name ({@code pupil})
 * @param file file name or glob relative to an input folder (csv, json, xml)
 * @param table table name (sql)
 * @param query SELECT statement (sql), instead of {@code table}
 * @param columns the columns the mapping reads, as the header names them (csv, sql)
 * @param records path to the records inside a JSON document, or of the record elements below an XML
 *     root element; empty: the document (root element) is the record
 * @param recurse name of a field holding child records of the same shape (JSON trees)
 * @param key template of the record's key (its source key value)
 * @param incremental modification-time column and key column for incremental reads (sql), or null
 * @param resources the resources each record becomes, in dependency order
 * @param loc where the entity is declared
 */
public record EntitySpec(
    String name,
    String file,
    String table,
    String query,
    List<String> columns,
    String records,
    String recurse,
    String key,
    Incremental incremental,
    List<ResourceSpec> resources,
    Loc loc) {

  /**
   * An incremental read: rows are read in {@code (column, key)} order from the last position of the
   * previous run, so rows that share a timestamp are neither skipped nor read twice.
   *
   * <p>With an {@code overlap}, a run reads again every row modified within that time before the
   * last position: a live database's row whose modification time was set before the previous run
   * but whose transaction committed after it would otherwise never be read. The rows read again are
   * unchanged, so they write nothing.
   *
   * @param column the modification-time column
   * @param key the key column that orders rows with the same time
   * @param overlap how far before the last position a run starts reading; zero for none
   */
  public record Incremental(String column, String key, java.time.Duration overlap) {

    /** An incremental read without overlap. */
    public Incremental(String column, String key) {
      this(column, key, java.time.Duration.ZERO);
    }
  }
}
