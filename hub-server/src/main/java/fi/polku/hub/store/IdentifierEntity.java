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
 * An identifier of a current resource (table {@code resource_identifier}). The primary key includes
 * {@code uniq_scope}: 0 for unique systems (so a second resource with the value collides), the pid
 * for the others (so any number of resources may share the value). Rows are inserted (by {@link
 * IndexRows}) and deleted, never changed: immutable, so a flush does not dirty-check them.
 */
@Entity
@Immutable
@Table(name = "resource_identifier")
@IdClass(IdentifierEntity.Key.class)
public class IdentifierEntity {

  @Id
  @Column(name = "res_type", length = 64)
  private String type;

  @Id
  @Column(name = "id_system", length = 255)
  private String system;

  @Id
  @Column(name = "id_value", length = 255)
  private String value;

  @Id
  @Column(name = "uniq_scope")
  private Long uniqueScope;

  @Column(name = "pid", nullable = false)
  private Long pid;

  protected IdentifierEntity() {}

  public String system() {
    return system;
  }

  public String value() {
    return value;
  }

  public long pid() {
    return pid;
  }

  /** Primary key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private String type;
    private String system;
    private String value;
    private Long uniqueScope;

    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(type, k.type)
          && Objects.equals(system, k.system)
          && Objects.equals(value, k.value)
          && Objects.equals(uniqueScope, k.uniqueScope);
    }

    @Override
    public int hashCode() {
      return Objects.hash(type, system, value, uniqueScope);
    }
  }
}
