package fi.polku.mapping.load;

/**
 * Receives progress while a run goes on (after each submitted batch; at most a few times a second).
 */
@FunctionalInterface
public interface ProgressListener {

  void progress(Progress progress);

  /** A listener that ignores progress. */
  static ProgressListener none() {
    return p -> {};
  }
}
