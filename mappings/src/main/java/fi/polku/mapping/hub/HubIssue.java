package fi.polku.mapping.hub;

import fi.polku.validation.api.Text;

/**
 * One issue the hub reported, from its OperationOutcome.
 *
 * @param code the stable code ({@code POLKU-HUB-0204}, {@code POLKU-VAL-0305}), or null
 * @param severity fatal, error, warning or information
 * @param location FHIRPath of the element ({@code Bundle.entry[3].resource.birthDate}), or null
 * @param message the text in fi/sv/en (the same text thrice if the hub gave one language)
 */
public record HubIssue(String code, String severity, String location, Text message) {

  /** Whether the issue rejects the write. */
  public boolean isError() {
    return "error".equals(severity) || "fatal".equals(severity);
  }
}
