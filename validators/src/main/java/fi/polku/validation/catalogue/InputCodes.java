package fi.polku.validation.catalogue;

import fi.polku.validation.api.IssueCode;
import fi.polku.validation.api.Severity;
import java.util.List;

/**
 * Codes for input that cannot be read as one resource at all (range 0001–0099): empty, too large,
 * not UTF-8, not JSON, too deep, ambiguous, or not a resource of a type Polku accepts.
 */
public final class InputCodes {

  private static final CodeList LIST = new CodeList("input");

  /** Nothing was sent. */
  public static final IssueCode EMPTY_BODY =
      LIST.add(
          1,
          Severity.FATAL,
          "Pyynnön sisältö on tyhjä; lähetä yksi resurssi JSON-muodossa.",
          "Begärans innehåll är tomt; skicka en resurs i JSON-format.",
          "The request body is empty; send one resource as JSON.");

  /** More bytes than the configured maximum; rejected before parsing. */
  public static final IssueCode TOO_LARGE =
      LIST.add(
          2,
          Severity.FATAL,
          "Pyynnön sisältö on {size} tavua; enintään {max} tavua sallitaan.",
          "Begärans innehåll är {size} byte; högst {max} byte är tillåtet.",
          "The request body is {size} bytes; at most {max} bytes are allowed.");

  /** Bytes that are not well-formed UTF-8 (including overlong forms and surrogates). */
  public static final IssueCode INVALID_UTF8 =
      LIST.add(
          3,
          Severity.FATAL,
          "Pyynnön sisältö ei ole kelvollista UTF-8-tekstiä (tavu {offset}); lähetä JSON"
              + " UTF-8-koodattuna.",
          "Begärans innehåll är inte giltig UTF-8-text (byte {offset}); skicka JSON kodad i UTF-8.",
          "The request body is not valid UTF-8 text (byte {offset}); send JSON encoded in UTF-8.");

  /** Syntax error. */
  public static final IssueCode NOT_JSON =
      LIST.add(
          4,
          Severity.FATAL,
          "Pyynnön sisältö ei ole kelvollista JSONia (rivi {line}, sarake {column}).",
          "Begärans innehåll är inte giltig JSON (rad {line}, kolumn {column}).",
          "The request body is not valid JSON (line {line}, column {column}).");

  /** A second JSON value after the resource. */
  public static final IssueCode TRAILING_CONTENT =
      LIST.add(
          5,
          Severity.FATAL,
          "Resurssin jälkeen on ylimääräistä sisältöä (rivi {line}, sarake {column}); lähetä vain"
              + " yksi JSON-olio.",
          "Det finns extra innehåll efter resursen (rad {line}, kolumn {column}); skicka bara ett"
              + " JSON-objekt.",
          "There is extra content after the resource (line {line}, column {column}); send exactly"
              + " one JSON object.");

  /** Objects or arrays nested deeper than the configured maximum. */
  public static final IssueCode TOO_DEEP =
      LIST.add(
          6,
          Severity.FATAL,
          "JSON-rakenne on sisäkkäinen yli {max} tason syvyyteen kohdassa {path}.",
          "JSON-strukturen är nästlad djupare än {max} nivåer vid {path}.",
          "The JSON is nested deeper than {max} levels at {path}.");

  /** A string (or property name) longer than the configured maximum. */
  public static final IssueCode STRING_TOO_LONG =
      LIST.add(
          7,
          Severity.FATAL,
          "Merkkijono kohdassa {path} on {length} merkkiä pitkä; enintään {max} merkkiä sallitaan.",
          "Strängen vid {path} är {length} tecken lång; högst {max} tecken är tillåtet.",
          "The string at {path} is {length} characters long; at most {max} characters are"
              + " allowed.");

