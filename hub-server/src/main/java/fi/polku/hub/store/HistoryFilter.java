package fi.polku.hub.store;

import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The restriction of a history query on {@code h} (a current or a history row). */
record HistoryFilter(String type, Long pid, Instant since, HistoryPosition after) {

  String where() {
    List<String> c = new ArrayList<>();
    if (type != null) {
      c.add("h.type = :type");
    }
    if (pid != null) {
      c.add("h.pid = :pid");
    }
    if (since != null) {
      c.add("h.lastUpdated >= :since");
    }
    if (after != null) {
      c.add(
          "(h.lastUpdated < :at or (h.lastUpdated = :at and (h.pid < :apid"
              + " or (h.pid = :apid and h.version < :aversion))))");
    }
    return c.isEmpty() ? "" : " where " + String.join(" and ", c);
  }

  Query bind(Query q) {
    if (type != null) {
      q.setParameter("type", type);
    }
    if (pid != null) {
      q.setParameter("pid", pid);
    }
    if (since != null) {
      q.setParameter("since", since);
    }
    if (after != null) {
      q.setParameter("at", after.lastUpdated());
      q.setParameter("apid", after.pid());
      q.setParameter("aversion", after.version());
    }
    return q;
  }
}
