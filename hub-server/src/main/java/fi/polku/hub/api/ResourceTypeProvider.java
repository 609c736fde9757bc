package fi.polku.hub.api;

import ca.uhn.fhir.rest.annotation.ConditionalUrlParam;
import ca.uhn.fhir.rest.annotation.Create;
import ca.uhn.fhir.rest.annotation.Delete;
import ca.uhn.fhir.rest.annotation.History;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.Patch;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.annotation.Update;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.api.PatchTypeEnum;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.NotModifiedException;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import ca.uhn.fhir.util.DateUtils;
import fi.polku.hub.problem.HubCodes;
import fi.polku.hub.problem.HubException;
import fi.polku.hub.problem.Problems;
import fi.polku.hub.store.ResourceReader;
import fi.polku.hub.write.PatchDocument;
import fi.polku.hub.write.VersionTags;
import fi.polku.hub.write.WriteOutcome;
import fi.polku.hub.write.WriteService;
import fi.polku.validation.api.Text;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Map;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r5.model.IdType;

/**
 * The one provider of every stored resource type: one instance per type, all interactions delegated
 * to the read side ({@link ResourceReader}) and the write path ({@link WriteService}). Bodies are
 * taken as bytes so the write path decides how to parse and validate them.
 */
public final class ResourceTypeProvider implements IResourceProvider {

  private final Class<? extends IBaseResource> type;
  private final String typeName;
  private final ResourceReader reader;
  private final WriteService writer;
  private final String profile;

  /**
   * The provider of {@code type}.
   *
   * @param typeName the FHIR name of {@code type}
   * @param profile the structure the hub validates {@code type} against
   */
  public ResourceTypeProvider(
      Class<? extends IBaseResource> type,
      String typeName,
      ResourceReader reader,
      WriteService writer,
      String profile) {
    this.type = type;
    this.typeName = typeName;
    this.reader = reader;
    this.writer = writer;
    this.profile = profile;
  }

  @Override
  public Class<? extends IBaseResource> getResourceType() {
    return type;
  }

  /**
   * read and vread; 304 when {@code If-Modified-Since} names a time at or after the version's
   * ({@code If-None-Match}, which HAPI answers, takes precedence as HTTP says).
   */
  @Read(version = true)
  public IBaseResource read(@IdParam IIdType id, RequestDetails request) {
    IBaseResource r =
        id.hasVersionIdPart()
            ? reader.vread(typeName, id.getIdPart(), version(id.getVersionIdPart()))
            : reader.read(typeName, id.getIdPart());
    if (request != null && notModifiedSince(r, request.getHeader("If-Modified-Since"), request)) {
      throw new NotModifiedException("Not modified");
    }
    return r;
  }

  private static boolean notModifiedSince(
      IBaseResource r, String ifModifiedSince, RequestDetails request) {
    String ifNoneMatch = request.getHeader("If-None-Match");
    if (ifModifiedSince == null || (ifNoneMatch != null && !ifNoneMatch.isBlank())) {
      return false;
    }
    Date since = DateUtils.parseDate(ifModifiedSince.trim());
    Date updated = r.getMeta().getLastUpdated();
    // HTTP dates have whole seconds; a version written within the named second is not newer.
    return since != null && updated != null && updated.getTime() / 1000 <= since.getTime() / 1000;
  }

  /** create, conditional with If-None-Exist. */
  @Create
  public MethodOutcome create(
      @ResourceParam IBaseResource resource,
      @ConditionalUrlParam String ifNoneExist,
      RequestDetails request) {
    OwnBase.localize(request, resource);
    WriteOutcome o =
        writer.create(typeName, resource, ifNoneExist, PreValidation.wasValidated(request));
    return Outcomes.of(o, request);
  }

  /** update (update-as-create with a client id) and conditional update. */
  @Update
  public MethodOutcome update(
      @IdParam IIdType id,
      @ResourceParam IBaseResource resource,
      @ConditionalUrlParam String condition,
      RequestDetails request) {
    String idPart = id == null || !id.hasIdPart() ? null : id.getIdPart();
    if (idPart == null && condition == null) {
      throw HubException.withDetail(
          HubCodes.BAD_REQUEST,
          new Text(
              "päivitykseen tarvitaan osoite muotoa Type/id tai Type?ehto",
              "en uppdatering kräver Type/id eller Type?villkor",
              "an update needs Type/id or Type?condition"));
    }
    OwnBase.localize(request, resource);
    WriteOutcome o =
        writer.update(
            typeName,
            idPart,
            idPart == null ? condition : null,
            resource,
            ifMatch(request),
            PreValidation.wasValidated(request));
    return Outcomes.of(o, request);
  }

  /** delete (a tombstone version) and conditional delete. */
  @Delete
  public MethodOutcome delete(
      @IdParam IIdType id, @ConditionalUrlParam String condition, RequestDetails request) {
    String idPart = id == null || !id.hasIdPart() ? null : id.getIdPart();
    if (idPart == null && condition == null) {
      throw HubException.withDetail(
          HubCodes.BAD_REQUEST,
          new Text(
              "poistoon tarvitaan osoite muotoa Type/id tai Type?ehto",
              "en borttagning kräver Type/id eller Type?villkor",
              "a delete needs Type/id or Type?condition"));
    }
    WriteOutcome o =
        writer.delete(typeName, idPart, idPart == null ? condition : null, ifMatch(request));
    return Outcomes.of(o, request);
  }

