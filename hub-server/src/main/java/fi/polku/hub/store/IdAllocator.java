package fi.polku.hub.store;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * Hands out resource pids from the sequence {@code resource_pid_seq}. The sequence steps by {@link
 * #BLOCK}; each call to the database reserves that many ids, so a bundle of 500 creates costs ten
 * sequence calls, not 500. Ids are unique across hub nodes sharing a database (gaps are normal).
 */
public final class IdAllocator {

  /** Ids reserved per sequence call; must equal the sequence's INCREMENT BY. */
  public static final int BLOCK = 50;

  private final String nextValueSql;
  private long next;
  private long limit;

  /** An allocator over the database behind {@code emf}. */
  public IdAllocator(EntityManagerFactory emf) {
    Dialect dialect = emf.unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect();
    this.nextValueSql = dialect.getSequenceSupport().getSequenceNextValString("resource_pid_seq");
  }

  /** The next free pid; uses {@code em}'s connection when a new block is needed. */
  public synchronized long next(EntityManager em) {
    if (next >= limit) {
      long start = ((Number) em.createNativeQuery(nextValueSql).getSingleResult()).longValue();
      next = start;
      limit = start + BLOCK;
    }
    return next++;
  }
}
