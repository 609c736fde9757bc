package fi.polku.hub.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * A claim on a conditional-create condition (table {@code conditional_create}): at most one row per
 * (type, condition hash), so of two parallel conditional creates of the same condition only one
 * commits.
 */
@Entity
@Table(name = "conditional_create")
@IdClass(ConditionEntity.Key.class)
public class ConditionEntity {

  @Id
  @Column(name = "res_type", length = 64)
  private String type;

  @Id
  @Column(name = "condition_hash", length = 64)
  private String conditionHash;

  @Column(name = "pid", nullable = false)
  private Long pid;

  protected ConditionEntity() {}

  ConditionEntity(String type, String conditionHash, long pid) {
    this.type = type;
    this.conditionHash = conditionHash;
    this.pid = pid;
  }

  public String conditionHash() {
    return conditionHash;
  }

  public long pid() {
    return pid;
  }

  /** Hands a stale claim to a new resource. */
  void reassign(long newPid) {
    this.pid = newPid;
  }

  /** Primary key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private String type;
    private String conditionHash;

    public Key() {}

    public Key(String type, String conditionHash) {
      this.type = type;
      this.conditionHash = conditionHash;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(type, k.type)
          && Objects.equals(conditionHash, k.conditionHash);
    }

    @Override
    public int hashCode() {
      return Objects.hash(type, conditionHash);
    }
  }
}
