package fi.polku.hub.api;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.RestfulServerUtils;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import fi.polku.hub.problem.Details;
import fi.polku.hub.problem.HubCodes;
import fi.polku.hub.problem.HubException;
import fi.polku.hub.write.WriteService;
import fi.polku.validation.api.Text;
import fi.polku.validation.api.ValidationReport;
import java.io.IOException;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IIdType;

/**
 * Checks the body of a write before HAPI parses it. An empty body of a create, update or Bundle is
 * a 400 (HAPI would hand the provider no resource). A JSON create or update is then checked for
 * what the request says about its target (the body's type is the URL's; an update by id has a valid
 * id, the same in URL and body: 400 whatever the content) and validated as sent: HAPI's strict
 * parser would refuse an unknown element or a malformed value with a bare parse error, while the
 * validators name the element and give a stable code (422). The write path skips validating such a
 * body again.
 */
@Interceptor
public final class PreValidation {

  private static final String VALIDATED = PreValidation.class.getName() + ".validated";
  private static final String FINDINGS = PreValidation.class.getName() + ".findings";
  private static final JsonFactory JSON = new JsonFactory();

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
    boolean write =
        (op == RestOperationTypeEnum.CREATE || op == RestOperationTypeEnum.UPDATE)
            && storedTypes.contains(request.getResourceName());
    if (!write && op != RestOperationTypeEnum.TRANSACTION) {
      return true;
    }
    EncodingEnum encoding = RestfulServerUtils.determineRequestEncodingNoDefault(request);
    String contentType = request.getHeader("Content-Type");
    byte[] body = request.loadRequestContents();
    // A body the hub cannot read by its content type is refused as such, whatever it holds (the
    // servlet container may already have consumed a form body, so it can look empty here).
    if (encoding == null && (contentType != null && !contentType.isBlank() || !isBlank(body))) {
      throw HubException.withDetail(
          HubCodes.UNSUPPORTED_MEDIA_TYPE,
          Details.withFhirMediaTypes(
              contentType == null
                  ? new Text("Content-Type puuttuu", "Content-Type saknas", "no Content-Type")
                  : Text.of("Content-Type " + contentType)));
    }
    if (isBlank(body)) {
      throw HubException.withDetail(HubCodes.UNREADABLE_BODY, Details.EMPTY_BODY);
    }
    if (write && encoding == EncodingEnum.JSON) {
      String[] head = head(body);
      writer.checkTarget(request.getResourceName(), updateId(request, op), head[0], head[1]);
      ValidationReport findings = writer.validateAsSent(body);
      // References to the hub's own base are made local after parsing; the business rules must
      // then see them as stored, so the write path validates such a body again (and reports).
      if (!OwnBase.mentionedIn(request, body)) {
        request.getUserData().put(FINDINGS, findings);
        request.getUserData().put(VALIDATED, Boolean.TRUE);
      }
    }
    return true;
  }

  /** The id in the URL of an update by id ({@code PUT Type/id}), else null. */
  private static String updateId(RequestDetails request, RestOperationTypeEnum op) {
    IIdType id = request.getId();
    return op == RestOperationTypeEnum.UPDATE && id != null && id.hasIdPart()
        ? id.getIdPart()
        : null;
  }

  /**
   * The top-level {@code resourceType} and {@code id} of a JSON object; both null unless the
   * object's top level reads cleanly (what is wrong with a malformed body, the validators say).
   */
  static String[] head(byte[] json) {
    String type = null;
    String id = null;
    try (JsonParser p = JSON.createParser(json)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return new String[2];
      }
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (value == JsonToken.VALUE_STRING && name.equals("resourceType")) {
          type = p.getText();
        } else if (value == JsonToken.VALUE_STRING && name.equals("id")) {
          id = p.getText();
        } else {
          p.skipChildren();
        }
      }
      if (t != JsonToken.END_OBJECT || p.nextToken() != null) {
        return new String[2];
      }
    } catch (IOException | RuntimeException e) {
      return new String[2];
    }
    return new String[] {type, id};
  }

  private static boolean isBlank(byte[] body) {
    if (body != null) {
      for (byte b : body) {
        if (!Character.isWhitespace(b)) {
          return false;
        }
      }
    }
    return true;
  }
}
