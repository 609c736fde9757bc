package fi.polku.hub.terminology;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import fi.polku.hub.problem.HubCodes;
import fi.polku.hub.problem.HubException;
import fi.polku.validation.api.Text;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks the numbers and flags of a terminology operation's URL before HAPI converts them: HAPI's
 * conversion of {@code count=abc} fails with an exception that would answer 500, where the client
 * made the mistake (400, naming the parameter).
 */
@Interceptor
public final class OperationParameterCheck {

  private static final Set<String> OPERATIONS = Set.of("$expand", "$validate-code", "$lookup");
  private static final Set<String> WHOLE_NUMBERS = Set.of("count", "offset");
  private static final Set<String> FLAGS = Set.of("activeOnly", "lenient-display-validation");
  private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,9}");

  /** Refuses a malformed number or flag of a terminology operation. */
  @Hook(Pointcut.SERVER_INCOMING_REQUEST_POST_PROCESSED)
  public boolean check(RequestDetails request) {
    String operation = request.getOperation();
    // Set.of refuses null lookups, and most requests (reads, searches) name no operation.
    if (operation == null || !OPERATIONS.contains(operation)) {
      return true;
    }
    for (Map.Entry<String, String[]> p : request.getParameters().entrySet()) {
      for (String value : p.getValue()) {
        if (WHOLE_NUMBERS.contains(p.getKey()) && !WHOLE_NUMBER.matcher(value).matches()) {
          throw refused(TerminologyTexts.NOT_A_WHOLE_NUMBER, p.getKey(), value);
        }
        if (FLAGS.contains(p.getKey()) && !value.equals("true") && !value.equals("false")) {
          throw refused(TerminologyTexts.NOT_A_BOOLEAN, p.getKey(), value);
        }
      }
    }
    return true;
  }

  private static HubException refused(Text detail, String parameter, String value) {
    return HubException.withDetail(
        HubCodes.BAD_REQUEST, detail.format(Map.of("parameter", parameter, "value", value)));
  }
}
