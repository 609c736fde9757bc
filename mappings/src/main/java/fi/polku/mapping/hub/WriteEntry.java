package fi.polku.mapping.hub;

/**
 * One write of a transaction: {@code PUT <type>?<condition>} (an upsert by identifier) or, without
 * a condition, {@code PUT <type>/<id>}.
 *
 * @param type resource type
 * @param condition URL-encoded search condition ({@code identifier=<system>%7C<value>}), or null
 * @param id resource id when {@code condition} is null
 * @param json the resource, UTF-8 JSON
 * @param prepared the port's own ready form of {@code json} from {@link HubPort#prepare} (made off
 *     the writing thread), or null; a port uses it at most once and may change it, so an entry sent
 *     again (a failed transaction split up) carries null and is read from {@code json}
 */
public record WriteEntry(String type, String condition, String id, byte[] json, Object prepared) {

  /** An entry the port reads from its JSON. */
  public WriteEntry(String type, String condition, String id, byte[] json) {
    this(type, condition, id, json, null);
  }

  /** The entry's request URL. */
  public String url() {
    return condition != null ? type + "?" + condition : type + "/" + id;
  }
}
