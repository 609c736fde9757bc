package fi.polku.hub.index;

/**
 * Where {@link ResourceIndexer} writes the fields of one resource: a Hibernate Search document in
 * the hub, a plain recorder in tests.
 */
public interface IndexSink {

  /** Adds a keyword value. */
  void keyword(String field, String value);

  /** Adds a long value. */
  void longValue(String field, long value);

  /** Adds a double value. */
  void doubleValue(String field, double value);

  /** Adds a nested date range object to {@code field}. */
  void dateRange(String field, DateRange range);

  /** Adds a nested quantity object: its value and unit tokens. */
  void quantity(String field, double value, Iterable<String> unitTokens);
}
