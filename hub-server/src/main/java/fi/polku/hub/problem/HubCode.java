package fi.polku.hub.problem;

import fi.polku.validation.api.Text;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A stable error code of the hub, the counterpart of the validators' {@code POLKU-VAL-nnnn} codes
 * for everything that is not about the content of a record: missing records, version conflicts,
 * limits, malformed requests. A published code keeps its meaning forever.
 *
 * @param code the code, {@code POLKU-HUB-nnnn}
 * @param status the HTTP status the hub answers with
 * @param issueType the FHIR {@code OperationOutcome.issue.code} (e.g. {@code not-found})
 * @param message the message in fi/sv/en with {@code {param}} placeholders; parameters never carry
 *     personal data
 */
public record HubCode(String code, int status, String issueType, Text message) {

  private static final Pattern FORMAT = Pattern.compile("POLKU-HUB-\\d{4}");

  public HubCode {
    Objects.requireNonNull(issueType, "issueType");
    Objects.requireNonNull(message, "message");
    if (code == null || !FORMAT.matcher(code).matches()) {
      throw new IllegalArgumentException("Hub codes look like POLKU-HUB-0012, was " + code);
    }
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("A hub code answers with 4xx or 5xx, was " + status);
    }
  }
}
