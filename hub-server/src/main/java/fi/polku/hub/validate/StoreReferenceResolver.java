package fi.polku.hub.validate;

import fi.polku.hub.store.ResourceDecoder;
import fi.polku.hub.store.ResourceEntity;
import fi.polku.hub.store.ResourceStore;
import fi.polku.validation.spi.ReferenceResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * The validators' {@link ReferenceResolver} over the hub's store: current versions of referenced
 * records, and the records that refer to a record (from the reference index). Resources pending in
 * the same write shadow their stored versions. Used inside the write's transaction, by one thread.
 */
public final class StoreReferenceResolver implements ReferenceResolver {

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
        .current(reference.substring(0, slash), reference.substring(slash + 1))
        .filter(e -> !e.deleted())
        .map(e -> decoder.decode(e.toStored()));
  }

  @Override
  public List<IBaseResource> referencing(String resourceType, String path, String reference) {
    List<IBaseResource> out = new ArrayList<>();
    for (ResourceEntity e : store.referencing(resourceType, path, reference)) {
      String key = e.type() + "/" + e.resourceId();
      // A pending new version replaces the stored one (it may no longer refer to the record).
      out.add(pending.containsKey(key) ? pending.get(key) : decoder.decode(e.toStored()));
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
