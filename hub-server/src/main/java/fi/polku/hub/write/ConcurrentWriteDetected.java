package fi.polku.hub.write;

/**
 * Thrown inside a write attempt that saw another writer's commit half-way (a condition claim
 * without its match): the attempt is rolled back and run again, when it sees the whole commit.
 */
final class ConcurrentWriteDetected extends RuntimeException {

  private static final long serialVersionUID = 1L;

  ConcurrentWriteDetected() {
    super("a concurrent write committed during this attempt", null, false, false);
  }
}
