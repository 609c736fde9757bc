package fi.polku.hub.problem;

import fi.polku.validation.api.Text;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The catalogue of the hub's error codes. Codes are never reused or renumbered; {@code
 * docs/operations.md} lists them. Ranges: 00xx not found, 01xx bad requests, 02xx preconditions and
 * conflicts, 03xx rejected content, 04xx limits, 05xx unsupported interactions, 09xx server errors.
 * 10xx are the reasons the hub cannot start, told on the console: {@link StartupCodes}.
 */
public final class HubCodes {

  private HubCodes() {}

  public static final HubCode NOT_FOUND =
      code(
          "0001",
          404,
          "not-found",
          "Resurssia {resource} ei ole.",
          "Resursen {resource} finns inte.",
          "Resource {resource} does not exist.");
  public static final HubCode GONE =
      code(
          "0002",
          410,
          "deleted",
          "Resurssi {resource} on poistettu.",
          "Resursen {resource} har raderats.",
          "Resource {resource} has been deleted.");
  public static final HubCode VERSION_NOT_FOUND =
      code(
          "0003",
          404,
          "not-found",
          "Resurssista {resource} ei ole versiota {version}.",
          "Resursen {resource} har ingen version {version}.",
          "Resource {resource} has no version {version}.");
  public static final HubCode UNKNOWN_PATH =
      code(
          "0004",
          404,
          "not-found",
          "Palvelimella ei ole tätä resurssityyppiä tai polkua: {detail}",
          "Servern har inte denna resurstyp eller sökväg: {detail}",
          "The server has no such resource type or path: {detail}");
  public static final HubCode UNKNOWN_CODE =
      code(
          "0005",
          404,
          "not-found",
          "Koodistossa {system} ei ole koodia {code}.",
          "Kodsystemet {system} har ingen kod {code}.",
          "The code system {system} has no code {code}.");

  public static final HubCode BAD_REQUEST =
      code(
          "0100",
          400,
          "invalid",
          "Virheellinen pyyntö: {detail}",
          "Ogiltig begäran: {detail}",
          "Invalid request: {detail}");
  public static final HubCode UNREADABLE_BODY =
      code(
          "0101",
          400,
          "structure",
          "Sisältöä ei voitu lukea FHIR-resurssina: {detail}",
          "Innehållet kunde inte läsas som en FHIR-resurs: {detail}",
          "The body could not be read as a FHIR resource: {detail}");
  public static final HubCode WRONG_TYPE =
      code(
          "0102",
          400,
          "invalid",
          "Sisällön resurssityyppi on {actual}, mutta osoite odottaa tyyppiä {expected}.",
          "Innehållets resurstyp är {actual}, men adressen väntar typen {expected}.",
          "The body is of type {actual}, but the URL expects type {expected}.");
  public static final HubCode ID_MISMATCH =
      code(
          "0103",
          400,
          "invalid",
          "Sisällön tunniste ({body}) ei vastaa osoitteen tunnistetta ({url}).",
          "Innehållets id ({body}) motsvarar inte adressens id ({url}).",
          "The id in the body ({body}) does not match the id in the URL ({url}).");
  public static final HubCode NUMERIC_CLIENT_ID =
      code(
          "0104",
          400,
          "invalid",
          "Asiakkaan valitsema tunniste ei saa olla pelkkiä numeroita (ne on varattu palvelimelle):"
              + " {id}",
          "Ett id som klienten väljer får inte bestå av enbart siffror (de är reserverade för"
              + " servern): {id}",
          "A client-chosen id must not be purely numeric (those are reserved for the server): {id}");
  public static final HubCode INVALID_ID =
      code(
          "0105",
          400,
          "invalid",
          "Virheellinen resurssin tunniste: {id}",
          "Ogiltigt resurs-id: {id}",
          "Invalid resource id: {id}");
  public static final HubCode UNSUPPORTED_SEARCH =
      code(
          "0106",
          400,
          "not-supported",
          "Hakuparametria {parameter} ei tueta tässä.{supported}",
          "Sökparametern {parameter} stöds inte här.{supported}",
          "Search parameter {parameter} is not supported here.{supported}");

