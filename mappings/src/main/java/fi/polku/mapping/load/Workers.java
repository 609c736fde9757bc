package fi.polku.mapping.load;

import fi.polku.mapping.hub.HubUnavailableException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for background work and passing its failures on unchanged. */
final class Workers {

  private Workers() {}

  static void await(Future<?> f) {
    try {
      f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HubUnavailableException("Interrupted while loading", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException r) {
        throw r;
      }
      if (c instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(c);
    }
  }
}
