package fi.polku.hub.problem;

import fi.polku.validation.api.Text;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A stable code of a reason the hub cannot start, the console's counterpart of a {@link HubCode}:
 * {@code polku serve} prints the code with its text and exits with the code's status, so that a
 * script or service manager can tell the reason without reading the text. Codes share the {@code
 * POLKU-HUB-nnnn} numbering with {@link HubCodes} (range 10xx) and keep their meaning forever.
 *
 * @param code the code, {@code POLKU-HUB-10nn}
 * @param exitStatus the exit status of {@code polku serve}; 1 is picocli's for a failure without a
 *     code, 2 picocli's for a usage error, which an invalid setting shares (a setting given as
 *     {@code --polku.x.y=value} is an option of the command line too)
 * @param summary the reason in a few English words, for the exit statuses in the commands' help
 * @param message the message in fi/sv/en with {@code {param}} placeholders; parameters never carry
 *     personal data
 */
public record StartupCode(String code, int exitStatus, String summary, Text message) {

  private static final Pattern FORMAT = Pattern.compile("POLKU-HUB-10\\d{2}");

  public StartupCode {
    Objects.requireNonNull(message, "message");
    if (summary == null || summary.isBlank()) {
      throw new IllegalArgumentException("A start-up code needs a summary for the help: " + code);
    }
    if (code == null || !FORMAT.matcher(code).matches()) {
      throw new IllegalArgumentException("Start-up codes look like POLKU-HUB-1000, was " + code);
    }
    if (exitStatus < 2 || exitStatus > 125) {
      throw new IllegalArgumentException(
          "A start-up code exits with 2..125 (not 0, 1 or a shell's own), was " + exitStatus);
    }
  }
}