  /**
   * {@link #UNSUPPORTED_SEARCH} for {@code parameter}, naming the parameters {@code where} (a
   * resource type, or a history) supports instead, so that a client can correct its request without
   * reading the capability statement; none named when {@code supported} is empty.
   */
  public static HubException unsupportedSearch(
      String parameter, String where, Collection<String> supported) {
    Text hint =
        supported.isEmpty()
            ? Text.of("")
            : new Text(
                    " Tuetut parametrit ({where}): {list}.",
                    " Parametrar som stöds ({where}): {list}.",
                    " Supported parameters ({where}): {list}.")
                .format(
                    Map.of("where", where, "list", String.join(", ", new TreeSet<>(supported))));
    return new HubException(
        UNSUPPORTED_SEARCH, Map.of("parameter", parameter), Map.of("supported", hint));
  }

  public static final HubCode INVALID_CONDITION =
      code(
          "0107",
          400,
          "invalid",
          "Virheellinen ehto: {detail}",
          "Ogiltigt villkor: {detail}",
          "Invalid condition: {detail}");
  public static final HubCode INVALID_BUNDLE =
      code(
          "0108",
          400,
          "invalid",
          "Virheellinen kokoelma (Bundle): {detail}",
          "Ogiltig samling (Bundle): {detail}",
          "Invalid Bundle: {detail}");
  public static final HubCode UNRESOLVED_PLACEHOLDER =
      code(
          "0109",
          400,
          "invalid",
          "Viittausta {reference} ei löydy kokoelmasta.",
          "Referensen {reference} finns inte i samlingen.",
          "Reference {reference} is not found in the Bundle.");
  public static final HubCode UNSUPPORTED_MEDIA_TYPE =
      code(
          "0110",
          415,
          "not-supported",
          "Sisältötyyppiä ei tueta: {detail}",
          "Innehållstypen stöds inte: {detail}",
          "Unsupported content type: {detail}");

  public static final HubCode VERSION_CONFLICT =
      code(
          "0200",
          412,
          "conflict",
          "Resurssin {resource} nykyinen versio on {current}, ei {expected}.",
          "Resursens {resource} aktuella version är {current}, inte {expected}.",
          "The current version of {resource} is {current}, not {expected}.");
  public static final HubCode MULTIPLE_MATCHES =
      code(
          "0201",
          412,
          "multiple-matches",
          "Ehto {condition} vastaa useaa resurssia.",
          "Villkoret {condition} motsvarar flera resurser.",
          "The condition {condition} matches more than one resource.");
  public static final HubCode DUPLICATE_IDENTIFIER =
      code(
          "0202",
          409,
          "duplicate",
          "Tunniste järjestelmässä {system} on jo toisella resurssilla {type}. Käytä ehdollista"
              + " päivitystä ({type}?identifier=...), jos tarkoitus on päivittää.",
          "Identifieraren i systemet {system} används redan av en annan resurs {type}. Använd"
              + " villkorlig uppdatering ({type}?identifier=...) för att uppdatera.",
          "An identifier in system {system} is already used by another {type}. Use a conditional"
              + " update ({type}?identifier=...) to update it.");
  public static final HubCode CONCURRENT_WRITE =
      code(
          "0203",
          409,
          "conflict",
          "Samaa resurssia kirjoitettiin samanaikaisesti; yritä uudelleen.",
          "Samma resurs skrevs samtidigt; försök igen.",
          "The same resource was written concurrently; try again.");
  public static final HubCode CONDITIONAL_REFERENCE_NO_MATCH =
      code(
          "0204",
          422,
          "not-found",
          "Ehdollinen viittaus {condition} ei vastaa yhtään resurssia.",
          "Den villkorliga referensen {condition} motsvarar ingen resurs.",
          "The conditional reference {condition} matches no resource.");
  public static final HubCode CONDITIONAL_REFERENCE_MULTIPLE =
      code(
          "0205",
          422,
          "multiple-matches",
          "Ehdollinen viittaus {condition} vastaa useaa resurssia.",
          "Den villkorliga referensen {condition} motsvarar flera resurser.",
          "The conditional reference {condition} matches more than one resource.");
  public static final HubCode DANGLING_REFERENCE =
      code(
          "0206",
          422,
          "not-found",
          "Viittaus {reference} (kohdassa {element}) osoittaa resurssiin, jota ei ole: sitä ei ole"
              + " tallennettu eikä se ole samassa kokoelmassa.",
          "Referensen {reference} (vid {element}) pekar på en resurs som inte finns: den är varken"
              + " lagrad eller i samma samling.",
          "The reference {reference} (at {element}) points to a resource that does not exist: it is"
              + " neither stored nor in the same Bundle.");
  public static final HubCode REFERENCED_RESOURCE =
      code(
          "0207",
          409,
          "conflict",
          "Resurssia {resource} ei voi poistaa: {referrer} viittaa siihen (kohdassa {element})."
              + " Poista tai muuta viittaavat resurssit ensin.",
          "Resursen {resource} kan inte tas bort: {referrer} refererar till den (vid {element})."
              + " Ta bort eller ändra de refererande resurserna först.",
          "The resource {resource} cannot be deleted: {referrer} refers to it (at {element})."
              + " Delete or change the referring resources first.");
  public static final HubCode PATCH_CONFLICT =
      code(
          "0208",
          409,
          "conflict",
          "Muutosta ei voi tehdä resurssiin {resource}: {detail}. Lue resurssi ja laadi muutos sen"
              + " nykyisestä versiosta.",
          "Ändringen kan inte göras i resursen {resource}: {detail}. Läs resursen och gör ändringen"
              + " utifrån dess aktuella version.",
          "The patch cannot be applied to {resource}: {detail}. Read the resource and write the"
              + " patch against its current version.");

