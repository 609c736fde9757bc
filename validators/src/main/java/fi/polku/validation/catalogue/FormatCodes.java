package fi.polku.validation.catalogue;

import fi.polku.validation.api.IssueCode;
import fi.polku.validation.api.Severity;
import java.util.List;

/**
 * Codes for values of FHIR primitive datatypes that do not match their format (range 0200–0299).
 * Messages name the element and the expected form, never the offending value: a malformed date may
 * be a birth date.
 */
public final class FormatCodes {

  private static final CodeList LIST = new CodeList("format");

  /** Any primitive without a more specific code (oid, uuid, integer64, ...). */
  public static final IssueCode INVALID_VALUE =
      LIST.add(
          201,
          Severity.ERROR,
          "Elementin {path} arvo ei kelpaa tyypin {type} arvoksi.",
          "Värdet av elementet {path} är inte ett giltigt värde av typen {type}.",
          "The value of {path} is not a valid {type}.");

  /** date. */
  public static final IssueCode INVALID_DATE =
      LIST.add(
          202,
          Severity.ERROR,
          "Elementin {path} arvo ei ole kelvollinen päivämäärä; käytä muotoa VVVV-KK-PP, VVVV-KK tai"
              + " VVVV.",
          "Värdet av elementet {path} är inte ett giltigt datum; använd formen ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM"
              + " eller ÅÅÅÅ.",
          "The value of {path} is not a valid date; use YYYY-MM-DD, YYYY-MM or YYYY.");

  /** dateTime. */
  public static final IssueCode INVALID_DATETIME =
      LIST.add(
          203,
          Severity.ERROR,
          "Elementin {path} arvo ei ole kelvollinen aikaleima; käytä päivämäärää tai muotoa"
              + " VVVV-KK-PPThh:mm:ss+hh:mm (aikavyöhyke on pakollinen, kun kellonaika annetaan).",
          "Värdet av elementet {path} är inte en giltig tidpunkt; använd ett datum eller formen"
              + " ÅÅÅÅ-MM-DDThh:mm:ss+hh:mm (tidszon krävs när klockslag anges).",
          "The value of {path} is not a valid dateTime; use a date or YYYY-MM-DDThh:mm:ss+hh:mm (a"
              + " time zone is required with a time).");

  /** instant. */
  public static final IssueCode INVALID_INSTANT =
      LIST.add(
          204,
          Severity.ERROR,
          "Elementin {path} arvo ei ole kelvollinen hetki; käytä muotoa VVVV-KK-PPThh:mm:ss+hh:mm"
              + " aikavyöhykkeen kanssa.",
          "Värdet av elementet {path} är inte ett giltigt ögonblick; använd formen"
              + " ÅÅÅÅ-MM-DDThh:mm:ss+hh:mm med tidszon.",
          "The value of {path} is not a valid instant; use YYYY-MM-DDThh:mm:ss+hh:mm with a time"
              + " zone.");

  /** time. */
  public static final IssueCode INVALID_TIME =
      LIST.add(
          205,
          Severity.ERROR,
          "Elementin {path} arvo ei ole kelvollinen kellonaika; käytä muotoa hh:mm:ss.",
          "Värdet av elementet {path} är inte ett giltigt klockslag; använd formen hh:mm:ss.",
          "The value of {path} is not a valid time; use hh:mm:ss.");

  /** integer, positiveInt, unsignedInt: not whole or out of range. */
  public static final IssueCode INTEGER_RANGE =
      LIST.add(
          206,
          Severity.ERROR,
          "Elementin {path} arvon on oltava kokonaisluku väliltä {min}–{max}.",
          "Värdet av elementet {path} måste vara ett heltal mellan {min} och {max}.",
          "The value of {path} must be a whole number from {min} to {max}.");

  /** decimal. */
  public static final IssueCode INVALID_DECIMAL =
      LIST.add(
          207,
          Severity.ERROR,
          "Elementin {path} arvo ei ole kelvollinen desimaaliluku (enintään 18 numeroa ennen ja 17"
              + " jälkeen desimaalipisteen).",
          "Värdet av elementet {path} är inte ett giltigt decimaltal (högst 18 siffror före och 17"
              + " efter decimalpunkten).",
          "The value of {path} is not a valid decimal (at most 18 digits before and 17 after the"
              + " decimal point).");

  /** code. */
  public static final IssueCode INVALID_CODE_FORMAT =
      LIST.add(
          208,
          Severity.ERROR,
          "Elementin {path} arvo ei ole kelvollinen koodi: koodissa ei saa olla alku- tai"
              + " loppuvälilyöntejä, rivinvaihtoja eikä peräkkäisiä välilyöntejä.",
          "Värdet av elementet {path} är inte en giltig kod: en kod får inte ha inledande eller"
              + " avslutande blanksteg, radbrytningar eller flera blanksteg i följd.",
          "The value of {path} is not a valid code: a code has no leading or trailing spaces, line"
              + " breaks or repeated spaces.");

  /** id. */
  public static final IssueCode INVALID_ID =
      LIST.add(
          209,
          Severity.ERROR,
          "Elementin {path} arvo ei ole kelvollinen id: 1–64 merkkiä, vain kirjaimia A–Z ja a–z,"
              + " numeroita, yhdysviivoja ja pisteitä.",
          "Värdet av elementet {path} är inte ett giltigt id: 1–64 tecken, bara bokstäverna A–Z och"
              + " a–z, siffror, bindestreck och punkter.",
          "The value of {path} is not a valid id: 1–64 characters, only letters A–Z and a–z,"
              + " digits, hyphens and dots.");

  /** uri, url, canonical. */
  public static final IssueCode INVALID_URI =
      LIST.add(
          210,
          Severity.ERROR,
          "Elementin {path} arvo ei ole kelvollinen URI: siinä ei saa olla välilyöntejä.",
          "Värdet av elementet {path} är inte en giltig URI: den får inte innehålla blanksteg.",
          "The value of {path} is not a valid URI: it must not contain whitespace.");

  /** Control characters or unpaired surrogates in text. */
  public static final IssueCode CONTROL_CHARACTERS =
      LIST.add(
          211,
          Severity.ERROR,
          "Elementin {path} teksti sisältää ohjausmerkkejä tai virheellisiä Unicode-merkkejä; vain"
              + " sarkain ja rivinvaihdot ovat sallittuja ohjausmerkkejä.",
          "Texten i elementet {path} innehåller styrtecken eller ogiltiga Unicode-tecken; bara tabb"
              + " och radbrytningar är tillåtna styrtecken.",
          "The text of {path} contains control characters or invalid Unicode; only tab and line"
              + " breaks are allowed control characters.");

  /** base64Binary. */
  public static final IssueCode INVALID_BASE64 =
      LIST.add(
          212,
          Severity.ERROR,
          "Elementin {path} arvo ei ole kelvollista base64-koodausta.",
          "Värdet av elementet {path} är inte giltig base64-kodning.",
          "The value of {path} is not valid base64.");

  /** xhtml (Narrative.div). */
  public static final IssueCode INVALID_XHTML =
      LIST.add(
          213,
          Severity.ERROR,
          "Elementin {path} on oltava XHTML-muotoinen div-elementti nimiavaruudessa"
              + " http://www.w3.org/1999/xhtml.",
          "Elementet {path} måste vara ett div-element i XHTML med namnrymden"
              + " http://www.w3.org/1999/xhtml.",
          "The narrative {path} must be an XHTML div element in the namespace"
              + " http://www.w3.org/1999/xhtml.");

  private FormatCodes() {}

  /** Every code of this category. */
  public static List<IssueCode> all() {
    return LIST.codes();
  }
}
