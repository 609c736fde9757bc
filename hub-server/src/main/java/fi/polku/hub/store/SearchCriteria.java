package fi.polku.hub.store;

import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Criteria of the basic search the store answers itself: {@code _id}, {@code identifier} and {@code
 * _lastUpdated}. Full search comes from the search index.
 *
 * @param ids logical ids, any of which matches; empty for no restriction
 * @param identifiers AND-list of OR-lists of identifier tokens
 * @param updatedFrom lower bound of last-updated (inclusive); null for none
 * @param updatedTo upper bound of last-updated (exclusive); null for none
 */
public record SearchCriteria(
    List<String> ids, List<List<Token>> identifiers, Instant updatedFrom, Instant updatedTo) {

  /**
   * An identifier token: {@code system|value}, {@code |value} (no system) or {@code value} (any
   * system, {@code system} null).
   */
  public record Token(String system, String value) {}

  /** No criteria. */
  public static SearchCriteria none() {
    return new SearchCriteria(List.of(), List.of(), null, null);
  }

  /** The JPQL restriction for {@code r} (a ResourceEntity alias), starting with " and". */
  String jpql() {
    StringBuilder b = new StringBuilder();
    if (!ids.isEmpty()) {
      b.append(" and r.resourceId in :ids");
    }
    for (int i = 0; i < identifiers.size(); i++) {
      List<String> ors = new ArrayList<>();
      for (int j = 0; j < identifiers.get(i).size(); j++) {
        Token t = identifiers.get(i).get(j);
        String v = "i" + i + "v" + j;
        ors.add(
            t.system() == null
                ? "x.value = :" + v
                : "(x.system = :i" + i + "s" + j + " and x.value = :" + v + ")");
      }
      // The IN list repeats the values the ORs test: it lets the database look the values up in
      // the value index. Without it H2 reads every identifier of the type for each query, which
      // made a load's lookups of stored versions grow with the size of the store.
      b.append(" and r.pid in (select x.pid from IdentifierEntity x where x.type = :t")
          .append(" and x.value in :i")
          .append(i)
          .append("values and (")
          .append(String.join(" or ", ors))
          .append("))");
    }
    if (updatedFrom != null) {
      b.append(" and r.lastUpdated >= :from");
    }
    if (updatedTo != null) {
      b.append(" and r.lastUpdated < :to");
    }
    return b.toString();
  }

  /** Binds the parameters of {@link #jpql()}. */
  void bind(TypedQuery<?> q) {
    if (!ids.isEmpty()) {
      q.setParameter("ids", ids);
    }
    for (int i = 0; i < identifiers.size(); i++) {
      List<String> values = new ArrayList<>();
      for (Token t : identifiers.get(i)) {
        values.add(t.value());
      }
      q.setParameter("i" + i + "values", values);
      for (int j = 0; j < identifiers.get(i).size(); j++) {
        Token t = identifiers.get(i).get(j);
        q.setParameter("i" + i + "v" + j, t.value());
        if (t.system() != null) {
          q.setParameter("i" + i + "s" + j, t.system());
        }
      }
    }
    if (updatedFrom != null) {
      q.setParameter("from", updatedFrom);
    }
    if (updatedTo != null) {
      q.setParameter("to", updatedTo);
    }
  }
}
