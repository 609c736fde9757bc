package fi.polku.hub.api;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.RestfulServerUtils;
import fi.polku.hub.write.WriteService;
import fi.polku.validation.api.ValidationReport;
import java.util.Set;

/**
 * Validates the JSON body of a create or update as sent, before HAPI parses it: HAPI's strict
 * parser would refuse an unknown element or a malformed value with a bare parse error, while the
 * validators name the element and give a stable code (422). The write path skips validating such a
 * body again.
 */
@Interceptor
public final class PreValidation {

  private static final String VALIDATED = PreValidation.class.getName() + ".validated";
  private static final String FINDINGS = PreValidation.class.getName() + ".findings";

  private final WriteService writer;
  private final Set<String> storedTypes;

  /** Pre-validation of writes to {@code storedTypes}. */
  public PreValidation(WriteService writer, Set<String> storedTypes) {
    this.writer = writer;
    this.storedTypes = storedTypes;
  }

  /** Whether the body of {@code request} has been validated as sent. */
  public static boolean wasValidated(RequestDetails request) {
    return Boolean.TRUE.equals(request.getUserData().get(VALIDATED));
  }

  /** The warnings found when the body was validated as sent; empty if it was not. */
  static ValidationReport findings(RequestDetails request) {
    Object r = request.getUserData().get(FINDINGS);
    return r instanceof ValidationReport v ? v : ValidationReport.valid();
  }

  /** Runs before HAPI parses the body. */
  @Hook(Pointcut.SERVER_INCOMING_REQUEST_POST_PROCESSED)
  public boolean validate(RequestDetails request) {
    RestOperationTypeEnum op = request.getRestOperationType();
    if ((op == RestOperationTypeEnum.CREATE || op == RestOperationTypeEnum.UPDATE)
        && storedTypes.contains(request.getResourceName())
        && RestfulServerUtils.determineRequestEncodingNoDefault(request) == EncodingEnum.JSON) {
      byte[] body = request.loadRequestContents();
      if (body != null && body.length > 0) {
        request.getUserData().put(FINDINGS, writer.validateAsSent(body));
        request.getUserData().put(VALIDATED, Boolean.TRUE);
      }
    }
    return true;
  }
}