  /** A number literal longer than the configured maximum. */
  public static final IssueCode NUMBER_TOO_LONG =
      LIST.add(
          8,
          Severity.FATAL,
          "Luku kohdassa {path} on {length} merkkiä pitkä; enintään {max} merkkiä sallitaan.",
          "Talet vid {path} är {length} tecken långt; högst {max} tecken är tillåtet.",
          "The number at {path} is {length} characters long; at most {max} characters are"
              + " allowed.");

  /** The same property twice in one object: the input is ambiguous. */
  public static final IssueCode DUPLICATE_KEY =
      LIST.add(
          9,
          Severity.FATAL,
          "Ominaisuus {name} esiintyy kahdesti samassa JSON-oliossa kohdassa {path}; kukin"
              + " ominaisuus saa esiintyä vain kerran.",
          "Egenskapen {name} förekommer två gånger i samma JSON-objekt vid {path}; varje egenskap"
              + " får förekomma bara en gång.",
          "The property {name} occurs twice in the same JSON object at {path}; each property may"
              + " occur only once.");

  /** The top-level JSON value is not an object. */
  public static final IssueCode NOT_A_RESOURCE =
      LIST.add(
          10,
          Severity.FATAL,
          "Pyynnön sisällön on oltava JSON-olio, joka on FHIR-resurssi; sen JSON-tyyppi on nyt"
              + " {actual}.",
          "Begärans innehåll måste vara ett JSON-objekt som är en FHIR-resurs; dess JSON-typ är nu"
              + " {actual}.",
          "The request body must be a JSON object that is a FHIR resource; its JSON type is"
              + " {actual}.");

  /** No usable {@code resourceType} property. */
  public static final IssueCode MISSING_RESOURCE_TYPE =
      LIST.add(
          11,
          Severity.FATAL,
          "Resurssilta kohdassa {path} puuttuu resourceType, joka kertoo resurssin tyypin.",
          "Resursen vid {path} saknar resourceType, som anger resursens typ.",
          "The resource at {path} has no resourceType naming its type.");

  /** A resource type Polku does not accept (at the top level or contained). */
  public static final IssueCode UNKNOWN_RESOURCE_TYPE =
      LIST.add(
          12,
          Severity.FATAL,
          "Resurssityyppi {type} kohdassa {path} ei ole Polussa käytössä; sallitut tyypit:"
              + " {allowed}.",
          "Resurstypen {type} vid {path} används inte i Polku; tillåtna typer: {allowed}.",
          "Resource type {type} at {path} is not accepted by Polku; accepted types: {allowed}.");

  /** Any other input limit of the JSON reader. */
  public static final IssueCode INPUT_LIMIT =
      LIST.add(
          13,
          Severity.FATAL,
          "Pyynnön sisältö ylittää syötteen rajan kohdassa rivi {line}, sarake {column}.",
          "Begärans innehåll överskrider en gräns för indata vid rad {line}, kolumn {column}.",
          "The request body exceeds an input limit at line {line}, column {column}.");

  /** The report was cut short. */
  public static final IssueCode TOO_MANY_ISSUES =
      LIST.add(
          14,
          Severity.INFORMATION,
          "Validointi keskeytettiin {max} havainnon jälkeen; korjaa nämä ja lähetä resurssi"
              + " uudelleen.",
          "Valideringen avbröts efter {max} fynd; rätta dessa och skicka resursen igen.",
          "Validation stopped after {max} issues; fix these and send the resource again.");

  /** More JSON values than the configured maximum. */
  public static final IssueCode TOO_MANY_VALUES =
      LIST.add(
          15,
          Severity.FATAL,
          "Pyynnön sisällössä on yli {max} JSON-arvoa; jaa tiedot useampaan resurssiin.",
          "Begärans innehåll har fler än {max} JSON-värden; dela upp uppgifterna på flera"
              + " resurser.",
          "The request body has more than {max} JSON values; split the data into several"
              + " resources.");

  private InputCodes() {}

  /** Every code of this category. */
  public static List<IssueCode> all() {
    return LIST.codes();
  }
}
