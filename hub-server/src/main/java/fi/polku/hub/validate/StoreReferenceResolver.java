package fi.polku.hub.validate;

import fi.polku.hub.store.ResourceDecoder;
import fi.polku.hub.store.ResourceStore;
import fi.polku.hub.store.StoredVersion;
import fi.polku.validation.spi.ReferenceResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r5.model.Base;

/**
 * The validators' {@link ReferenceResolver} over the hub's store: current versions of referenced
 * records, and the records that refer to a record (from the reference index). Resources pending in
 * the same write shadow their stored versions. Used inside the write's transaction, by one thread.
 */
public final class StoreReferenceResolver implements ReferenceResolver {

  /** User data key of the stored JSON of a resource ({@link #offerJson}). */
  private static final String JSON = StoreReferenceResolver.class.getName() + ".json";

  private static final String TYPE = "{\"resourceType\":\"";

  /** FHIR id syntax: what can be put into the JSON as it is. */
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");

  private final ResourceStore store;
  private final ResourceDecoder decoder;
  private final Map<String, IBaseResource> pending;

  StoreReferenceResolver(
      ResourceStore store, ResourceDecoder decoder, Map<String, IBaseResource> pending) {
    this.store = store;
    this.decoder = decoder;
    this.pending = pending;
  }

  @Override
  public Optional<IBaseResource> resolve(String reference) {
    IBaseResource p = pending.get(reference);
    if (p != null) {
      return Optional.of(p);
    }
    int slash = reference.indexOf('/');
    if (slash <= 0 || reference.indexOf('/', slash + 1) >= 0) {
      return Optional.empty();
    }
    return store
        .currentVersion(reference.substring(0, slash), reference.substring(slash + 1))
        .filter(v -> !v.deleted())
        .map(this::decode);
  }

  private IBaseResource decode(StoredVersion stored) {
    IBaseResource r = decoder.decode(stored);
    offerJson(r, stored.json());
    return r;
  }

  /**
   * Keeps {@code json}, the encoding of {@code resource} as the store keeps it (without id and
   * version), with the resource, so that business rules needing it as context need not encode it
   * again. The write path calls it when it has encoded a resource it is about to validate.
   */
  public static void offerJson(IBaseResource resource, String json) {
    if (resource instanceof Base b) {
      b.setUserData(JSON, json);
    }
  }

  @Override
  public Optional<String> json(IBaseResource record) {
    if (!(record instanceof Base b)
        || !(b.getUserData(JSON) instanceof String json)
        || record.getIdElement() == null) {
      return Optional.empty();
    }
    String id = record.getIdElement().getIdPart();
    // The store's JSON has no id (it is kept in a column), and HAPI writes resourceType first.
    int typeEnd = json.startsWith(TYPE) ? json.indexOf('"', TYPE.length()) : -1;
    if (typeEnd < 0 || id == null || !ID.matcher(id).matches()) {
      return Optional.empty();
    }
    String head = json.substring(0, typeEnd + 1);
    if (json.startsWith(",\"id\":", head.length())) {
      return Optional.empty();
    }
    return Optional.of(head + ",\"id\":\"" + id + "\"" + json.substring(head.length()));
  }

  @Override
  public List<IBaseResource> referencing(String resourceType, String path, String reference) {
    List<IBaseResource> out = new ArrayList<>();
    for (StoredVersion v : store.referencing(resourceType, path, reference)) {
      String key = v.type() + "/" + v.id();
      // A pending new version replaces the stored one (it may no longer refer to the record).
      out.add(pending.containsKey(key) ? pending.get(key) : decode(v));
    }
    return out;
  }

  /** Builds resolvers; one per write. */
  public static final class Factory {
    private final ResourceDecoder decoder;

    /** A factory decoding stored resources with {@code decoder}. */
    public Factory(ResourceDecoder decoder) {
      this.decoder = decoder;
    }

    /** A resolver over {@code store} with {@code pending} resources shadowing stored ones. */
    public ReferenceResolver over(ResourceStore store, Map<String, IBaseResource> pending) {
      return new StoreReferenceResolver(store, decoder, pending);
    }
  }
}
