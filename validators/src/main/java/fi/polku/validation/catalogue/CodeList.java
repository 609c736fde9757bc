package fi.polku.validation.catalogue;

import fi.polku.validation.api.IssueCode;
import fi.polku.validation.api.Severity;
import fi.polku.validation.api.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the codes of one category in declaration order, so that a codes class lists each code
 * exactly once: as a constant that the engine uses and, through {@link #codes()}, in the catalogue.
 */
final class CodeList {

  /** The day the first version of the structural catalogue was published. */
  static final LocalDate V1 = LocalDate.of(2026, 11, 28);

  private final String category;
  private final List<IssueCode> codes = new ArrayList<>();

  CodeList(String category) {
    this.category = category;
  }

  /** Adds code {@code POLKU-VAL-nnnn} with its message in Finnish, Swedish and English. */
  IssueCode add(int number, Severity severity, String fi, String sv, String en) {
    IssueCode code =
        new IssueCode(
            String.format("POLKU-VAL-%04d", number), category, severity, new Text(fi, sv, en), V1);
    codes.add(code);
    return code;
  }

  List<IssueCode> codes() {
    return List.copyOf(codes);
  }
}
