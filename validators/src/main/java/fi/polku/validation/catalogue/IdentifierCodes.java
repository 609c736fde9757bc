package fi.polku.validation.catalogue;

import fi.polku.validation.api.IssueCode;
import fi.polku.validation.api.Severity;
import java.util.List;

/**
 * Codes for Finnish identifiers and formats (range 0300–0399), raised by the rules in {@code
 * fi.polku.validation.format}. Messages never contain the identifier itself: an identity code or
 * learner number is personal data, and a mistyped organisation OID may be one.
 */
public final class IdentifierCodes {

  private static final CodeList LIST = new CodeList("format");

  /** Not eleven characters in the shape DDMMYY, sign, three digits, check character. */
  public static final IssueCode PERSONAL_ID_FORM =
      LIST.add(
          301,
          Severity.ERROR,
          "Henkilötunnus kohdassa {path} ei ole muotoa PPKKVVXNNNT (syntymäaika, välimerkki,"
              + " yksilönumero, tarkistusmerkki).",
          "Personbeteckningen vid {path} har inte formen DDMMÅÅXNNNK (födelsedatum, skiljetecken,"
              + " individnummer, kontrolltecken).",
          "The personal identity code at {path} does not have the form DDMMYYCZZZQ (birth date,"
              + " century sign, individual number, check character).");

  /** A century sign that is not in use. */
  public static final IssueCode PERSONAL_ID_CENTURY_SIGN =
      LIST.add(
          302,
          Severity.ERROR,
          "Henkilötunnuksen välimerkki {sign} kohdassa {path} ei ole käytössä; sallitut ovat +"
              + " (1800-luku), -, U–Y (1900-luku) ja A–F (2000-luku).",
          "Skiljetecknet {sign} i personbeteckningen vid {path} används inte; tillåtna är +"
              + " (1800-talet), -, U–Y (1900-talet) och A–F (2000-talet).",
          "The century sign {sign} of the personal identity code at {path} is not in use; allowed"
              + " are + (1800s), -, U–Y (1900s) and A–F (2000s).");

  /** DDMMYY is not a real date in the century of the sign. */
  public static final IssueCode PERSONAL_ID_DATE =
      LIST.add(
          303,
          Severity.ERROR,
          "Henkilötunnuksen syntymäaikaosa kohdassa {path} ei ole kelvollinen päivämäärä"
              + " välimerkin osoittamalla vuosisadalla.",
          "Födelsedatumdelen av personbeteckningen vid {path} är inte ett giltigt datum i det"
              + " århundrade som skiljetecknet anger.",
          "The birth date part of the personal identity code at {path} is not a valid date in the"
              + " century its sign indicates.");

  /** Individual number 000 or 001. */
  public static final IssueCode PERSONAL_ID_INDIVIDUAL_NUMBER =
      LIST.add(
          304,
          Severity.ERROR,
          "Henkilötunnuksen yksilönumero kohdassa {path} ei ole käytössä (000 ja 001 eivät ole"
              + " sallittuja).",
          "Individnumret i personbeteckningen vid {path} används inte (000 och 001 är inte"
              + " tillåtna).",
          "The individual number of the personal identity code at {path} is not in use (000 and"
              + " 001 are not allowed).");

  /** Check character does not match DDMMYYZZZ mod 31. */
  public static final IssueCode PERSONAL_ID_CHECKSUM =
      LIST.add(
          305,
          Severity.ERROR,
          "Henkilötunnuksen tarkistusmerkki kohdassa {path} on väärä.",
          "Kontrolltecknet i personbeteckningen vid {path} är fel.",
          "The check character of the personal identity code at {path} is wrong.");

  /** Individual number 900–999: valid, but a temporary or test code. */
  public static final IssueCode PERSONAL_ID_TEMPORARY =
      LIST.add(
          306,
          Severity.INFORMATION,
          "Henkilötunnuksen yksilönumero kohdassa {path} on väliltä 900–999, joka on varattu"
              + " tilapäisille tunnuksille ja testitunnuksille.",
          "Individnumret i personbeteckningen vid {path} ligger mellan 900 och 999, som är"
              + " reserverat för tillfälliga beteckningar och testbeteckningar.",
          "The individual number of the personal identity code at {path} is in the range 900–999,"
              + " reserved for temporary and test identity codes.");

  /** Organisation OID outside 1.2.246.562.10.*. */
  public static final IssueCode ORGANISATION_OID =
      LIST.add(
          310,
          Severity.ERROR,
          "Organisaation OID kohdassa {path} ei ole muotoa 1.2.246.562.10. ja numeroita.",
          "Organisationens OID vid {path} har inte formen 1.2.246.562.10. följt av siffror.",
          "The organisation OID at {path} is not 1.2.246.562.10. followed by digits.");

  /** Learner number outside 1.2.246.562.24. + 11 digits. */
  public static final IssueCode LEARNER_NUMBER =
      LIST.add(
          311,
          Severity.ERROR,
          "Oppijanumero kohdassa {path} ei ole muotoa 1.2.246.562.24. ja 11 numeroa.",
          "Elevnumret vid {path} har inte formen 1.2.246.562.24. följt av 11 siffror.",
          "The learner number at {path} is not 1.2.246.562.24. followed by 11 digits.");

  /** Business ID not NNNNNNN-C. */
  public static final IssueCode BUSINESS_ID_FORM =
      LIST.add(
          312,
          Severity.ERROR,
          "Y-tunnus kohdassa {path} ei ole muotoa 1234567-8.",
          "FO-numret vid {path} har inte formen 1234567-8.",
          "The business ID at {path} does not have the form 1234567-8.");

  /** Business ID check digit wrong (weights 7, 9, 10, 5, 8, 4, 2; mod 11). */
  public static final IssueCode BUSINESS_ID_CHECKSUM =
      LIST.add(
          313,
          Severity.ERROR,
          "Y-tunnuksen tarkistusnumero kohdassa {path} on väärä.",
          "Kontrollsiffran i FO-numret vid {path} är fel.",
          "The check digit of the business ID at {path} is wrong.");

  /** Finnish postal code not five digits. */
  public static final IssueCode POSTAL_CODE =
      LIST.add(
          314,
          Severity.ERROR,
          "Suomalaisen postinumeron kohdassa {path} on oltava viisi numeroa.",
          "Det finländska postnumret vid {path} måste bestå av fem siffror.",
          "The Finnish postal code at {path} must be five digits.");

  private IdentifierCodes() {}

  /** Every code of this category. */
  public static List<IssueCode> all() {
    return LIST.codes();
  }
}
