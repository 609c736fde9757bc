package fi.polku.mapping.source;

import fi.polku.mapping.spec.EntitySpec;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.camel.ProducerTemplate;

/**
 * Reads the rows of one table (or query) with Camel's SQL component, streaming ({@code
 * outputType=StreamList}: one open result set, a row at a time). With an incremental column the
 * rows are read in {@code (column, key...)} order starting strictly after the saved position, so
 * rows sharing a timestamp (a nightly batch job stamps many rows alike) are neither skipped nor
 * read twice; the reader remembers the position of the last row it handed out.
 */
public final class SqlSourceReader implements SourceReader {

  private final ProducerTemplate camel;
  private final String dataSourceRef;
  private final EntitySpec entity;
  private final SqlPosition since;
  private final String origin;
  private long rowNumber;
  private long total = -1;
  private SqlPosition last;
  private String[] keysByOrdinal;

  /**
   * A reader.
   *
   * @param camel a producer of the Camel context in which {@code dataSourceRef} is bound
   * @param dataSourceRef registry name of the {@link javax.sql.DataSource}
   * @param since the position to continue after, or null to read everything
   */
  public SqlSourceReader(
      ProducerTemplate camel, String dataSourceRef, EntitySpec entity, SqlPosition since) {
    this.camel = camel;
    this.dataSourceRef = dataSourceRef;
    this.entity = entity;
    this.since = since;
    this.origin = entity.table() != null ? entity.table() : entity.name();
    this.last = since;
  }

  /** The statement this reader runs (named parameters {@code :#p0 ...}). */
  public String statement() {
    String select =
        entity.query() != null
            ? "SELECT * FROM (" + entity.query() + ") q"
            : "SELECT " + String.join(", ", entity.columns()) + " FROM " + entity.table();
    EntitySpec.Incremental inc = entity.incremental();
    if (inc == null) {
      return select;
    }
    List<String> order = new ArrayList<>();
    order.add(inc.column());
    order.addAll(keyColumns());
    String where;
    if (since == null) {
      where = "";
    } else if (overlaps()) {
      // From the overlap's start on, rows at that very time included: a window read again.
      where = " WHERE " + inc.column() + " >= :#p0";
    } else {
      where = " WHERE " + after(order, 0);
    }
    return select + where + " ORDER BY " + String.join(", ", order);
  }

  private boolean overlaps() {
    return !entity.incremental().overlap().isZero();
  }

  private List<String> keyColumns() {
    return List.of(entity.incremental().key().split("\\s*,\\s*"));
  }

  /** {@code (c0 > :#p0 OR (c0 = :#p0 AND (c1 > :#p1 OR ...)))}. */
  private static String after(List<String> columns, int i) {
    String c = columns.get(i);
    String p = ":#p" + i;
    if (i == columns.size() - 1) {
      return c + " > " + p;
    }
    return "(" + c + " > " + p + " OR (" + c + " = " + p + " AND " + after(columns, i + 1) + "))";
  }

  private Map<String, Object> parameters() {
    Map<String, Object> params = new HashMap<>();
    if (since != null && overlaps()) {
      LocalDateTime last = LocalDateTime.parse(since.time());
      params.put("p0", Timestamp.valueOf(last.minus(entity.incremental().overlap())));
    } else if (since != null) {
      params.put("p0", Timestamp.valueOf(LocalDateTime.parse(since.time())));
      for (int i = 0; i < since.key().size(); i++) {
        params.put("p" + (i + 1), since.key().get(i));
      }
    }
    return params;
  }

  private String uri(String sql, String outputType) {
    return "sql:" + sql + "?dataSource=#" + dataSourceRef + "&outputType=" + outputType;
  }

  /**
   * Not used: the rows come from Camel's SQL endpoint inside the load route (a streamed result set
   * lives only as long as the route's exchange), which hands each row to {@link #toRecord}.
   */
  @Override
  public Iterator<SourceRecord> records() {
    throw new UnsupportedOperationException(
        "SQL rows are read by the load route through camel-sql");
  }

  /** The endpoint URI of the streaming query. */
  public String endpointUri() {
    return uri(statement(), "StreamList");
  }

  /** The named parameters of the query (the message body sent to the SQL endpoint). */
  public Map<String, Object> queryParameters() {
    return parameters();
  }

  /** Turns one row of the result set into a record. */
  public SourceRecord toRecord(Map<String, Object> row) {
    return record(row);
  }

  private SourceRecord record(Map<String, Object> row) {
    if (keysByOrdinal == null) {
      keysByOrdinal = resolveKeys(row);
    }
    List<String> columns = entity.columns();
    Object[] values = new Object[columns.size()];
    StringBuilder raw = new StringBuilder(128);
    for (int c = 0; c < values.length; c++) {
      Object v = keysByOrdinal[c] == null ? null : row.get(keysByOrdinal[c]);
      values[c] = v;
      if (c > 0) {
        raw.append("; ");
      }
      raw.append(columns.get(c)).append('=').append(v == null ? "NULL" : String.valueOf(v));
    }
    rowNumber++;
    remember(row);
    return SourceRecord.ofValues(entity.name(), origin, rowNumber, raw.toString(), values);
  }

  /** Result-set column labels may differ in case from the spec (H2 upper-cases them). */
  private String[] resolveKeys(Map<String, Object> row) {
    Map<String, String> byLower = new HashMap<>();
    for (String k : row.keySet()) {
      byLower.put(k.toLowerCase(Locale.ROOT), k);
    }
    List<String> columns = entity.columns();
    String[] out = new String[columns.size()];
    for (int c = 0; c < out.length; c++) {
      out[c] = byLower.get(columns.get(c).toLowerCase(Locale.ROOT));
    }
    return out;
  }

  private void remember(Map<String, Object> row) {
    EntitySpec.Incremental inc = entity.incremental();
    if (inc == null) {
      return;
    }
    Object time = get(row, inc.column());
    if (time == null) {
      return;
    }
    String iso =
        time instanceof Timestamp t
            ? t.toLocalDateTime().toString()
            : time.toString().replace(' ', 'T');
    List<Object> key = new ArrayList<>();
    for (String k : keyColumns()) {
      Object v = get(row, k);
      key.add(v instanceof Number n ? (Object) n.longValue() : String.valueOf(v));
    }
    last = new SqlPosition(iso, key);
  }

  private static Object get(Map<String, Object> row, String column) {
    Object v = row.get(column);
    if (v == null) {
      for (Map.Entry<String, Object> e : row.entrySet()) {
        if (e.getKey().equalsIgnoreCase(column)) {
          return e.getValue();
        }
      }
    }
    return v;
  }

  /** The position of the last row handed out (or the start position if none was read). */
  public SqlPosition lastPosition() {
    return last;
  }

  @Override
  public List<InputDescription> inputs() {
    return List.of(new InputDescription("table:" + origin, rowNumber, null));
  }

  @Override
  public long position() {
    return rowNumber;
  }

  @Override
  public long total() {
    if (total < 0) {
      String count = "SELECT COUNT(*) FROM (" + statement().replaceAll(" ORDER BY .*$", "") + ") c";
      Number n = camel.requestBody(uri(count, "SelectOne"), parameters(), Number.class);
      total = n == null ? 0 : n.longValue();
    }
    return total;
  }

  @Override
  public void close() {
    // the SQL endpoint closes the result set when the route's exchange completes
  }
}
