package fi.polku.hub.store;

import ca.uhn.fhir.context.FhirContext;
import java.util.Date;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r5.model.IdType;

/** Turns stored versions back into HAPI resources with id, version and last-updated set. */
public final class ResourceDecoder {

  private final FhirContext fhir;

  /** A decoder for resources of {@code fhir}'s model. */
  public ResourceDecoder(FhirContext fhir) {
    this.fhir = fhir;
  }

  /** Where a decoded resource keeps the version it was decoded from (see {@link #storedOf}). */
  private static final String STORED = ResourceDecoder.class.getName() + ".stored";

  /** The resource of {@code v}; {@code v} must not be a tombstone. */
  public IBaseResource decode(StoredVersion v) {
    if (v.deleted() || v.json() == null) {
      throw new IllegalArgumentException("A tombstone has no content: " + v.type() + "/" + v.id());
    }
    IBaseResource r = fhir.newJsonParser().parseResource(v.json());
    stamp(r, v.type(), v.id(), v.version(), Date.from(v.lastUpdated()));
    return r;
  }

  /**
   * As {@link #decode}, for a resource only read, never changed: it remembers {@code v} (as user
   * data, which no encoder writes), so a response can send the stored JSON as it is.
   */
  public IBaseResource decodeUnchanged(StoredVersion v) {
    IBaseResource r = decode(v);
    r.setUserData(STORED, v);
    return r;
  }

  /**
   * The version {@code r} was decoded from by {@link #decodeUnchanged}, or null when it was not.
   */
  public static StoredVersion storedOf(IBaseResource r) {
    return r.getUserData(STORED) instanceof StoredVersion v ? v : null;
  }

  /** Sets id, {@code meta.versionId} and {@code meta.lastUpdated} of {@code r}. */
  public static void stamp(IBaseResource r, String type, String id, int version, Date lastUpdated) {
    r.setId(new IdType(type, id, Integer.toString(version)));
    r.getMeta().setVersionId(Integer.toString(version));
    r.getMeta().setLastUpdated(lastUpdated);
  }
}
