package fi.polku.hub.write;

import ca.uhn.fhir.rest.api.EncodingEnum;
import java.util.Objects;
import org.hl7.fhir.r5.model.Parameters;

/**
 * A patch as the client sent it, in one of the formats the hub applies: a JSON Patch (RFC 6902) or
 * a FHIRPath Patch (a Parameters resource, as JSON or XML text or already parsed from a Bundle).
 * {@link Patches} parses it before it looks up the resource, so a malformed patch is 400 whether or
 * not the resource exists.
 */
public sealed interface PatchDocument {

  /** A JSON Patch document ({@code application/json-patch+json}). */
  record JsonPatchBody(byte[] json) implements PatchDocument {
    public JsonPatchBody {
      json = json == null ? new byte[0] : json;
    }
  }

  /**
   * A FHIRPath Patch as text: a Parameters resource in {@code encoding} ({@code
   * application/fhir+json} or {@code application/fhir+xml}).
   */
  record FhirPathBody(byte[] body, EncodingEnum encoding) implements PatchDocument {
    public FhirPathBody {
      body = body == null ? new byte[0] : body;
      Objects.requireNonNull(encoding, "encoding");
    }
  }

  /** A FHIRPath Patch already parsed, such as the resource of a Bundle's PATCH entry. */
  record FhirPathParameters(Parameters parameters) implements PatchDocument {
    public FhirPathParameters {
      Objects.requireNonNull(parameters, "parameters");
    }
  }
}
