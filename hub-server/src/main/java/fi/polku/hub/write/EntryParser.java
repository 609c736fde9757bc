package fi.polku.hub.write;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.EncodingEnum;
import fi.polku.hub.problem.HubCodes;
import fi.polku.hub.problem.HubException;
import fi.polku.hub.write.WriteRequest.Op;
import fi.polku.validation.api.Text;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r5.model.Binary;
import org.hl7.fhir.r5.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r5.model.Bundle.BundleEntryRequestComponent;
import org.hl7.fhir.r5.model.Bundle.HTTPVerb;
import org.hl7.fhir.r5.model.Parameters;
import org.hl7.fhir.r5.model.Resource;

/**
 * Turns a Bundle entry into a {@link WriteRequest}, a {@link Patch}, a {@link Read} or a {@link
 * Search}.
 */
final class EntryParser {

  /** A read entry: {@code GET Type/id} or {@code GET Type/id/_history/n}. */
  record Read(String type, String id, Integer version) {}

  /** A search entry: {@code GET Type?query} or {@code GET Type}. */
  record Search(String type, String query) {}

  /**
   * A history entry: {@code GET Type/id/_history}, {@code GET Type/_history} or {@code GET
   * _history} (type and id null where the URL has none), with its query string.
   */
  record History(String type, String id, String query) {}

  /**
   * A patch entry: {@code PATCH Type/id} or {@code PATCH Type?condition}, with a JSON Patch carried
   * as a Binary resource or a FHIRPath Patch carried as a Parameters resource.
   */
  record Patch(
      String type,
      String id,
      String condition,
      Integer ifMatch,
      PatchDocument document,
      String fullUrl) {}

  private static final String JSON_PATCH = "application/json-patch+json";
  private static final String FHIR_JSON = "application/fhir+json";
  private static final String FHIR_XML = "application/fhir+xml";

  private EntryParser() {}

  static Object parse(FhirContext fhir, Set<String> types, BundleEntryComponent e, int index) {
    BundleEntryRequestComponent req = e.getRequest();
    if (req == null || req.getMethod() == null || !req.hasUrl()) {
      throw invalid(
          index,
          new Text(
              "request.method ja request.url ovat pakollisia",
              "request.method och request.url är obligatoriska",
              "request.method and request.url are required"));
    }
    String url = stripBase(req.getUrl());
    int q = url.indexOf('?');
    String path = q < 0 ? url : url.substring(0, q);
    String[] parts = path.split("/");
    String type = parts[0];
    if (req.getMethod() == HTTPVerb.GET && path.equals("_history")) {
      return new History(null, null, q < 0 ? "" : url.substring(q + 1));
    }
    if (!types.contains(type)) {
      throw invalid(
          index,
          new Text(
                  "tämä palvelin ei tallenna resurssityyppiä {type}",
                  "den här servern lagrar inte resurstypen {type}",
                  "resource type {type} is not stored by this server")
              .format(Map.of("type", type)));
    }
    Integer ifMatch = req.hasIfMatch() ? etagVersion(req.getIfMatch(), index) : null;
    String fullUrl = e.hasFullUrl() ? e.getFullUrl() : null;
    return switch (req.getMethod()) {
      case GET -> read(type, url, parts, q, index);
      case POST -> create(fhir, e, type, parts, q, fullUrl, index);
      case PUT -> update(fhir, e, type, url, parts, q, ifMatch, fullUrl, index);
      case DELETE -> delete(type, url, parts, q, ifMatch, fullUrl, index);
      case PATCH -> patch(e, type, url, parts, q, ifMatch, fullUrl, index);
      default ->
          throw HubException.withDetail(
              HubCodes.NOT_IMPLEMENTED,
              new Text(
                      "{method} kokoelmassa (merkintä {index})",
                      "{method} i en samling (post {index})",
                      "{method} in a Bundle (entry {index})")
                  .format(
                      Map.of(
                          "method", req.getMethod().toCode(), "index", Integer.toString(index))));
    };
  }

  /** A POST entry: a create, conditional with {@code ifNoneExist}. */
  private static WriteRequest create(
      FhirContext fhir,
      BundleEntryComponent e,
      String type,
      String[] parts,
      int q,
      String fullUrl,
      int index) {
    requireResource(fhir, e, type, index);
    if (parts.length != 1 || q >= 0) {
      throw invalid(
          index,
          new Text(
              "luonnin url on pelkkä resurssityyppi",
              "url:en för att skapa en resurs är enbart resurstypen",
              "a create's url is the resource type"));
    }
    BundleEntryRequestComponent req = e.getRequest();
    String cond = req.hasIfNoneExist() ? req.getIfNoneExist() : null;
    return new WriteRequest(Op.CREATE, type, null, cond, null, e.getResource(), fullUrl, false);
  }

