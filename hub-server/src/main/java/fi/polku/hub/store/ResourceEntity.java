package fi.polku.hub.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * The current version of a resource (table {@code resource}), a tombstone when deleted. {@code
 * res_version} is the entity's JPA version: every change raises it by one at flush, and Hibernate's
 * UPDATE says {@code WHERE res_version = <the version read>}, so of two writers that read the same
 * version only one can write the next one (the other's update finds no row and is retried).
 * Version-based locking, unlike dirty-column locking, lets Hibernate batch the inserts and updates
 * of this table.
 */
@Entity
@Table(name = "resource")
public class ResourceEntity {

  @Id
  @Column(name = "pid")
  private Long pid;

  @Column(name = "res_type", nullable = false, updatable = false, length = 64)
  private String type;

  @Column(name = "res_id", nullable = false, updatable = false, length = 64)
  private String resourceId;

  @Version
  @Column(name = "res_version", nullable = false)
  private Integer version;

  @Column(name = "deleted", nullable = false)
  private boolean deleted;

  @Column(name = "last_updated", nullable = false)
  private Instant lastUpdated;

  @Column(name = "content_hash", length = 64)
  private String contentHash;

  @Column(name = "res_json", length = 1000000)
  private String json;

  /**
   * The parsed resource of {@link #json} when this row was written in this session: the search
   * index reads it instead of parsing the JSON again. Null for rows loaded from the database.
   */
  @Transient private transient IBaseResource parsed;

  protected ResourceEntity() {}

  /** A new resource at version 1. */
  ResourceEntity(long pid, String type, String resourceId, StoredContent content, Instant now) {
    this.pid = pid;
    this.type = type;
    this.resourceId = resourceId;
    // Left null: to Hibernate a versioned entity with a version is one that exists already.
    // onPersist sets the first version.
    this.deleted = false;
    this.lastUpdated = now;
    this.contentHash = content.hash();
    this.json = content.json();
    this.parsed = content.resource();
  }

  /** FHIR versions count from 1 (JPA would seed a new entity's version with 0). */
  @PrePersist
  void onPersist() {
    if (version == null) {
      version = 1;
    }
  }

  /** The row this version leaves behind in the history when it is superseded. */
  HistoryEntity toHistory() {
    return new HistoryEntity(
        pid, version, type, resourceId, deleted, lastUpdated, contentHash, json);
  }

  /** Replaces the content: the next version (Hibernate raises {@code version} at flush). */
  void replace(StoredContent content, Instant now) {
    this.deleted = false;
    this.lastUpdated = now;
    this.contentHash = content.hash();
    this.json = content.json();
    this.parsed = content.resource();
  }

  /** Turns this row into a tombstone: the next version (raised by Hibernate at flush). */
  void tombstone(Instant now) {
    this.deleted = true;
    this.lastUpdated = now;
    this.contentHash = null;
    this.json = null;
    this.parsed = null;
  }

  public long pid() {
    return pid;
  }

  public String type() {
    return type;
  }

  public String resourceId() {
    return resourceId;
  }

  public int version() {
    return version == null ? 1 : version;
  }

  public boolean deleted() {
    return deleted;
  }

  public Instant lastUpdated() {
    return lastUpdated;
  }

  public String contentHash() {
    return contentHash;
  }

  public String json() {
    return json;
  }

  /** The resource as parsed by the write that stored this row; null when not at hand. */
  public IBaseResource parsed() {
    return parsed;
  }

  /** This row as an immutable stored version. */
  public StoredVersion toStored() {
    return new StoredVersion(type, resourceId, version(), deleted, lastUpdated, json, pid);
  }
}