  /**
   * patch and conditional patch, with a JSON Patch document (RFC 6902, {@code
   * application/json-patch+json}) or a FHIRPath Patch (a Parameters resource, {@code
   * application/fhir+json} or {@code application/fhir+xml}). XML Patch is refused with 415.
   */
  @Patch
  public MethodOutcome patch(
      @IdParam IIdType id,
      @ConditionalUrlParam String condition,
      PatchTypeEnum patchType,
      @ResourceParam String body,
      RequestDetails request) {
    byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    PatchDocument document =
        switch (patchType) {
          case JSON_PATCH -> new PatchDocument.JsonPatchBody(bytes);
          case FHIR_PATCH_JSON -> new PatchDocument.FhirPathBody(bytes, EncodingEnum.JSON);
          case FHIR_PATCH_XML -> new PatchDocument.FhirPathBody(bytes, EncodingEnum.XML);
          default ->
              throw HubException.withDetail(
                  HubCodes.UNSUPPORTED_MEDIA_TYPE,
                  new Text(
                          "{type}: muutos on JSON Patch (Content-Type {jsonPatch}) tai"
                              + " FHIRPath Patch (Parameters-resurssi, {fhirJson} tai"
                              + " {fhirXml}); XML Patchia ei tueta",
                          "{type}: en ändring är en JSON Patch (Content-Type {jsonPatch})"
                              + " eller en FHIRPath Patch (en Parameters-resurs, {fhirJson}"
                              + " eller {fhirXml}); XML Patch stöds inte",
                          "{type}: a patch is a JSON Patch (Content-Type {jsonPatch}) or a"
                              + " FHIRPath Patch (a Parameters resource, {fhirJson} or"
                              + " {fhirXml}); XML Patch is not supported")
                      .format(
                          Map.of(
                              "type",
                              patchType.getContentType(),
                              "jsonPatch",
                              PatchTypeEnum.JSON_PATCH.getContentType(),
                              "fhirJson",
                              PatchTypeEnum.FHIR_PATCH_JSON.getContentType(),
                              "fhirXml",
                              PatchTypeEnum.FHIR_PATCH_XML.getContentType())));
        };
    String idPart = id == null || !id.hasIdPart() ? null : id.getIdPart();
    if (idPart == null && condition == null) {
      throw HubException.withDetail(
          HubCodes.BAD_REQUEST,
          new Text(
              "muutos tarvitsee osoitteen Tyyppi/id tai Tyyppi?ehto",
              "en ändring behöver adressen Typ/id eller Typ?villkor",
              "a patch needs Type/id or Type?condition"));
    }
    WriteOutcome o =
        writer.patch(
            typeName, idPart, idPart == null ? condition : null, document, ifMatch(request));
    // HAPI writes ETag for creates and updates only; a patch is an update and says so too.
    if (request instanceof ServletRequestDetails servlet && o.version() > 0) {
      servlet.getServletResponse().setHeader("ETag", VersionTags.of(o.version()));
    }
    return Outcomes.of(o, request);
  }

  /** Instance history: routed here by HAPI, answered by {@link SearchInterceptor}. */
  @History
  public IBundleProvider instanceHistory(@IdParam IIdType id) {
    throw answeredByInterceptor();
  }

  /** Type history: routed here by HAPI, answered by {@link SearchInterceptor}. */
  @History
  public IBundleProvider typeHistory() {
    throw answeredByInterceptor();
  }

  /**
   * Search with any parameters: routed here by HAPI, answered by {@link SearchInterceptor} (which
   * knows every search parameter of the type and refuses unknown ones itself).
   */
  @Search(allowUnknownParams = true)
  public IBundleProvider search() {
    throw answeredByInterceptor();
  }

  static IllegalStateException answeredByInterceptor() {
    return new IllegalStateException("Searches and histories are answered by SearchInterceptor");
  }

  /**
   * {@code $validate} at type and instance level, in the modes of FHIR R5 ({@code mode}, {@code
   * profile} in the URL or a Parameters body): the report, whatever it says, with 200.
   */
  @Operation(name = "$validate", idempotent = false, manualRequest = true)
  public IBaseResource validate(@IdParam(optional = true) IIdType id, RequestDetails request) {
    byte[] body = request.loadRequestContents();
    EncodingEnum encoding = Bodies.encodingOf(request);
    String lang = Problems.language(request.getHeader("Accept-Language"));
    return writer.validate(
        typeName,
        id == null || !id.hasIdPart() ? null : id.getIdPart(),
        Bodies.of(body, encoding),
        parameter(request, "mode"),
        parameter(request, "profile"),
        profile,
        lang);
  }

  private static String parameter(RequestDetails request, String name) {
    String[] values = request.getParameters().get(name);
    return values == null || values.length == 0 ? null : values[0];
  }

  private static Integer ifMatch(RequestDetails request) {
    String v = request.getHeader("If-Match");
    return v == null || v.isBlank() ? null : version(v);
  }

  /** The version in an ETag or a version id: {@code W/"3"}, {@code "3"}, {@code 3}. */
  static int version(String etagOrVersion) {
    Integer v = VersionTags.parse(etagOrVersion);
    if (v == null) {
      throw HubException.withDetail(
          HubCodes.BAD_REQUEST,
          new Text(
              "version on oltava numero, esimerkiksi W/\"3\"",
              "versionen måste vara ett tal, till exempel W/\"3\"",
              "a version must be a number, such as W/\"3\""));
    }
    return v;
  }

  /** The id type used in outcomes. */
  static IdType idOf(WriteOutcome o) {
    return new IdType(o.type(), o.id(), Integer.toString(o.version()));
  }
}