  /** A PUT entry: an update of {@code Type/id}, or a conditional update of {@code Type?query}. */
  private static WriteRequest update(
      FhirContext fhir,
      BundleEntryComponent e,
      String type,
      String url,
      String[] parts,
      int q,
      Integer ifMatch,
      String fullUrl,
      int index) {
    requireResource(fhir, e, type, index);
    String id = instanceId(parts, q, index, new Text("päivityksen", "en uppdatering", "an update"));
    if (id == null) {
      return new WriteRequest(Op.UPDATE, type, null, url, ifMatch, e.getResource(), fullUrl, false);
    }
    String bodyId = e.getResource().getIdElement().getIdPart();
    if (bodyId != null && !bodyId.equals(parts[1])) {
      throw new HubException(HubCodes.ID_MISMATCH, Map.of("body", bodyId, "url", parts[1]));
    }
    return new WriteRequest(
        Op.UPDATE, type, parts[1], null, ifMatch, e.getResource(), fullUrl, false);
  }

  /** A DELETE entry: of {@code Type/id}, or conditional with {@code Type?query}. */
  private static WriteRequest delete(
      String type, String url, String[] parts, int q, Integer ifMatch, String fullUrl, int index) {
    String id = instanceId(parts, q, index, new Text("poiston", "en borttagning", "a delete"));
    return id == null
        ? new WriteRequest(Op.DELETE, type, null, url, ifMatch, null, fullUrl, false)
        : new WriteRequest(Op.DELETE, type, id, null, ifMatch, null, fullUrl, false);
  }

  /**
   * The id of an entry url {@code Type/id}, or null for a conditional {@code Type?query}; any other
   * shape is refused, naming the {@code interaction} ("an update").
   */
  private static String instanceId(String[] parts, int q, int index, Text interaction) {
    if (q >= 0) {
      return null;
    }
    if (parts.length != 2) {
      throw invalid(
          index,
          new Text(
                  "{interaction} url on muotoa Tyyppi/id tai Tyyppi?ehto",
                  "url:en för {interaction} har formen Typ/id eller Typ?villkor",
                  "{interaction}'s url is Type/id or Type?condition")
              .format(Map.of(), Map.of("interaction", interaction)));
    }
    return parts[1];
  }

  private static Patch patch(
      BundleEntryComponent e,
      String type,
      String url,
      String[] parts,
      int q,
      Integer ifMatch,
      String fullUrl,
      int index) {
    PatchDocument document = patchDocument(e, index);
    String id = instanceId(parts, q, index, new Text("muutoksen", "en ändring", "a patch"));
    return id == null
        ? new Patch(type, null, url, ifMatch, document, fullUrl)
        : new Patch(type, id, null, ifMatch, document, fullUrl);
  }

  private static Object read(String type, String url, String[] parts, int q, int index) {
    String query = q < 0 ? "" : url.substring(q + 1);
    if (parts.length == 1) {
      return new Search(type, query);
    }
    if (parts.length == 2 && parts[1].equals("_history")) {
      return new History(type, null, query);
    }
    if (parts.length == 3 && parts[2].equals("_history")) {
      return new History(type, parts[1], query);
    }
    if (q >= 0 || (parts.length != 2 && !(parts.length == 4 && parts[2].equals("_history")))) {
      throw HubException.withDetail(
          HubCodes.NOT_IMPLEMENTED,
          new Text(
                  "kokoelman GET-pyyntö (merkintä {index}), joka ei ole luku (Type/id,"
                      + " Type/id/_history/n), haku (Type?kysely) eikä historia"
                      + " (Type/id/_history, Type/_history, _history)",
                  "en GET i en samling (post {index}) som varken är en läsning (Type/id,"
                      + " Type/id/_history/n), en sökning (Type?fråga) eller en historik"
                      + " (Type/id/_history, Type/_history, _history)",
                  "a GET in a Bundle (entry {index}) other than a read (Type/id,"
                      + " Type/id/_history/n), a search (Type?query) or a history"
                      + " (Type/id/_history, Type/_history, _history)")
              .format(Map.of("index", Integer.toString(index))));
    }
    Integer version = null;
    if (parts.length == 4) {
      try {
        version = Integer.valueOf(parts[3]);
      } catch (NumberFormatException ex) {
        throw invalid(
            index,
            new Text(
                "version on oltava numero",
                "versionen måste vara ett tal",
                "version must be a number"));
      }
    }
    return new Read(type, parts[1], version);
  }

