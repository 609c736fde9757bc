package fi.polku.hub.store;

import java.util.Date;
import org.hl7.fhir.r5.model.Meta;

/**
 * The JSON HAPI writes for a stored version, made from the stored JSON without parsing it: the id
 * goes in after {@code resourceType} and {@code meta.versionId} and {@code meta.lastUpdated} at the
 * start of {@code meta}, where HAPI's encoder puts them. Search pages of large resources spend most
 * of their time decoding and re-encoding what the store already holds as HAPI encoded it.
 *
 * <p>Only the shapes the store's encoder produces are recognised (see {@link ContentEncoder}); for
 * anything else the answer is null and the caller lets HAPI encode the resource.
 */
public final class StampedJson {

  /** The keys that may open a stored {@code meta}: those after versionId and lastUpdated. */
  private static final String[] META_FIRST = {
    "\"source\":", "\"profile\":", "\"security\":", "\"tag\":"
  };

  private StampedJson() {}

  /**
   * The JSON of {@code v} with its id, version and last-updated time, byte for byte as HAPI encodes
   * the decoded resource (compact, no subsetting); null when the stored JSON has a shape this does
   * not know.
   */
  public static String of(StoredVersion v) {
    String json = v.json();
    if (v.deleted() || json == null) {
      return null;
    }
    String head = "{\"resourceType\":\"" + v.type() + "\",";
    if (!json.startsWith(head) || !plain(v.id()) || !plain(v.type())) {
      return null;
    }
    int rest = head.length();
    String stamp =
        "\"versionId\":\"" + v.version() + "\",\"lastUpdated\":\"" + lastUpdated(v) + "\"";
    String id = "\"id\":\"" + v.id() + "\",";
    StringBuilder out = new StringBuilder(json.length() + id.length() + stamp.length() + 16);
    if (json.startsWith("\"meta\":{", rest)) {
      int inMeta = rest + "\"meta\":{".length();
      if (!opensStoredMeta(json, inMeta)) {
        // meta.id, meta.extension, or a versionId/lastUpdated the store should not have kept: HAPI
        // would order these differently.
        return null;
      }
      return out.append(json, 0, rest)
          .append(id)
          .append(json, rest, inMeta)
          .append(stamp)
          .append(',')
          .append(json, inMeta, json.length())
          .toString();
    }
    if (!json.startsWith("\"", rest)
        || json.startsWith("\"id\":", rest)
        || json.startsWith("\"_id\":", rest)
        || json.startsWith("\"_meta\":", rest)) {
      return null;
    }
    // No meta stored (no source, profile or tag): HAPI writes one holding only the stamp.
    return out.append(json, 0, rest)
        .append(id)
        .append("\"meta\":{")
        .append(stamp)
        .append("},")
        .append(json, rest, json.length())
        .toString();
  }

  /** Whether {@code s} needs no escaping in JSON (ids and type names always pass). */
  private static boolean plain(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(Character.isLetterOrDigit(c) && c < 128) && c != '-' && c != '.') {
        return false;
      }
    }
    return !s.isEmpty();
  }

  private static boolean opensStoredMeta(String json, int at) {
    for (String key : META_FIRST) {
      if (json.startsWith(key, at)) {
        return true;
      }
    }
    return false;
  }

  /** The instant as HAPI writes the one {@link ResourceDecoder#stamp} sets. */
  private static String lastUpdated(StoredVersion v) {
    Meta m = new Meta();
    m.setLastUpdated(Date.from(v.lastUpdated()));
    return m.getLastUpdatedElement().getValueAsString();
  }
}
