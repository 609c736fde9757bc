package fi.polku.hub.app;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises a start-up failure in a failure's cause chain: the hub's own {@link StartupFailure}
 * first, wherever it lies, then each link from the outermost in, by every {@link StartupCause}.
 */
final class StartupCauses {

  private static final List<StartupCause> KINDS =
      List.of(
          new ConflictCause(),
          new SettingCause(),
          new DataFolderCause(),
          new DatabaseCause(),
          new SearchCause());

  /**
   * Network failures that mean nothing answers at an address: refused, no route, no host, timeout.
   */
  private static final List<Class<? extends Exception>> UNREACHABLE =
      List.of(
          ConnectException.class,
          NoRouteToHostException.class,
          UnknownHostException.class,
          SocketTimeoutException.class);

  private StartupCauses() {}

  /** Whether {@code t} is a network failure that means nothing answers at the address. */
  static boolean unreachable(Throwable t) {
    return UNREACHABLE.stream().anyMatch(c -> c.isInstance(t));
  }

  /** The start-up failure in {@code thrown}; empty when none is recognised. */
  static Optional<StartupFailure> recognise(Throwable thrown, StartupSettings settings) {
    List<Throwable> chain = chain(thrown);
    for (Throwable link : chain) {
      if (link instanceof StartupFailure own) {
        return Optional.of(own);
      }
    }
    for (Throwable link : chain) {
      for (StartupCause kind : KINDS) {
        Optional<StartupFailure> found = kind.recognise(link, thrown, settings);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  /** {@code thrown} and its causes, outermost first, each once. */
  static List<Throwable> chain(Throwable thrown) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Throwable> out = new ArrayList<>();
    for (Throwable t = thrown; t != null && seen.add(t); t = t.getCause()) {
      out.add(t);
    }
    return out;
  }

  /** The first link of {@code thrown}'s chain of {@code type}. */
  static <T extends Throwable> Optional<T> find(Throwable thrown, Class<T> type) {
    return chain(thrown).stream().filter(type::isInstance).map(type::cast).findFirst();
  }

  /** The innermost cause of {@code thrown}. */
  static Throwable root(Throwable thrown) {
    List<Throwable> chain = chain(thrown);
    return chain.get(chain.size() - 1);
  }
}