  /**
   * The patch of a PATCH entry: a Parameters resource (FHIRPath Patch), or a Binary resource whose
   * data is a JSON Patch ({@code application/json-patch+json}) or a FHIRPath Patch as text ({@code
   * application/fhir+json}, {@code application/fhir+xml}).
   */
  private static PatchDocument patchDocument(BundleEntryComponent e, int index) {
    Resource r = e.getResource();
    if (r instanceof Parameters parameters) {
      return new PatchDocument.FhirPathParameters(parameters);
    }
    if (!(r instanceof Binary binary)) {
      throw invalid(
          index,
          new Text(
              "PATCH-merkinnän resurssi on FHIRPath Patch (Parameters) tai JSON Patch"
                  + " Binary-resurssina",
              "en PATCH-posts resurs är en FHIRPath Patch (Parameters) eller en JSON Patch som"
                  + " Binary-resurs",
              "a PATCH entry's resource is a FHIRPath Patch (Parameters) or a JSON Patch as a"
                  + " Binary resource"));
    }
    byte[] data = binary.getData() == null ? new byte[0] : binary.getData();
    String contentType = binary.getContentType();
    String mediaType = contentType == null ? "" : contentType.split(";")[0].trim();
    return switch (mediaType) {
      case JSON_PATCH -> new PatchDocument.JsonPatchBody(data);
      case FHIR_JSON -> new PatchDocument.FhirPathBody(data, EncodingEnum.JSON);
      case FHIR_XML -> new PatchDocument.FhirPathBody(data, EncodingEnum.XML);
      default ->
          throw HubException.withDetail(
              HubCodes.UNSUPPORTED_MEDIA_TYPE,
              new Text(
                      "merkinnän {index} Binary-resurssin sisältötyyppi on {type}; muutos on"
                          + " JSON Patch ({jsonPatch}) tai FHIRPath Patch (Parameters tai"
                          + " Binary, jonka tyyppi on {fhirJson} tai {fhirXml})",
                      "Binary-resursen i post {index} har innehållstypen {type}; en ändring"
                          + " är en JSON Patch ({jsonPatch}) eller en FHIRPath Patch"
                          + " (Parameters eller Binary av typen {fhirJson} eller {fhirXml})",
                      "the Binary of entry {index} has content type {type}; a patch is a JSON"
                          + " Patch ({jsonPatch}) or a FHIRPath Patch (Parameters, or a Binary"
                          + " of type {fhirJson} or {fhirXml})")
                  .format(
                      Map.of(
                          "index",
                          Integer.toString(index),
                          "type",
                          String.valueOf(contentType),
                          "jsonPatch",
                          JSON_PATCH,
                          "fhirJson",
                          FHIR_JSON,
                          "fhirXml",
                          FHIR_XML)));
    };
  }

  private static void requireResource(
      FhirContext fhir, BundleEntryComponent e, String type, int index) {
    Resource r = e.getResource();
    if (r == null) {
      throw invalid(
          index,
          new Text(
              "merkinnässä ei ole resurssia",
              "posten har ingen resurs",
              "the entry has no resource"));
    }
    String actual = fhir.getResourceType(r);
    if (!actual.equals(type)) {
      throw new HubException(HubCodes.WRONG_TYPE, Map.of("actual", actual, "expected", type));
    }
  }

  /** The version of an ETag ({@code W/"3"}, {@code "3"} or {@code 3}). */
  static Integer etagVersion(String etag, int index) {
    Integer v = VersionTags.parse(etag);
    if (v == null) {
      Text detail =
          new Text(
              "If-Match-otsakkeen on oltava version ETag, esimerkiksi W/\"3\"",
              "If-Match måste vara en versions-ETag, till exempel W/\"3\"",
              "If-Match must be a version ETag such as W/\"3\"");
      throw HubException.withDetail(
          HubCodes.BAD_REQUEST,
          index < 0
              ? detail
              : new Text(
                      "{detail} (merkintä {index})",
                      "{detail} (post {index})",
                      "{detail} (entry {index})")
                  .format(Map.of("index", Integer.toString(index)), Map.of("detail", detail)));
    }
    return v;
  }

  private static String stripBase(String url) {
    // Absolute URLs are accepted when they point at a FHIR base: keep what follows the base.
    if (url.startsWith("http://") || url.startsWith("https://")) {
      int fhir = url.indexOf("/fhir/");
      return fhir < 0 ? url : url.substring(fhir + "/fhir/".length());
    }
    return url.startsWith("/") ? url.substring(1) : url;
  }

  private static HubException invalid(int index, Text detail) {
    return HubException.withDetail(HubCodes.INVALID_BUNDLE, inEntry(index, detail));
  }

  /** {@code detail} of the entry at {@code index}. */
  private static Text inEntry(int index, Text detail) {
    return new Text(
            "merkintä {index}: {detail}", "post {index}: {detail}", "entry {index}: {detail}")
        .format(Map.of("index", Integer.toString(index)), Map.of("detail", detail));
  }
}
