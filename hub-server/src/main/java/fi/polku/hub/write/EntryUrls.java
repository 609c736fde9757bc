package fi.polku.hub.write;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code fullUrl}s of a transaction's entries and the resources they turned out to be, for
 * rewriting the references between entries as FHIR's transaction rules say: a reference to an
 * entry's {@code fullUrl} becomes a reference to the resource that entry wrote or matched. That
 * holds for {@code urn:uuid:} placeholders and equally for RESTful URLs of another server ({@code
 * http://example.org/fhir/Learner/abc} on a POST entry is only a temporary id). A relative
 * reference in an entry whose {@code fullUrl} is a RESTful URL is relative to that URL's base, so
 * {@code Learner/abc} there names {@code http://example.org/fhir/Learner/abc}; elsewhere it names a
 * resource of this hub, which an entry whose {@code fullUrl} is the hub's own URL (made local
 * before it gets here) may be.
 */
final class EntryUrls {

  /** {@code base/Type/id}, optionally with {@code /_history/n}, per FHIR's RESTful URL form. */
  private static final Pattern RESTFUL =
      Pattern.compile(
          "^(https?://.+/)?([A-Z][A-Za-z]{0,63}/[A-Za-z0-9\\-.]{1,64})(/_history/[A-Za-z0-9\\-.]{1,64})?$");

  private final Map<String, String> targets = new HashMap<>();

  /**
   * Notes that the entry with {@code fullUrl} wrote or matched {@code reference} ({@code Type/id}).
   * A {@code fullUrl} that is neither a placeholder nor a RESTful URL is ignored.
   */
  void add(String fullUrl, String reference) {
    if (fullUrl == null) {
      return;
    }
    if (isPlaceholder(fullUrl)) {
      targets.put(fullUrl, reference);
      return;
    }
    Matcher m = RESTFUL.matcher(fullUrl);
    if (m.matches()) {
      targets.put(nullToEmpty(m.group(1)) + m.group(2), reference);
    }
  }

  /**
   * The resource ({@code Type/id}) that {@code value}, written in the entry whose {@code fullUrl}
   * is {@code entryUrl}, names among the unit's entries; null when it names none of them.
   */
  String target(String value, String entryUrl) {
    if (isPlaceholder(value)) {
      return targets.get(value);
    }
    Matcher m = RESTFUL.matcher(value);
    if (!m.matches() || m.group(3) != null) {
      // A version of a resource the transaction writes cannot be referred to before it exists.
      return null;
    }
    if (m.group(1) != null) {
      return targets.get(value);
    }
    return targets.get(baseOf(entryUrl) + value);
  }

  /** Whether {@code value} is a {@code urn:uuid:} or {@code urn:oid:} placeholder. */
  static boolean isPlaceholder(String value) {
    return value.startsWith("urn:uuid:") || value.startsWith("urn:oid:");
  }

  /** The base of a RESTful absolute {@code fullUrl} with its final slash, else "" (this hub). */
  private static String baseOf(String entryUrl) {
    if (entryUrl == null) {
      return "";
    }
    Matcher m = RESTFUL.matcher(entryUrl);
    return m.matches() ? nullToEmpty(m.group(1)) : "";
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
