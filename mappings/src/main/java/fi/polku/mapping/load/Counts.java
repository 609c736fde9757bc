package fi.polku.mapping.load;

/**
 * Counters of one entity or resource type.
 *
 * @param read records read (entities; 0 for resource types)
 * @param created new resources (entities: records whose strongest outcome was a creation)
 * @param updated new versions
 * @param unchanged writes that changed nothing
 * @param rejected rejected records (entities) or resources of rejected records (types)
 */
public record Counts(long read, long created, long updated, long unchanged, long rejected) {

  /** All zero. */
  public static final Counts ZERO = new Counts(0, 0, 0, 0, 0);

  Counts plus(Counts o) {
    return new Counts(
        read + o.read,
        created + o.created,
        updated + o.updated,
        unchanged + o.unchanged,
        rejected + o.rejected);
  }
}
