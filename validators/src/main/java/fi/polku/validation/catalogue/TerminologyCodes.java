package fi.polku.validation.catalogue;

import fi.polku.validation.api.IssueCode;
import fi.polku.validation.api.Severity;
import java.util.List;

/**
 * Codes for coded values (range 0400–0499): bindings to value sets, codes unknown to their code
 * system, and codes not valid on the record's date.
 */
public final class TerminologyCodes {

  private static final CodeList LIST = new CodeList("terminology");

  /** Required binding: no coding in the value set. */
  public static final IssueCode NOT_IN_REQUIRED_VALUE_SET =
      LIST.add(
          401,
          Severity.ERROR,
          "Koodi {code} ({system}) kohdassa {path} ei kuulu pakolliseen arvojoukkoon {valueSet}.",
          "Koden {code} ({system}) vid {path} ingår inte i den obligatoriska värdemängden"
              + " {valueSet}.",
          "The code {code} ({system}) at {path} is not in the required value set {valueSet}.");

  /** Extensible binding: a code of the value set's own code system that the value set lacks. */
  public static final IssueCode NOT_IN_EXTENSIBLE_VALUE_SET =
      LIST.add(
          402,
          Severity.WARNING,
          "Koodi {code} ({system}) kohdassa {path} ei kuulu arvojoukkoon {valueSet}; käytä sen"
              + " koodia, jos jokin sopii.",
          "Koden {code} ({system}) vid {path} ingår inte i värdemängden {valueSet}; använd en kod"
              + " därifrån om någon passar.",
          "The code {code} ({system}) at {path} is not in the value set {valueSet}; use a code from"
              + " it if one fits.");

  /** Required binding: a CodeableConcept with text only. */
  public static final IssueCode NO_CODE_FOR_REQUIRED =
      LIST.add(
          403,
          Severity.ERROR,
          "Elementissä {path} ei ole koodia; pakollisesta arvojoukosta {valueSet} on annettava"
              + " koodi.",
          "Elementet {path} har ingen kod; en kod från den obligatoriska värdemängden {valueSet}"
              + " måste anges.",
          "Element {path} has no code; a code from the required value set {valueSet} must be"
              + " given.");

  /** A code its (fully known) code system does not define. */
  public static final IssueCode UNKNOWN_CODE =
      LIST.add(
          404,
          Severity.ERROR,
          "Koodia {code} ei ole koodistossa {system} (kohdassa {path}).",
          "Koden {code} finns inte i kodverket {system} (vid {path}).",
          "The code {code} does not exist in the code system {system} (at {path}).");

  /** The record's date is before the code's validFrom. */
  public static final IssueCode CODE_NOT_YET_VALID =
      LIST.add(
          405,
          Severity.ERROR,
          "Koodi {code} ({system}) kohdassa {path} on voimassa vasta {validFrom} alkaen, mutta"
              + " tietueen päivämäärä on {date}.",
          "Koden {code} ({system}) vid {path} gäller först från {validFrom}, men postens datum är"
              + " {date}.",
          "The code {code} ({system}) at {path} is valid only from {validFrom}, but the record's"
              + " date is {date}.");

  /** The record's date is after the code's validTo. */
  public static final IssueCode CODE_EXPIRED =
      LIST.add(
          406,
          Severity.ERROR,
          "Koodi {code} ({system}) kohdassa {path} oli voimassa vain {validTo} asti, mutta"
              + " tietueen päivämäärä on {date}.",
          "Koden {code} ({system}) vid {path} gällde bara till {validTo}, men postens datum är"
              + " {date}.",
          "The code {code} ({system}) at {path} was valid only until {validTo}, but the record's"
              + " date is {date}.");

  /** An inactive code (e.g. a merged municipality) in a record dated after it went out of use. */
  public static final IssueCode CODE_INACTIVE =
      LIST.add(
          407,
          Severity.ERROR,
          "Koodi {code} ({system}) kohdassa {path} ei ole enää käytössä tietueen päivämääränä"
              + " {date}.",
          "Koden {code} ({system}) vid {path} används inte längre på postens datum {date}.",
          "The code {code} ({system}) at {path} is no longer in use on the record's date {date}.");

  /** As {@link #CODE_INACTIVE}, naming the code that replaced it. */
  public static final IssueCode CODE_INACTIVE_WITH_SUCCESSOR =
      LIST.add(
          408,
          Severity.ERROR,
          "Koodi {code} ({system}) kohdassa {path} ei ole enää käytössä tietueen päivämääränä"
              + " {date}; käytä sen seuraajaa {successor}.",
          "Koden {code} ({system}) vid {path} används inte längre på postens datum {date}; använd"
              + " dess efterföljare {successor}.",
          "The code {code} ({system}) at {path} is no longer in use on the record's date {date};"
              + " use its successor {successor}.");

  /** A coding with a code but no system where a value set is required. */
  public static final IssueCode CODING_WITHOUT_SYSTEM =
      LIST.add(
          409,
          Severity.ERROR,
          "Koodilla {code} kohdassa {path} ei ole koodistoa (system), joten sen merkitys on"
              + " määrittelemätön.",
          "Koden {code} vid {path} saknar kodverk (system), så dess betydelse är odefinierad.",
          "The code {code} at {path} has no code system (system), so its meaning is undefined.");

  private TerminologyCodes() {}

  /** Every code of this category. */
  public static List<IssueCode> all() {
    return LIST.codes();
  }
}
