package fi.polku.hub.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.hibernate.annotations.Immutable;

/**
 * A reference of a current resource to another (table {@code resource_link}). Rows are inserted (by
 * {@link IndexRows}) and deleted, never changed: immutable, so a flush does not dirty-check them.
 */
@Entity
@Immutable
@Table(name = "resource_link")
@IdClass(LinkEntity.Key.class)
public class LinkEntity {

  @Id
  @Column(name = "src_pid")
  private Long sourcePid;

  @Id
  @Column(name = "src_path", length = 255)
  private String path;

  @Id
  @Column(name = "target", length = 200)
  private String target;

  @Column(name = "src_type", nullable = false, length = 64)
  private String sourceType;

  protected LinkEntity() {}

  public long sourcePid() {
    return sourcePid;
  }

  public String path() {
    return path;
  }

  public String target() {
    return target;
  }

  /** Primary key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long sourcePid;
    private String path;
    private String target;

    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(sourcePid, k.sourcePid)
          && Objects.equals(path, k.path)
          && Objects.equals(target, k.target);
    }

    @Override
    public int hashCode() {
      return Objects.hash(sourcePid, path, target);
    }
  }
}
