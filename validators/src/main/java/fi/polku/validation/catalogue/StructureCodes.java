package fi.polku.validation.catalogue;

import fi.polku.validation.api.IssueCode;
import fi.polku.validation.api.Severity;
import java.util.List;

/**
 * Codes for the shape of a resource against its StructureDefinition (range 0100–0199): unknown
 * elements, cardinality, JSON representation, choice types and extensions.
 */
public final class StructureCodes {

  private static final CodeList LIST = new CodeList("structure");

  /** A property the type does not define. */
  public static final IssueCode UNKNOWN_ELEMENT =
      LIST.add(
          101,
          Severity.ERROR,
          "Tuntematon elementti {path}: tyypissä {type} ei ole elementtiä {name}.",
          "Okänt element {path}: typen {type} har inget element {name}.",
          "Unknown element {path}: {type} has no element {name}.");

  /** Minimum cardinality 1, nothing given. */
  public static final IssueCode MISSING_REQUIRED =
      LIST.add(
          102,
          Severity.ERROR,
          "Pakollinen elementti {path} puuttuu.",
          "Det obligatoriska elementet {path} saknas.",
          "The required element {path} is missing.");

  /** Fewer occurrences than the minimum (above 1). */
  public static final IssueCode TOO_FEW =
      LIST.add(
          103,
          Severity.ERROR,
          "Elementti {path} esiintyy {count} kertaa; vähintään {min} vaaditaan.",
          "Elementet {path} förekommer {count} gånger; minst {min} krävs.",
          "Element {path} occurs {count} times; at least {min} required.");

  /** More occurrences than the maximum. */
  public static final IssueCode TOO_MANY =
      LIST.add(
          104,
          Severity.ERROR,
          "Elementti {path} esiintyy {count} kertaa; enintään {max} sallitaan.",
          "Elementet {path} förekommer {count} gånger; högst {max} är tillåtet.",
          "Element {path} occurs {count} times; at most {max} allowed.");

  /** An element whose maximum cardinality is 0 in the profile. */
  public static final IssueCode NOT_ALLOWED =
      LIST.add(
          105,
          Severity.ERROR,
          "Elementti {path} ei ole sallittu tässä.",
          "Elementet {path} är inte tillåtet här.",
          "Element {path} is not allowed here.");

  /** A repeating element given as a single value. */
  public static final IssueCode EXPECTED_ARRAY =
      LIST.add(
          106,
          Severity.ERROR,
          "Elementti {path} voi toistua, joten sen arvon on oltava JSON-taulukko, myös kun arvoja on"
              + " yksi.",
          "Elementet {path} kan upprepas, så dess värde måste vara en JSON-array, även när det finns"
              + " ett enda värde.",
          "Element {path} can repeat, so its value must be a JSON array, even with a single"
              + " value.");

  /** A single-valued element given as an array. */
  public static final IssueCode UNEXPECTED_ARRAY =
      LIST.add(
          107,
          Severity.ERROR,
          "Elementti {path} ei toistu, joten sen arvo ei saa olla JSON-taulukko.",
          "Elementet {path} upprepas inte, så dess värde får inte vara en JSON-array.",
          "Element {path} does not repeat, so its value must not be a JSON array.");

  /** String where a number is expected, object where a string is expected, and so on. */
  public static final IssueCode WRONG_JSON_TYPE =
      LIST.add(
          108,
          Severity.ERROR,
          "Elementin {path} arvon on oltava JSON-tyyppiä {expected}, mutta se on {actual}.",
          "Värdet av elementet {path} måste ha JSON-typen {expected}, men det är {actual}.",
          "The value of {path} must have the JSON type {expected}, but it has {actual}.");

  /** A JSON null where FHIR allows none. */
  public static final IssueCode NULL_VALUE =
      LIST.add(
          109,
          Severity.ERROR,
          "Elementin {path} arvo on null; jätä arvoton elementti pois.",
          "Värdet av elementet {path} är null; utelämna element utan värde.",
          "The value of {path} is null; leave out elements that have no value.");

