package fi.polku.hub.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.Immutable;

/** A superseded version of a resource (table {@code resource_history}); never changed. */
@Entity
@Immutable
@Table(name = "resource_history")
@IdClass(HistoryEntity.Key.class)
public class HistoryEntity {

  @Id
  @Column(name = "pid")
  private Long pid;

  @Id
  @Column(name = "res_version")
  private Integer version;

  @Column(name = "res_type", nullable = false, length = 64)
  private String type;

  @Column(name = "res_id", nullable = false, length = 64)
  private String resourceId;

  @Column(name = "deleted", nullable = false)
  private boolean deleted;

  @Column(name = "last_updated", nullable = false)
  private Instant lastUpdated;

  @Column(name = "content_hash", length = 64)
  private String contentHash;

  @Column(name = "res_json", length = 1000000)
  private String json;

  protected HistoryEntity() {}

  HistoryEntity(
      long pid,
      int version,
      String type,
      String resourceId,
      boolean deleted,
      Instant lastUpdated,
      String contentHash,
      String json) {
    this.pid = pid;
    this.version = version;
    this.type = type;
    this.resourceId = resourceId;
    this.deleted = deleted;
    this.lastUpdated = lastUpdated;
    this.contentHash = contentHash;
    this.json = json;
  }

  /** This row as an immutable stored version. */
  public StoredVersion toStored() {
    return new StoredVersion(type, resourceId, version, deleted, lastUpdated, json, pid);
  }

  /** Primary key: resource pid and version. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long pid;
    private Integer version;

    public Key() {}

    public Key(long pid, int version) {
      this.pid = pid;
      this.version = version;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Objects.equals(pid, k.pid) && Objects.equals(version, k.version);
    }

    @Override
    public int hashCode() {
      return Objects.hash(pid, version);
    }
  }
}
