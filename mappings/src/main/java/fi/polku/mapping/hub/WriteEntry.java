package fi.polku.mapping.hub;

/**
 * One write of a transaction: {@code PUT <type>?<condition>} (an upsert by identifier) or, without
 * a condition, {@code PUT <type>/<id>}.
 *
 * @param type resource type
 * @param condition URL-encoded search condition ({@code identifier=<system>%7C<value>}), or null
 * @param id resource id when {@code condition} is null
 * @param json the resource, UTF-8 JSON
 */
public record WriteEntry(String type, String condition, String id, byte[] json) {

  /** The entry's request URL. */
  public String url() {
    return condition != null ? type + "?" + condition : type + "/" + id;
  }
}
