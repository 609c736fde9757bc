package fi.polku.validation.catalogue;

import fi.polku.validation.api.IssueCode;
import java.util.List;

/**
 * Writes the code list as Markdown ({@code docs/validation/codes.md}): one table row per code with
 * its category, default severity, the message in Finnish, Swedish and English, and the date it was
 * first used.
 */
public final class CatalogueDocument {

  private CatalogueDocument() {}

  /** The Markdown page for the validators' {@code catalogues}. */
  public static String markdown(List<Catalogue> catalogues) {
    return markdown(
        catalogues,
        "Validation codes",
        "`CatalogueTest`",
        "Every issue Polku reports carries one of these stable codes, also as"
            + " `OperationOutcome.issue.details.coding` with system"
            + " `https://polku.fi/fhir/CodeSystem/validation-code`. A code keeps its meaning"
            + " forever; a changed rule gets a new code. `{placeholders}` are filled with the"
            + " element path (FHIRPath), code values and limits, never with names or identity"
            + " codes.\n\nCatalogues: "
            + String.join(", ", catalogues.stream().map(Catalogue::name).toList())
            + ". Number ranges: 0001–0099 input, 0100–0199 structure, 0200–0299 primitive"
            + " formats, 0300–0399 Finnish identifiers, 0400–0499 terminology, 0500–0599"
            + " business rules, 0600–0699 invariants, 0700–0799 references.");
  }

  /**
   * A Markdown page of {@code catalogues}' codes, for a module whose codes the validators cannot
   * see (the mappings' codes of rejected source records).
   *
   * @param title the page's heading
   * @param generatedBy the test that writes the page, for the do-not-edit line
   * @param intro the paragraphs before the table (Markdown)
   */
  public static String markdown(
      List<Catalogue> catalogues, String title, String generatedBy, String intro) {
    StringBuilder md = new StringBuilder();
    md.append("> Generated from the code catalogues by ")
        .append(generatedBy)
        .append(". Do not edit by hand: change the catalogue classes and run the tests.\n\n");
    md.append("# ").append(title).append("\n\n");
    md.append(intro).append("\n\n");
    md.append("| code | category | severity | fi | sv | en | since |\n");
    md.append("|---|---|---|---|---|---|---|\n");
    for (IssueCode c : Catalogues.codes(catalogues)) {
      md.append("| `")
          .append(c.code())
          .append("` | ")
          .append(c.category())
          .append(" | ")
          .append(c.severity().name().toLowerCase(java.util.Locale.ROOT))
          .append(" | ")
          .append(cell(c.message().fi()))
          .append(" | ")
          .append(cell(c.message().sv()))
          .append(" | ")
          .append(cell(c.message().en()))
          .append(" | ")
          .append(c.since())
          .append(" |\n");
    }
    return md.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