  /** An empty object, array or string. */
  public static final IssueCode EMPTY_ELEMENT =
      LIST.add(
          110,
          Severity.ERROR,
          "Elementti {path} on tyhjä; jätä tyhjät elementit pois.",
          "Elementet {path} är tomt; utelämna tomma element.",
          "Element {path} is empty; leave out empty elements.");

  /** {@code valueString} and {@code valueCoding} side by side. */
  public static final IssueCode MULTIPLE_CHOICE_TYPES =
      LIST.add(
          111,
          Severity.ERROR,
          "Elementillä {path} on useita tyyppivaihtoehtoja ({names}); vain yksi sallitaan.",
          "Elementet {path} har flera typalternativ ({names}); bara ett är tillåtet.",
          "Element {path} has several type choices ({names}); only one is allowed.");

  /** A primitive array and its {@code _name} companion differ in length. */
  public static final IssueCode PRIMITIVE_ARRAY_MISMATCH =
      LIST.add(
          112,
          Severity.ERROR,
          "Taulukot {name} ja _{name} kohdassa {path} ovat eripituiset.",
          "Arrayerna {name} och _{name} vid {path} har olika längd.",
          "The arrays {name} and _{name} at {path} differ in length.");

  /** Any modifier extension: Polku defines none and cannot process unknown ones. */
  public static final IssueCode MODIFIER_EXTENSION =
      LIST.add(
          113,
          Severity.ERROR,
          "Elementissä {path} on merkitystä muuttava laajennus {url}, jota Polku ei tunne;"
              + " tällaista tietoa ei voida vastaanottaa.",
          "Elementet {path} har ett modifierande tillägg {url} som Polku inte känner till; sådana"
              + " uppgifter kan inte tas emot.",
          "Element {path} has the modifier extension {url}, which Polku does not know; such data"
              + " cannot be accepted.");

  /** An extension URL in Polku's namespace that the model does not define (a typo). */
  public static final IssueCode UNKNOWN_POLKU_EXTENSION =
      LIST.add(
          114,
          Severity.ERROR,
          "Laajennusta {url} kohdassa {path} ei ole määritelty Polun tietomallissa.",
          "Tillägget {url} vid {path} är inte definierat i Polkus informationsmodell.",
          "The extension {url} at {path} is not defined in the Polku information model.");

  /** A known extension used where its definition does not allow it. */
  public static final IssueCode EXTENSION_CONTEXT =
      LIST.add(
          115,
          Severity.ERROR,
          "Laajennusta {url} ei saa käyttää kohdassa {path}; sallitut kohdat: {contexts}.",
          "Tillägget {url} får inte användas vid {path}; tillåtna ställen: {contexts}.",
          "The extension {url} may not be used at {path}; allowed at: {contexts}.");

  /** FHIR ext-1: an extension has a value or nested extensions, never both or neither. */
  public static final IssueCode EXTENSION_VALUE_OR_CHILDREN =
      LIST.add(
          116,
          Severity.ERROR,
          "Laajennuksella {path} on oltava joko arvo tai sisäkkäisiä laajennuksia, mutta ei"
              + " molempia.",
          "Tillägget {path} måste ha antingen ett värde eller nästlade tillägg, men inte båda.",
          "The extension {path} must have either a value or nested extensions, but not both.");

  /** A choice element ({@code value[x]}) given as a type it does not allow. */
  public static final IssueCode CHOICE_TYPE_NOT_ALLOWED =
      LIST.add(
          117,
          Severity.ERROR,
          "Elementti {path} ei salli tyyppiä {type}; sallitut tyypit: {allowed}.",
          "Elementet {path} tillåter inte typen {type}; tillåtna typer: {allowed}.",
          "Element {path} does not allow the type {type}; allowed types: {allowed}.");

  private StructureCodes() {}

  /** Every code of this category. */
  public static List<IssueCode> all() {
    return LIST.codes();
  }
}
