package fi.polku.hub.validate;

import fi.polku.hub.store.ResourceDecoder;
import fi.polku.hub.store.ResourceStore;
import fi.polku.hub.store.StoredVersion;
import fi.polku.validation.spi.ReferenceResolver;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r5.model.Base;

/**
 * The validators' {@link ReferenceResolver} over the hub's store: current versions of referenced
 * records, and the records that refer to a record (from the reference index). Resources pending in
 * the same write shadow their stored versions. Used inside the write's transaction, by one thread.
 * What the rules of a batch will ask is fetched ahead in one query per kind ({@link #prefetch},
 * {@link #prefetchReferencing}): asked one by one, a Bundle of study rights cost two queries per
 * entry.
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

  /** Current versions fetched ahead ({@link #prefetch}), by reference; empty: none stored. */
  private final Map<String, Optional<StoredVersion>> fetched = new ConcurrentHashMap<>();

  /** Referring versions fetched ahead, by {@code [resourceType, path, reference]}. */
  private final Map<List<String>, List<StoredVersion>> referrers = new ConcurrentHashMap<>();

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
    String[] typeAndId = typeAndId(reference);
    if (typeAndId == null) {
      return Optional.empty();
    }
    Optional<StoredVersion> ahead = fetched.get(reference);
    Optional<StoredVersion> stored =
        ahead != null ? ahead : store.currentVersion(typeAndId[0], typeAndId[1]);
    return stored.filter(v -> !v.deleted()).map(this::decode);
  }

  /** The type and id of a literal relative reference ({@code Learner/123}); null for others. */
  private static String[] typeAndId(String reference) {
    int slash = reference.indexOf('/');
    if (slash <= 0 || reference.indexOf('/', slash + 1) >= 0) {
      return null;
    }
    return new String[] {reference.substring(0, slash), reference.substring(slash + 1)};
  }

  /** Fetches the stored versions of {@code references}, one query per type and few hundred. */
  @Override
  public void prefetch(Collection<String> references) {
    Map<String, List<String>> idsByType = new LinkedHashMap<>();
    for (String reference : references) {
      String[] typeAndId = typeAndId(reference);
      if (typeAndId != null && !pending.containsKey(reference) && !fetched.containsKey(reference)) {
        idsByType.computeIfAbsent(typeAndId[0], t -> new ArrayList<>()).add(typeAndId[1]);
      }
    }
    idsByType.forEach(
        (type, ids) -> {
          Map<String, StoredVersion> found = store.currentVersions(type, ids);
          for (String id : ids) {
            fetched.put(type + "/" + id, Optional.ofNullable(found.get(id)));
          }
        });
  }

  @Override
  public void prefetchReferencing(String resourceType, String path, Collection<String> references) {
    List<String> targets = new ArrayList<>();
    for (String r : references) {
      if (!referrers.containsKey(List.of(resourceType, path, r))) {
        targets.add(r);
      }
    }
    if (targets.isEmpty()) {
      return;
    }
    Map<String, List<StoredVersion>> found = store.referencing(resourceType, path, targets);
    for (String t : targets) {
      referrers.put(List.of(resourceType, path, t), found.getOrDefault(t, List.of()));
    }
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
    List<StoredVersion> ahead = referrers.get(List.of(resourceType, path, reference));
    for (StoredVersion v :
        ahead != null ? ahead : store.referencing(resourceType, path, reference)) {
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