  public static final HubCode INVALID_CONTENT =
      code(
          "0300",
          422,
          "processing",
          "Resurssi hylättiin: se ei ole tietomallin mukainen.",
          "Resursen avvisades: den följer inte informationsmodellen.",
          "The resource was rejected: it does not conform to the information model.");

  public static final HubCode PAYLOAD_TOO_LARGE =
      code(
          "0400",
          413,
          "too-costly",
          "Pyyntö on liian suuri: enintään {limit} tavua.",
          "Begäran är för stor: högst {limit} byte.",
          "The request is too large: at most {limit} bytes.");
  public static final HubCode TOO_MANY_ENTRIES =
      code(
          "0401",
          413,
          "too-costly",
          "Kokoelmassa on liikaa merkintöjä: {count}, enintään {limit}.",
          "Samlingen har för många poster: {count}, högst {limit}.",
          "The Bundle has too many entries: {count}, at most {limit}.");
  public static final HubCode RESOURCE_TOO_LARGE =
      code(
          "0402",
          413,
          "too-costly",
          "Resurssi on liian suuri tallennettavaksi: enintään {limit} merkkiä.",
          "Resursen är för stor för att lagras: högst {limit} tecken.",
          "The resource is too large to store: at most {limit} characters.");

  public static final HubCode CHAIN_TOO_BROAD =
      code(
          "0403",
          400,
          "too-costly",
          "Ketjutettu haku {parameter} löytää yli {limit} resurssia; rajaa hakua.",
          "Den kedjade sökningen {parameter} träffar fler än {limit} resurser; begränsa sökningen.",
          "The chained search {parameter} matches more than {limit} resources; narrow it down.");

  public static final HubCode METHOD_NOT_ALLOWED =
      code(
          "0500",
          405,
          "not-supported",
          "Toimintoa ei sallita tälle resurssille: {detail}",
          "Åtgärden är inte tillåten för denna resurs: {detail}",
          "The interaction is not allowed on this resource: {detail}");
  public static final HubCode NOT_IMPLEMENTED =
      code(
          "0501",
          501,
          "not-supported",
          "Toimintoa ei ole toteutettu: {detail}",
          "Åtgärden är inte implementerad: {detail}",
          "The interaction is not implemented: {detail}");
  public static final HubCode NOT_ACCEPTABLE =
      code(
          "0502",
          406,
          "not-supported",
          "Pyydettyä vastausmuotoa ei tueta: {detail}",
          "Det begärda svarsformatet stöds inte: {detail}",
          "The requested response format is not supported: {detail}");
  public static final HubCode CODES_NOT_IN_MODEL =
      code(
          "0503",
          422,
          "not-supported",
          "Koodiston {system} koodit eivät sisälly tietomalliin (siinä on vain koodiston kuvaus),"
              + " joten niitä ei voi hakea, tarkistaa eikä luetella täällä; käytä koodistopalvelua.",
          "Koderna i kodsystemet {system} ingår inte i informationsmodellen (den har bara"
              + " kodsystemets beskrivning), så de kan inte slås upp, kontrolleras eller listas här;"
              + " använd kodverkstjänsten.",
          "The codes of {system} are not part of the model (it has only the code system's"
              + " description), so they cannot be looked up, checked or listed here; use the code"
              + " list service.");

