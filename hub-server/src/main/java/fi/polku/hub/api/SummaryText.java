package fi.polku.hub.api;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import java.util.Set;

/**
 * Answers {@code _summary=text} on a read or vread as FHIR defines it: the resource with only its
 * text, id, meta and mandatory top-level elements, marked SUBSETTED. HAPI's plain server writes the
 * narrative alone as an HTML page instead, which for a resource without narrative is the word
 * {@code null}. Searches and histories need nothing: HAPI subsets their entries already.
 */
@Interceptor
public final class SummaryText {

  private static final Set<RestOperationTypeEnum> READS =
      Set.of(RestOperationTypeEnum.READ, RestOperationTypeEnum.VREAD);

  /** Turns {@code _summary=text} of a read into the equivalent {@code _elements}. */
  @Hook(Pointcut.SERVER_INCOMING_REQUEST_POST_PROCESSED)
  public boolean rewrite(RequestDetails request) {
    String[] summary = request.getParameters().get("_summary");
    if (summary == null
        || summary.length != 1
        || !"text".equals(summary[0].trim())
        || !READS.contains(request.getRestOperationType())) {
      return true;
    }
    request.removeParameter("_summary");
    // "(mandatory)" is HAPI's name for the elements with a minimum cardinality above zero.
    request.addParameter("_elements", new String[] {"text,(mandatory)"});
    return true;
  }
}
