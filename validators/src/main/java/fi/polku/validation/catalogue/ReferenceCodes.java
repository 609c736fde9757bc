package fi.polku.validation.catalogue;

import fi.polku.validation.api.IssueCode;
import fi.polku.validation.api.Severity;
import java.util.List;

/**
 * Codes for references (range 0700–0799). The HL7 validator does not check target types of
 * references it cannot resolve; Polku does, from the reference's own text and {@code type}.
 */
public final class ReferenceCodes {

  private static final CodeList LIST = new CodeList("reference");

  /** The reference points to a type the element does not allow. */
  public static final IssueCode TARGET_TYPE =
      LIST.add(
          701,
          Severity.ERROR,
          "Viittaus {path} osoittaa tyyppiin {type}, mutta tässä sallitaan vain {allowed}.",
          "Referensen {path} pekar på typen {type}, men här tillåts bara {allowed}.",
          "The reference {path} points to a resource of type {type}, but only {allowed} is allowed"
              + " here.");

  /** Not Type/id, absolute URL, urn:uuid:, urn:oid:, conditional Type?query or #id. */
  public static final IssueCode FORMAT =
      LIST.add(
          702,
          Severity.ERROR,
          "Viittaus {path} ei ole kelvollinen: käytä muotoa Tyyppi/id, absoluuttista URLia,"
              + " urn:uuid:-tunnistetta tai sisällytetyn resurssin tunnistetta #id.",
          "Referensen {path} är ogiltig: använd formen Typ/id, en absolut URL, en"
              + " urn:uuid:-identifierare eller en innesluten resurs id i formen #id.",
          "The reference {path} is not valid: use Type/id, an absolute URL, a urn:uuid:"
              + " identifier or #id of a contained resource.");

  /** #id without a contained resource of that id. */
  public static final IssueCode CONTAINED_NOT_FOUND =
      LIST.add(
          703,
          Severity.ERROR,
          "Viittaus {path} osoittaa sisällytettyyn resurssiin #{id}, jota ei ole.",
          "Referensen {path} pekar på den inneslutna resursen #{id}, som inte finns.",
          "The reference {path} points to the contained resource #{id}, which does not exist.");

  /** Reference.type and the type in Reference.reference disagree. */
  public static final IssueCode TYPE_CONFLICT =
      LIST.add(
          704,
          Severity.ERROR,
          "Viittauksen {path} tyyppi {declared} on ristiriidassa viitatun resurssin tyypin {actual}"
              + " kanssa.",
          "Typen {declared} i referensen {path} strider mot den refererade resursens typ"
              + " {actual}.",
          "The type {declared} of the reference {path} contradicts the type {actual} it points"
              + " to.");

  private ReferenceCodes() {}

  /** Every code of this category. */
  public static List<IssueCode> all() {
    return LIST.codes();
  }
}
