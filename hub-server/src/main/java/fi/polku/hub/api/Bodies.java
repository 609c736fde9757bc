package fi.polku.hub.api;

import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.RestfulServerUtils;
import fi.polku.hub.write.WriteService;

/** Request bodies as the write path takes them. */
final class Bodies {

  private Bodies() {}

  /** The body with its encoding; without a FHIR content type, the first byte decides. */
  static WriteService.Body of(byte[] bytes, EncodingEnum encoding) {
    EncodingEnum e = encoding;
    if (e == null) {
      e = sniff(bytes);
    }
    return new WriteService.Body(bytes == null ? new byte[0] : bytes, e);
  }

  /** The encoding named by the request's Content-Type, or null. */
  static EncodingEnum encodingOf(RequestDetails request) {
    return RestfulServerUtils.determineRequestEncodingNoDefault(request);
  }

  private static EncodingEnum sniff(byte[] bytes) {
    if (bytes != null) {
      for (byte b : bytes) {
        if (!Character.isWhitespace(b)) {
          return b == '<' ? EncodingEnum.XML : EncodingEnum.JSON;
        }
      }
    }
    return EncodingEnum.JSON;
  }
}