  public static final HubCode INTERNAL_ERROR =
      code(
          "0900",
          500,
          "exception",
          "Palvelimen sisäinen virhe. Mainitse tunnus {correlationId} yhteydenotossa.",
          "Internt serverfel. Ange koden {correlationId} när du kontaktar oss.",
          "Internal server error. Quote {correlationId} when reporting it.");
  public static final HubCode UNAVAILABLE =
      code(
          "0901",
          503,
          "transient",
          "Tietokanta ei ole käytettävissä; yritä hetken päästä uudelleen ({correlationId}).",
          "Databasen är inte tillgänglig; försök igen om en stund ({correlationId}).",
          "The database is unavailable; try again shortly ({correlationId}).");
  public static final HubCode INVALID_SEARCH_VALUE =
      code(
          "0111",
          400,
          "invalid",
          "Hakuparametrin {parameter} arvo on virheellinen: {detail}",
          "Värdet för sökparametern {parameter} är ogiltigt: {detail}",
          "The value of search parameter {parameter} is invalid: {detail}");
  public static final HubCode UNSUPPORTED_MODIFIER =
      code(
          "0112",
          400,
          "not-supported",
          "Hakuparametrin {parameter} tarkennetta :{modifier} ei tueta.",
          "Modifieraren :{modifier} stöds inte för sökparametern {parameter}.",
          "Modifier :{modifier} is not supported on search parameter {parameter}.");
  public static final HubCode INVALID_CURSOR =
      code(
          "0113",
          400,
          "invalid",
          "Sivutuksen kohdistin on virheellinen; aloita haku alusta.",
          "Bläddringsmarkören är ogiltig; börja sökningen från början.",
          "The paging cursor is invalid; start the search again.");
  public static final HubCode UNSUPPORTED_SORT =
      code(
          "0114",
          400,
          "not-supported",
          "Lajittelua parametrin {parameter} mukaan ei tueta.",
          "Sortering efter parametern {parameter} stöds inte.",
          "Sorting by {parameter} is not supported.");
  public static final HubCode INVALID_PATCH =
      code(
          "0115",
          400,
          "invalid",
          "Muutosasiakirja ei ole kelvollinen JSON Patch (RFC 6902): {detail}",
          "Ändringsdokumentet är inte en giltig JSON Patch (RFC 6902): {detail}",
          "The patch document is not a valid JSON Patch (RFC 6902): {detail}");
  public static final HubCode BASE_URL =
      code(
          "0116",
          400,
          "not-supported",
          "Tämä on FHIR-rajapinnan juuriosoite, joka ottaa vastaan vain POST-pyynnöllä lähetetyn"
              + " batch- tai transaction-kokoelman. Palvelimen kuvaus (CapabilityStatement) on"
              + " osoitteessa {base}/metadata ja resurssit osoitteissa {base}/<tyyppi>; tyypit:"
              + " {types}.",
          "Detta är FHIR-gränssnittets basadress, som bara tar emot en batch- eller"
              + " transaction-samling skickad med POST. Serverns beskrivning (CapabilityStatement)"
              + " finns på {base}/metadata och resurserna på {base}/<typ>; typer: {types}.",
          "This is the base of the FHIR API, which takes only a batch or transaction Bundle sent"
              + " with POST. The server's CapabilityStatement is at {base}/metadata and the"
              + " resources at {base}/<type>; types: {types}.");
  public static final HubCode UNSUPPORTED_CONDITION_PARAMETER =
      code(
          "0117",
          400,
          "not-supported",
          "Ehdossa voi käyttää vain parametreja _id ja identifier; parametria {parameter} ei voi"
              + " käyttää ehdossa.",
          "Ett villkor kan bara använda _id och identifier; {parameter} kan inte användas i ett"
              + " villkor.",
          "A condition can use only _id and identifier; {parameter} cannot be used in a"
              + " condition.");
  public static final HubCode INVALID_FHIRPATH_PATCH =
      code(
          "0120",
          400,
          "invalid",
          "Muutosasiakirja ei ole kelvollinen FHIRPath Patch: {detail}",
          "Ändringsdokumentet är inte en giltig FHIRPath Patch: {detail}",
          "The patch document is not a valid FHIRPath Patch: {detail}");
  public static final HubCode UNSUPPORTED_PATCH_PATH =
      code(
          "0121",
          400,
          "invalid",
          "Muutosoperaation {operation} polkua {path} ei voi käyttää: {detail}",
          "Sökvägen {path} i ändringsoperation {operation} kan inte användas: {detail}",
          "The path {path} of patch operation {operation} cannot be used: {detail}");
  public static final HubCode PATCH_MODEL_MISMATCH =
      code(
          "0122",
          400,
          "invalid",
          "Muutosoperaatio {operation} ei sovi resurssityypin {type} rakenteeseen: {detail}",
          "Ändringsoperation {operation} passar inte strukturen för resurstypen {type}: {detail}",
          "Patch operation {operation} does not fit the structure of resource type {type}:"
              + " {detail}");
  public static final HubCode OTHER_CLIENT_ERROR =
      code(
          "0199",
          400,
          "processing",
          "Pyyntöä ei voitu käsitellä (HTTP {status}): {detail}",
          "Begäran kunde inte behandlas (HTTP {status}): {detail}",
          "The request could not be processed (HTTP {status}): {detail}");

