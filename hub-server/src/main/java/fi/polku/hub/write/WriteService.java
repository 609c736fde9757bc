package fi.polku.hub.write;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.rest.api.EncodingEnum;
import fi.polku.hub.problem.Details;
import fi.polku.hub.problem.HapiMessages;
import fi.polku.hub.problem.HubCodes;
import fi.polku.hub.problem.HubException;
import fi.polku.hub.store.ResourceStore;
import fi.polku.hub.validate.WriteValidation;
import fi.polku.hub.write.WriteRequest.Op;
import fi.polku.validation.api.Severity;
import fi.polku.validation.api.ValidationIssue;
import fi.polku.validation.api.ValidationReport;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r5.model.Bundle;
import org.hl7.fhir.r5.model.OperationOutcome;
import org.hl7.fhir.r5.model.Parameters;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The write path for the REST API: parse → validate → resolve → store → outcome. A JSON body is
 * validated as sent, before HAPI parses it, so the sender gets the validators' precise findings
 * (unknown elements, malformed values) instead of a parser error; other bodies are parsed first and
 * validated as the hub will store them.
 */
public final class WriteService {

  private final FhirContext fhir;
  private final WriteEngine engine;
  private final BundleProcessor bundles;
  private final WriteValidation validation;
  private final ResourceStore store;
  private final TransactionTemplate readOnly;
  private final Patches patches;

  /** The write path over {@code engine}. */
  public WriteService(
      FhirContext fhir,
      WriteEngine engine,
      BundleProcessor bundles,
      WriteValidation validation,
      ResourceStore store,
      TransactionTemplate readOnly,
      Patches patches) {
    this.fhir = fhir;
    this.engine = engine;
    this.bundles = bundles;
    this.validation = validation;
    this.store = store;
    this.readOnly = readOnly;
    this.patches = patches;
  }

  /** A request body: its bytes and encoding. */
  public record Body(byte[] bytes, EncodingEnum encoding) {}

  /**
   * Create, conditional when {@code ifNoneExist} is given.
   *
   * @param validated whether the body was already validated as sent ({@link #validateAsSent})
   */
  public WriteOutcome create(
      String type, IBaseResource resource, String ifNoneExist, boolean validated) {
    checkType(type, resource);
    return one(
        new WriteRequest(Op.CREATE, type, null, ifNoneExist, null, resource, null, validated));
  }

  /**
   * Update of {@code type/id} (update-as-create if it does not exist), or conditional update when
   * {@code condition} is given.
   *
   * @param validated whether the body was already validated as sent ({@link #validateAsSent})
   */
  public WriteOutcome update(
      String type,
      String id,
      String condition,
      IBaseResource resource,
      Integer ifMatch,
      boolean validated) {
    checkTarget(
        type,
        condition == null ? id : null,
        fhir.getResourceType(resource),
        resource.getIdElement().getIdPart());
    return one(
        new WriteRequest(Op.UPDATE, type, id, condition, ifMatch, resource, null, validated));
  }

  /**
   * Checks what a create or update says about its target, before its body is validated: the body is
   * of the URL's type, and an update by id names a valid id, the same in the URL and the body.
   * Failing these is a bad request (400) whatever the content.
   *
   * @param urlId the id of an update by id, else null
   * @param bodyType the body's resource type, or null when not known
   * @param bodyId the body's id, or null when it has none
   */
  public void checkTarget(String type, String urlId, String bodyType, String bodyId) {
    if (bodyType != null && !bodyType.equals(type)) {
      throw new HubException(HubCodes.WRONG_TYPE, Map.of("actual", bodyType, "expected", type));
    }
    if (urlId != null) {
      WriteRules.checkId(urlId, false);
      if (bodyId == null) {
        throw HubException.withDetail(HubCodes.BAD_REQUEST, Details.UPDATE_WITHOUT_ID);
      }
      if (!bodyId.equals(urlId)) {
        throw new HubException(HubCodes.ID_MISMATCH, Map.of("body", bodyId, "url", urlId));
      }
    }
  }

  /**
   * Validates a JSON body exactly as sent, before it is parsed: the validators then report what a
   * parser would drop or refuse (unknown elements, malformed values) with their precise codes.
   * Throws the 422 when the body is invalid.
   *
   * @return the findings that do not reject the body (warnings), for the response
   */
  public ValidationReport validateAsSent(byte[] json) {
    ValidationReport report = readOnly.execute(s -> validation.validate(json, store, Map.of()));
    for (ValidationIssue i : report.issues()) {
      if (i.severity() == Severity.FATAL) {
        // Not JSON, not a resource, over an input limit: a bad request, not rejected content.
        throw new HubException(
            HubCodes.UNREADABLE_BODY, Map.of(), Map.of("detail", i.message()), report);
      }
    }
    if (!report.isValid()) {
      throw new HubException(HubCodes.INVALID_CONTENT, Map.of(), report);
    }
    return report;
  }

