package fi.polku.hub.search;

import fi.polku.hub.store.ResourceEntity;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * Loads the rows of a page of hits by row id in one statement. Hibernate's multi-id load binds the
 * ids as one array parameter, so its SQL is translated once and reused; a query with an {@code in}
 * list is translated anew for every list size, which cost a search as much as running it.
 */
final class Rows {

  private final EntityManager em;

  Rows(EntityManager em) {
    this.em = em;
  }

  /** The current rows of {@code pids} by row id; a row that no longer exists is absent. */
  Map<Long, ResourceEntity> byPids(List<Long> pids) {
    Map<Long, ResourceEntity> out = new HashMap<>();
    if (pids.isEmpty()) {
      return out;
    }
    List<ResourceEntity> rows =
        em.unwrap(Session.class).byMultipleIds(ResourceEntity.class).multiLoad(pids);
    for (ResourceEntity row : rows) {
      if (row != null) {
        out.put(row.pid(), row);
      }
    }
    return out;
  }
}