  /** Every code, in catalogue order. */
  public static List<HubCode> all() {
    return List.of(
        NOT_FOUND,
        GONE,
        VERSION_NOT_FOUND,
        UNKNOWN_PATH,
        UNKNOWN_CODE,
        BAD_REQUEST,
        UNREADABLE_BODY,
        WRONG_TYPE,
        ID_MISMATCH,
        NUMERIC_CLIENT_ID,
        INVALID_ID,
        UNSUPPORTED_SEARCH,
        INVALID_CONDITION,
        INVALID_BUNDLE,
        UNRESOLVED_PLACEHOLDER,
        UNSUPPORTED_MEDIA_TYPE,
        INVALID_SEARCH_VALUE,
        UNSUPPORTED_MODIFIER,
        INVALID_CURSOR,
        UNSUPPORTED_SORT,
        INVALID_PATCH,
        BASE_URL,
        UNSUPPORTED_CONDITION_PARAMETER,
        INVALID_FHIRPATH_PATCH,
        UNSUPPORTED_PATCH_PATH,
        PATCH_MODEL_MISMATCH,
        OTHER_CLIENT_ERROR,
        VERSION_CONFLICT,
        MULTIPLE_MATCHES,
        DUPLICATE_IDENTIFIER,
        CONCURRENT_WRITE,
        CONDITIONAL_REFERENCE_NO_MATCH,
        CONDITIONAL_REFERENCE_MULTIPLE,
        DANGLING_REFERENCE,
        REFERENCED_RESOURCE,
        PATCH_CONFLICT,
        INVALID_CONTENT,
        PAYLOAD_TOO_LARGE,
        TOO_MANY_ENTRIES,
        RESOURCE_TOO_LARGE,
        CHAIN_TOO_BROAD,
        METHOD_NOT_ALLOWED,
        NOT_IMPLEMENTED,
        NOT_ACCEPTABLE,
        CODES_NOT_IN_MODEL,
        INTERNAL_ERROR,
        UNAVAILABLE);
  }

  private static HubCode code(
      String number, int status, String issueType, String fi, String sv, String en) {
    return new HubCode("POLKU-HUB-" + number, status, issueType, new Text(fi, sv, en));
  }
}
