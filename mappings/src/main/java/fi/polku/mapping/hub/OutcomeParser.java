package fi.polku.mapping.hub;

import com.fasterxml.jackson.databind.JsonNode;
import fi.polku.validation.api.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the issues of a FHIR OperationOutcome (JSON) as the hub writes them: the code in {@code
 * details.coding}, the text in {@code details.text} with its other languages in {@code translation}
 * extensions, the location in {@code expression}.
 */
final class OutcomeParser {

  private static final String TRANSLATION = "http://hl7.org/fhir/StructureDefinition/translation";

  private OutcomeParser() {}

  static List<HubIssue> issues(JsonNode outcome) {
    List<HubIssue> out = new ArrayList<>();
    if (outcome == null) {
      return out;
    }
    for (JsonNode issue : outcome.path("issue")) {
      JsonNode details = issue.path("details");
      String code = null;
      for (JsonNode c : details.path("coding")) {
        if (c.hasNonNull("code")) {
          code = c.get("code").asText();
          break;
        }
      }
      String text = details.path("text").asText(null);
      if (text == null) {
        text = issue.path("diagnostics").asText("");
      }
      String fi = text;
      String sv = text;
      String en = text;
      String lang = "en";
      for (JsonNode ext : details.path("_text").path("extension")) {
        if (!TRANSLATION.equals(ext.path("url").asText())) {
          continue;
        }
        String l = null;
        String content = null;
        for (JsonNode part : ext.path("extension")) {
          if ("lang".equals(part.path("url").asText())) {
            l = part.path("valueCode").asText();
          } else if ("content".equals(part.path("url").asText())) {
            content =
                part.has("valueMarkdown")
                    ? part.get("valueMarkdown").asText()
                    : part.path("valueString").asText();
          }
        }
        if ("fi".equals(l)) {
          fi = content;
        } else if ("sv".equals(l)) {
          sv = content;
        } else if ("en".equals(l)) {
          en = content;
        }
        if (l != null) {
          lang = lang.equals("en") && "en".equals(l) ? "fi" : lang;
        }
      }
      String location = issue.path("expression").path(0).asText(null);
      out.add(
          new HubIssue(
              code, issue.path("severity").asText("error"), location, new Text(fi, sv, en)));
    }
    return out;
  }
}
