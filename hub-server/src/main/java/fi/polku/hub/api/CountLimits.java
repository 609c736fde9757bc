package fi.polku.hub.api;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import java.util.Set;

/**
 * Lowers a {@code _count} over the configured limit to the limit before HAPI reads it, so the page
 * and its {@code next} link agree (a client asking for more simply gets smaller pages, as FHIR
 * allows).
 */
@Interceptor
public final class CountLimits {

  private static final Set<RestOperationTypeEnum> HISTORY =
      Set.of(
          RestOperationTypeEnum.HISTORY_INSTANCE,
          RestOperationTypeEnum.HISTORY_TYPE,
          RestOperationTypeEnum.HISTORY_SYSTEM);

  private final int maxCount;
  private final int maxHistory;

  /** Limits for searches ({@code maxCount}) and histories ({@code maxHistory}). */
  public CountLimits(int maxCount, int maxHistory) {
    this.maxCount = maxCount;
    this.maxHistory = maxHistory;
  }

  /** Caps {@code _count}. */
  @Hook(Pointcut.SERVER_INCOMING_REQUEST_POST_PROCESSED)
  public boolean cap(RequestDetails request) {
    String[] count = request.getParameters().get("_count");
    if (count == null || count.length == 0) {
      return true;
    }
    int limit = HISTORY.contains(request.getRestOperationType()) ? maxHistory : maxCount;
    try {
      if (Integer.parseInt(count[0].trim()) > limit) {
        request.removeParameter("_count");
        request.addParameter("_count", new String[] {Integer.toString(limit)});
      }
    } catch (NumberFormatException e) {
      // HAPI answers a malformed _count with 400 itself.
    }
    return true;
  }
}
