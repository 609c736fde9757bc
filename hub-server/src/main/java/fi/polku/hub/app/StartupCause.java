package fi.polku.hub.app;

import java.util.Optional;

/** One kind of start-up failure, recognised in one link of a failure's cause chain. */
interface StartupCause {

  /**
   * The start-up failure that {@code link} shows, with {@code thrown} (the whole failure) as its
   * cause; empty when {@code link} is not of this kind.
   */
  Optional<StartupFailure> recognise(Throwable link, Throwable thrown, StartupSettings settings);
}
