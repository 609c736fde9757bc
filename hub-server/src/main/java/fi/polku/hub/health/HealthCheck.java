package fi.polku.hub.health;

/**
 * One thing the hub needs to answer requests (its database, its search index), checked on each
 * {@code GET /health}.
 *
 * @param name the check's name in the answer ({@code database})
 * @param probe what to run: it returns normally when the thing works
 */
public record HealthCheck(String name, Probe probe) {

  /** A probe: throws when what it checks does not work. */
  @FunctionalInterface
  public interface Probe {
    /** Runs the probe. */
    void run() throws Exception;
  }
}
