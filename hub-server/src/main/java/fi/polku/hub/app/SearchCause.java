package fi.polku.hub.app;

import fi.polku.hub.problem.StartupCodes;
import java.net.SocketTimeoutException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.search.util.common.SearchException;

/**
 * The search cluster of {@code polku.search.uris} cannot be used, as Hibernate Search reports it
 * when it bootstraps after the start-up check passed (the cluster went away in between): nothing
 * answers (POLKU-HUB-1007) or it refuses the login (1008). Hibernate Search collects its bootstrap
 * failures as suppressed exceptions of one {@link SearchException} (HSEARCH000520), so those are
 * searched as well as the causes. Only when the settings choose the cluster backend.
 */
final class SearchCause implements StartupCause {

  /**
   * The Apache HTTP client's connect timeout (not a {@link SocketTimeoutException}), named rather
   * than imported: the client is Hibernate Search's dependency, not the hub's.
   */
  private static final String APACHE_CONNECT_TIMEOUT =
      "org.apache.http.conn.ConnectTimeoutException";

  /**
   * The response Hibernate Search quotes in a failed request's message (HSEARCH400007): {@code
   * Response: 401 'Unauthorized' from 'http://search:9200' with body …}.
   */
  private static final Pattern LOGIN_REFUSED =
      Pattern.compile("(?m)^\\s*Response: (401|403) '[^'\\n]*' from '([^'\\n]*)'");

  /** How many exceptions of a failure are looked at, at most: a guard against a huge tree. */
  private static final int MAX_LINKS = 200;

  @Override
  public Optional<StartupFailure> recognise(
      Throwable link, Throwable thrown, StartupSettings settings) {
    if (!settings.searchCluster() || !(link instanceof SearchException search)) {
      return Optional.empty();
    }
    List<Throwable> all = causesAndSuppressed(search);
    for (Throwable t : all) {
      Matcher refused = LOGIN_REFUSED.matcher(String.valueOf(t.getMessage()));
      if (t instanceof SearchException && refused.find()) {
        return Optional.of(
            new StartupFailure(
                StartupCodes.SEARCH_LOGIN_REFUSED,
                Map.of("uris", Redaction.uris(refused.group(2)), "status", refused.group(1)),
                thrown));
      }
    }
    if (all.stream().anyMatch(SearchCause::unreachable)) {
      return Optional.of(
          new StartupFailure(
              StartupCodes.SEARCH_UNREACHABLE, Map.of("uris", settings.shownSearchUris()), thrown));
    }
    return Optional.empty();
  }

  private static boolean unreachable(Throwable t) {
    return StartupCauses.unreachable(t) || t.getClass().getName().equals(APACHE_CONNECT_TIMEOUT);
  }

  /** {@code top}, its causes and its suppressed exceptions, theirs in turn, each once. */
  static List<Throwable> causesAndSuppressed(Throwable top) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Throwable> out = new ArrayList<>();
    Deque<Throwable> todo = new ArrayDeque<>(List.of(top));
    while (!todo.isEmpty() && out.size() < MAX_LINKS) {
      Throwable t = todo.removeFirst();
      if (!seen.add(t)) {
        continue;
      }
      out.add(t);
      if (t.getCause() != null) {
        todo.addLast(t.getCause());
      }
      todo.addAll(List.of(t.getSuppressed()));
    }
    return out;
  }
}
