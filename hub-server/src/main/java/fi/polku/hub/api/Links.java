package fi.polku.hub.api;

import fi.polku.hub.search.SearchQuery;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Self and next links of search and history pages. */
final class Links {

  private Links() {}

  /**
   * {@code base/path?name=value&...}, with {@code _cursor} last when given.
   *
   * @param cursor the page token; null for none
   */
  static String of(String base, String path, List<SearchQuery.Applied> params, String cursor) {
    StringBuilder b = new StringBuilder(base).append('/').append(path);
    char sep = '?';
    for (SearchQuery.Applied p : params) {
      b.append(sep).append(encode(p.name())).append('=').append(encode(p.value()));
      sep = '&';
    }
    if (cursor != null) {
      b.append(sep).append("_cursor=").append(cursor);
    }
    return b.toString();
  }

  /** Encodes a query component, keeping the characters FHIR search syntax uses readable. */
  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8)
        .replace("%7C", "|")
        .replace("%3A", ":")
        .replace("%2F", "/")
        .replace("%2C", ",");
  }
}
