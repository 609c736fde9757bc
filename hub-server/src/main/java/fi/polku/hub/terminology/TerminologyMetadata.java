package fi.polku.hub.terminology;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.ResponseDetails;
import org.hl7.fhir.r5.model.TerminologyCapabilities;

/**
 * Answers {@code GET metadata?mode=terminology} with the TerminologyCapabilities. HAPI's plain
 * server lets a {@code @Metadata} method return only a CapabilityStatement (and caches it for every
 * mode), so the answer is swapped on its way out instead.
 */
@Interceptor
public final class TerminologyMetadata {

  private final TerminologyCapabilities statement;

  /** The interceptor answering with {@code statement}. */
  public TerminologyMetadata(TerminologyCapabilities statement) {
    this.statement = statement;
  }

  /** Replaces the CapabilityStatement of a {@code mode=terminology} request. */
  @Hook(Pointcut.SERVER_OUTGOING_RESPONSE)
  public boolean swap(RequestDetails request, ResponseDetails response) {
    String[] mode = request.getParameters().get("mode");
    if (request.getRestOperationType() == RestOperationTypeEnum.METADATA
        && mode != null
        && mode.length == 1
        && "terminology".equals(mode[0])) {
      response.setResponseResource(statement.copy());
    }
    return true;
  }
}
