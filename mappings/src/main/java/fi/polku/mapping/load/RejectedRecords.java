package fi.polku.mapping.load;

import java.util.HashMap;
import java.util.Map;

/**
 * The resources of records rejected in this run, by their conditional URL, so that a record
 * referencing one is told why ("rejected on line 46") rather than only "does not exist". Only
 * rejected records are kept: a small map.
 */
final class RejectedRecords {

  /**
   * Where a rejected record was.
   *
   * @param origin file or table
   * @param line line or row number
   */
  record Where(String origin, long line) {}

  private final Map<String, Where> byCondition = new HashMap<>();

  synchronized void add(String conditionalUrl, String origin, long line) {
    byCondition.putIfAbsent(decode(conditionalUrl), new Where(origin, line));
  }

  synchronized Where find(String conditionalUrl) {
    return byCondition.get(decode(conditionalUrl));
  }

  static String decode(String url) {
    try {
      return java.net.URLDecoder.decode(url, java.nio.charset.StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return url;
    }
  }
}
