package fi.polku.mapping.codes;

import fi.polku.validation.api.IssueCode;
import fi.polku.validation.api.Text;
import java.util.Map;

/**
 * Why an input cannot be used at all, so that a run stops before it loads anything (a damaged ZIP
 * archive): a stable code and the message in fi/sv/en, naming the input and saying what to do.
 * Rejected records are {@link RowIssue}s instead.
 *
 * @param code the code ({@code POLKU-VAL-0832})
 * @param message the filled-in message
 */
public record InputProblem(IssueCode code, Text message) {

  /** A problem with {@code code}'s message filled with {@code params}. */
  public static InputProblem of(IssueCode code, Map<String, String> params) {
    return new InputProblem(code, code.message().format(params));
  }

  /** The code and the English message, in one line for a console or a log. */
  @Override
  public String toString() {
    return code.code() + ": " + message.en();
  }
}