  /** Delete of {@code type/id}, or conditional delete when {@code condition} is given. */
  public WriteOutcome delete(String type, String id, String condition, Integer ifMatch) {
    return one(new WriteRequest(Op.DELETE, type, id, condition, ifMatch, null, null, false));
  }

  /**
   * Patch (JSON Patch or FHIRPath Patch) of {@code type/id}, or of the one resource {@code
   * condition} matches (none: 404, several: 412). The patch is applied to the current version as a
   * read shows it, and the result is validated as sent and written as an update of exactly that
   * version: a change written in between makes it 412, never lost.
   *
   * @param ifMatch the version the client patches, or null for the current one
   */
  public WriteOutcome patch(
      String type, String id, String condition, PatchDocument document, Integer ifMatch) {
    Patches.Patched patched = patches.apply(type, id, condition, document, ifMatch);
    ValidationReport warnings = validateAsSent(patched.json());
    IBaseResource resource = patches.resource(patched);
    return one(new WriteRequest(
            Op.UPDATE, type, patched.id(), null, patched.version(), resource, null, true))
        .withFindings(warnings);
  }

  /** A batch or transaction Bundle without search entries. */
  public Bundle bundle(Bundle bundle, boolean representation, String lang) {
    return bundle(bundle, representation, lang, EntrySearches.NONE);
  }

  /** A batch or transaction Bundle whose search entries {@code searches} answers. */
  public Bundle bundle(Bundle bundle, boolean representation, String lang, EntrySearches searches) {
    return bundles.process(bundle, representation, lang, searches);
  }

  /**
   * {@code $validate} in the mode the request names ({@link ValidateOperation}).
   *
   * @param id the instance's id, or null at type level
   * @param mode the mode in the URL, or null
   * @param profile the profile in the URL, or null
   * @param typeProfile the structure the hub validates {@code type} against
   * @param lang the answer's language
   */
  public OperationOutcome validate(
      String type,
      String id,
      Body body,
      String mode,
      String profile,
      String typeProfile,
      String lang) {
    return new ValidateOperation(this, store)
        .answer(new ValidateOperation.Request(type, id, body, mode, profile, typeProfile), lang);
  }

  /** The body as Parameters, or null when it is a resource of another type (or empty). */
  Parameters validateParameters(Body body) {
    if (body.bytes() == null || body.bytes().length == 0) {
      return null;
    }
    if (body.encoding() == EncodingEnum.JSON && !looksLikeParameters(body.bytes())) {
      return null;
    }
    return parse(body) instanceof Parameters p ? p : null;
  }

  /** The report for a body that is the resource itself, with business rules against the store. */
  ValidationReport validateBody(String type, Body body) {
    if (body.encoding() == EncodingEnum.JSON) {
      // As sent, so an empty or malformed body gets the validators' findings, not a parser error.
      return readOnly.execute(s -> validation.validate(body.bytes(), store, Map.of()));
    }
    return validateParsed(type, parse(body));
  }

  /** The report for a parsed resource, with business rules against the store. */
  ValidationReport validateParsed(String type, IBaseResource resource) {
    checkType(type, resource);
    return readOnly.execute(s -> validation.validate(resource, store));
  }

  /** The body parsed as a resource of {@code type}; 400 when it is another type. */
  IBaseResource parseAs(String type, Body body) {
    IBaseResource resource = parse(body);
    checkType(type, resource);
    return resource;
  }

  /**
   * The error a create of {@code resource} (or an update of {@code id}) would get for a unique
   * identifier another current resource holds; null when none does.
   */
  HubException identifierConflict(String type, String id, IBaseResource resource) {
    return readOnly(() -> engine.identifierConflict(type, id, resource));
  }

  /** {@code work} in a read-only transaction. */
  <T> T readOnly(java.util.function.Supplier<T> work) {
    return readOnly.execute(s -> work.get());
  }

  private WriteOutcome one(WriteRequest r) {
    return engine.execute(List.of(r), false).get(0);
  }

  private IBaseResource parse(Body body) {
    if (body.bytes() == null || body.bytes().length == 0) {
      throw HubException.withDetail(HubCodes.UNREADABLE_BODY, Details.EMPTY_BODY);
    }
    IParser parser =
        body.encoding() == EncodingEnum.XML ? fhir.newXmlParser() : fhir.newJsonParser();
    try {
      return parser.parseResource(new String(body.bytes(), StandardCharsets.UTF_8));
    } catch (DataFormatException e) {
      throw HubException.withDetail(
          HubCodes.UNREADABLE_BODY, Details.parser(HapiMessages.plain(e.getMessage())));
    }
  }

  private void checkType(String type, IBaseResource resource) {
    String actual = fhir.getResourceType(resource);
    if (!actual.equals(type)) {
      throw new HubException(HubCodes.WRONG_TYPE, Map.of("actual", actual, "expected", type));
    }
  }

  private static boolean looksLikeParameters(byte[] json) {
    String head = new String(json, 0, Math.min(json.length, 200), StandardCharsets.UTF_8);
    return head.replace(" ", "").contains("\"resourceType\":\"Parameters\"");
  }
}
