package fi.polku.mapping.codes;

import fi.polku.validation.api.IssueCode;
import fi.polku.validation.api.Severity;
import fi.polku.validation.api.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The codes of rejected source records, and of inputs a run cannot use at all (range 0800–0899 of
 * Polku's code scheme). Messages name the file, line, column and the offending value where that
 * helps, but never an identity code or a name: values of fields marked {@code sensitive} in a spec
 * are left out.
 */
public final class MappingCodes {

  /** The day the mapping codes were first published. */
  static final LocalDate V1 = LocalDate.of(2026, 12, 1);

  private static final List<IssueCode> ALL = new ArrayList<>();

  private MappingCodes() {}

  /** The file is not in the encoding the spec declares. */
  public static final IssueCode WRONG_ENCODING =
      add(
          801,
          "input",
          "Rivi ei ole merkistökoodauksessa {encoding}: {detail}. Tallenna tiedosto"
              + " merkistökoodauksella {encoding} tai muuta määrityksen encoding-asetus.",
          "Raden är inte i teckenkodningen {encoding}: {detail}. Spara filen i {encoding} eller"
              + " ändra inställningen encoding i beskrivningen.",
          "The line is not in the encoding {encoding}: {detail}. Save the file as {encoding} or"
              + " change the spec's encoding.");

  /** The file is empty. */
  public static final IssueCode EMPTY_FILE =
      add(
          802,
          "input",
          "Tiedosto {file} on tyhjä: siinä ei ole edes otsikkoriviä.",
          "Filen {file} är tom: den har inte ens en rubrikrad.",
          "The file {file} is empty: it has not even a header line.");

  /** The header lacks columns the mapping reads. */
  public static final IssueCode MISSING_COLUMNS =
      add(
          803,
          "input",
          "Tiedoston {file} otsikkorivillä ei ole sarakkeita {columns}, joita määritys lukee;"
              + " tiedostoa ei ladattu.",
          "Rubrikraden i filen {file} saknar kolumnerna {columns} som beskrivningen läser;"
              + " filen lästes inte in.",
          "The header of {file} lacks the columns {columns} that the mapping reads; the file was"
              + " not loaded.");

  /** A row with fewer fields than the header. */
  public static final IssueCode TOO_FEW_FIELDS =
      add(
          804,
          "input",
          "Rivillä on {count} kenttää, mutta otsikkorivillä {expected}: kenttiä puuttuu.",
          "Raden har {count} fält, men rubrikraden {expected}: fält saknas.",
          "The row has {count} fields but the header has {expected}: fields are missing.");

  /** A row with more fields than the header. */
  public static final IssueCode TOO_MANY_FIELDS =
      add(
          805,
          "input",
          "Rivillä on {count} kenttää, mutta otsikkorivillä {expected}: ylimääräisiä kenttiä tai"
              + " lainaamaton erotinmerkki.",
          "Raden har {count} fält, men rubrikraden {expected}: extra fält eller en avgränsare"
              + " utanför citattecken.",
          "The row has {count} fields but the header has {expected}: extra fields, or a"
              + " separator outside quotes.");

  /** Broken quoting. */
  public static final IssueCode BROKEN_QUOTING =
      add(
          806,
          "input",
          "Rivin lainausmerkit ovat rikki kohdassa {position}: {detail}.",
          "Radens citattecken är felaktiga vid position {position}: {detail}.",
          "The row's quoting is broken at position {position}: {detail}.");

  /** A required value is empty. */
  public static final IssueCode REQUIRED_VALUE_MISSING =
      add(
          807,
          "value",
          "Pakollinen tieto {column} puuttuu.",
          "Den obligatoriska uppgiften {column} saknas.",
          "The required value {column} is missing.");

  /** A date that does not exist or has the wrong form. */
  public static final IssueCode INVALID_DATE =
      add(
          808,
          "value",
          "{column}: {value} ei ole kelvollinen päivämäärä (muoto {format}).",
          "{column}: {value} är inte ett giltigt datum (formen {format}).",
          "{column}: {value} is not a valid date (format {format}).");

  /** Not a number. */
  public static final IssueCode INVALID_NUMBER =
      add(
          809,
          "value",
          "{column}: {value} ei ole luku.",
          "{column}: {value} är inte ett tal.",
          "{column}: {value} is not a number.");

  /** Not a known flag. */
  public static final IssueCode INVALID_FLAG =
      add(
          810,
          "value",
          "{column}: {value} ei ole sallittu totuusarvo; sallitut: {allowed}.",
          "{column}: {value} är inte ett tillåtet sanningsvärde; tillåtna: {allowed}.",
          "{column}: {value} is not an allowed flag; allowed: {allowed}.");

  /** A local code no ConceptMap lists. */
  public static final IssueCode UNKNOWN_CODE =
      add(
          811,
          "terminology",
          "{column}: koodia {code} ei ole koodikartassa {conceptMap}; lisää se koodikarttaan tai"
              + " korjaa tieto.",
          "{column}: koden {code} finns inte i kodkartan {conceptMap}; lägg till den i kodkartan"
              + " eller rätta uppgiften.",
          "{column}: the code {code} is not in the code map {conceptMap}; add it to the map or"
              + " correct the value.");

  /** The record's key was used by an earlier record of the run. */
  public static final IssueCode DUPLICATE_KEY =
      add(
          812,
          "key",
          "Avain {key} ({what}) on jo käytössä: {origin} rivi {line}.",
          "Nyckeln {key} ({what}) används redan: {origin} rad {line}.",
          "The key {key} ({what}) is already used: {origin} line {line}.");

  /** A shared record written with different content than before in the run. */
  public static final IssueCode CONFLICTING_RECORD =
      add(
          813,
          "key",
          "{what} {key} on tällä rivillä eri tiedoin kuin rivillä {line} ({origin}).",
          "{what} {key} har andra uppgifter på denna rad än på rad {line} ({origin}).",
          "{what} {key} has different data on this row than on line {line} ({origin}).");

  /** A reference to a record that does not exist. */
  public static final IssueCode DANGLING_REFERENCE =
      add(
          814,
          "reference",
          "{column}: viitattua tietuetta {target} ei ole (ei tässä latauksessa eikä"
              + " tietovarannossa).",
          "{column}: den refererade posten {target} finns inte (varken i denna inläsning eller i"
              + " datalagret).",
          "{column}: the referenced record {target} does not exist (neither in this load nor in"
              + " the hub).");

  /** A reference to a record rejected earlier in the run. */
  public static final IssueCode REFERENCE_TO_REJECTED =
      add(
          815,
          "reference",
          "{column}: viitattu tietue {target} hylättiin tässä latauksessa ({origin} rivi {line}).",
          "{column}: den refererade posten {target} avvisades i denna inläsning ({origin} rad"
              + " {line}).",
          "{column}: the referenced record {target} was rejected in this load ({origin} line"
              + " {line}).");

  /** A JSON document that cannot be parsed. */
  public static final IssueCode INVALID_JSON =
      add(
          816,
          "input",
          "Asiakirja ei ole kelvollista JSONia (rivi {line}, sarake {column}): {detail}.",
          "Dokumentet är inte giltig JSON (rad {line}, kolumn {column}): {detail}.",
          "The document is not valid JSON (line {line}, column {column}): {detail}.");

  /** A value without the expected form. */
  public static final IssueCode PATTERN_MISMATCH =
      add(
          817,
          "value",
          "{column}: arvo ei ole odotettua muotoa {pattern}.",
          "{column}: värdet har inte den förväntade formen {pattern}.",
          "{column}: the value does not have the expected form {pattern}.");

  /** The hub refused the record for a reason the validators did not report. */
  public static final IssueCode HUB_REJECTED =
      add(
          818,
          "hub",
          "Tietovaranto hylkäsi tietueen {resource}: {detail}",
          "Datalagret avvisade posten {resource}: {detail}",
          "The hub rejected the record {resource}: {detail}");

  /** A school unit that does not belong to the school. */
  public static final IssueCode NOT_PART_OF =
      add(
          819,
          "reference",
          "Toimipiste {unit} ei kuulu organisaatioon {organisation} organisaatiorekisterin mukaan.",
          "Verksamhetsstället {unit} hör inte till organisationen {organisation} enligt"
              + " organisationsregistret.",
          "The unit {unit} is not part of the organisation {organisation} according to the"
              + " organisation register.");

  /** The record's key is empty. */
  public static final IssueCode EMPTY_KEY =
      add(
          820,
          "key",
          "Tietueen avain ({what}) on tyhjä.",
          "Postens nyckel ({what}) är tom.",
          "The record's key ({what}) is empty.");

  /** The record has none of the identifiers its resource is matched by. */
  public static final IssueCode NO_MATCH_IDENTIFIER =
      add(
          821,
          "key",
          "Tietueella {resource} ei ole yhtään tunnistetta, jolla se voidaan yhdistää ({systems}).",
          "Posten {resource} har ingen identifierare som den kan kopplas med ({systems}).",
          "The record {resource} has none of the identifiers it is matched by ({systems}).");

  /** A timestamp without the expected form. */
  public static final IssueCode INVALID_TIMESTAMP =
      add(
          822,
          "value",
          "{column}: {value} ei ole kelvollinen aikaleima (muoto {format}).",
          "{column}: {value} är inte en giltig tidpunkt (formen {format}).",
          "{column}: {value} is not a valid timestamp (format {format}).");

  /** A value of the wrong JSON type. */
  public static final IssueCode WRONG_VALUE_TYPE =
      add(
          823,
          "value",
          "{column}: odotettiin arvoa tyyppiä {expected}, mutta arvo on {actual}.",
          "{column}: ett värde av typen {expected} väntades, men värdet är {actual}.",
          "{column}: expected a value of type {expected}, but it is {actual}.");

  /** The source could not be read at all (I/O, database). */
  public static final IssueCode SOURCE_UNREADABLE =
      add(
          824,
          "input",
          "Lähdettä {origin} ei voitu lukea: {detail}.",
          "Källan {origin} kunde inte läsas: {detail}.",
          "The source {origin} could not be read: {detail}.");

  /** A row referencing a row of the same run that failed at the hub. */
  public static final IssueCode ROW_IN_FAILED_GROUP =
      add(
          825,
          "hub",
          "Tietuetta ei tallennettu, koska sen kanssa yhtä aikaa tallennettava tietue hylättiin.",
          "Posten sparades inte eftersom en post som skulle sparas samtidigt avvisades.",
          "The record was not stored because a record to be stored together with it was"
              + " rejected.");

  /** The header splits into the spec's columns at another separator than the spec declares. */
  public static final IssueCode WRONG_SEPARATOR =
      add(
          826,
          "input",
          "Tiedoston {file} sarakkeet on erotettu merkillä {found}, mutta määritys lukee"
              + " erottimena merkkiä {declared}; tiedostoa ei ladattu. Muuta määrityksen asetus"
              + " source.separator tai tallenna tiedosto erottimella {declared}.",
          "Kolumnerna i filen {file} är åtskilda med {found}, men beskrivningen läser {declared}"
              + " som avgränsare; filen lästes inte in. Ändra inställningen source.separator i"
              + " beskrivningen eller spara filen med avgränsaren {declared}.",
          "The columns of {file} are separated by {found}, but the spec reads {declared} as the"
              + " separator; the file was not loaded. Change the spec's source.separator or save"
              + " the file with {declared} as the separator.");

  /** The file is a spreadsheet or UTF-16 text, not the delimited text the spec reads. */
  public static final IssueCode NOT_DELIMITED_TEXT =
      add(
          827,
          "input",
          "Tiedosto {file} ei ole erotinmerkein eroteltua tekstiä vaan {kind}; tiedostoa ei"
              + " ladattu. Tallenna se taulukko-ohjelmasta CSV-muodossa (erottimena {separator},"
              + " merkistökoodaus {encoding}) ja lataa uudelleen.",
          "Filen {file} är inte text med avgränsare utan {kind}; filen lästes inte in. Spara den"
              + " från kalkylprogrammet i CSV-format (avgränsare {separator}, teckenkodning"
              + " {encoding}) och läs in den igen.",
          "The file {file} is not delimited text but {kind}; it was not loaded. Save it from the"
              + " spreadsheet program as CSV (separator {separator}, encoding {encoding}) and load"
              + " it again.");

  /** An XML document that is not well-formed; what came before the error was read. */
  public static final IssueCode INVALID_XML =
      add(
          828,
          "input",
          "Tiedosto ei ole kelvollista XML:ää (rivi {line}, sarake {column}): {detail}. Sitä"
              + " edeltävät tietueet luettiin, tiedoston loppua ei voitu lukea.",
          "Filen är inte giltig XML (rad {line}, kolumn {column}): {detail}. Posterna före felet"
              + " lästes, resten av filen kunde inte läsas.",
          "The file is not well-formed XML (line {line}, column {column}): {detail}. The records"
              + " before the error were read; the rest of the file could not be.");

  /** The file holds none of the elements or fields the entity's records path names. */
  public static final IssueCode RECORDS_NOT_FOUND =
      add(
          829,
          "input",
          "Tiedostossa {file} ei ole polkua {path}, jonka alta entiteetti lukee tietueensa:"
              + " tarkista määrityksen records-asetus. Sen kohdalla on: {found}.",
          "Filen {file} har inte sökvägen {path} under vilken entiteten läser sina poster:"
              + " kontrollera inställningen records i beskrivningen. Där finns: {found}.",
          "The file {file} has no {path}, under which the entity reads its records: check the"
              + " spec's records setting. Found there: {found}.");

  /** An XML file whose bytes are not in the encoding it declares (or, undeclared, the spec's). */
  public static final IssueCode WRONG_XML_ENCODING =
      add(
          830,
          "input",
          "Tiedosto ei ole merkistökoodauksessa {encoding} (rivi {line}): {detail}. Nimeä"
              + " tiedoston todellinen merkistö sen alun XML-esittelyssä (esimerkiksi <?xml"
              + " version=\"1.0\" encoding=\"ISO-8859-1\"?>) tai määrityksen encoding-asetuksessa.",
          "Filen är inte i teckenkodningen {encoding} (rad {line}): {detail}. Ange filens"
              + " verkliga teckenkodning i XML-deklarationen i början (till exempel <?xml"
              + " version=\"1.0\" encoding=\"ISO-8859-1\"?>) eller i beskrivningens encoding.",
          "The file is not in the encoding {encoding} (line {line}): {detail}. Name the file's"
              + " actual encoding in the XML declaration at its start (for example <?xml"
              + " version=\"1.0\" encoding=\"ISO-8859-1\"?>) or in the spec's encoding.");

  /** A ZIP input that is no ZIP archive at all (another kind of file named .zip). */
  public static final IssueCode ZIP_NOT_AN_ARCHIVE =
      add(
          831,
          "input",
          "Tiedosto {archive} ei ole ZIP-arkisto, vaikka sen nimi päättyy .zip; mitään ei ladattu."
              + " Pakkaa vienti uudelleen ZIP-tiedostoksi (Windowsissa: Lähetä kohteeseen >"
              + " Pakattu (zip-muotoinen) kansio) tai anna vientikansio sellaisenaan.",
          "Filen {archive} är inte ett ZIP-arkiv, fast namnet slutar på .zip; ingenting lästes in."
              + " Packa exporten på nytt som en ZIP-fil (i Windows: Skicka till > Komprimerad"
              + " (zippad) mapp) eller ge exportmappen som den är.",
          "The file {archive} is not a ZIP archive, although its name ends in .zip; nothing was"
              + " loaded. Compress the export again as a ZIP file (in Windows: Send to > Compressed"
              + " (zipped) folder) or give the export folder as it is.");

  /** A ZIP input whose table of contents cannot be read: cut short, or damaged. */
  public static final IssueCode ZIP_INCOMPLETE =
      add(
          832,
          "input",
          "ZIP-arkisto {archive} on vajaa tai vioittunut: sen lopussa olevaa sisällysluetteloa ei"
              + " voi lukea, joten se luultavasti katkesi kopioinnissa tai latauksessa; mitään ei"
              + " ladattu. Kopioi tai lataa arkisto uudelleen tai pakkaa vienti uudelleen.",
          "ZIP-arkivet {archive} är ofullständigt eller skadat: innehållsförteckningen i slutet"
              + " kan inte läsas, så det avbröts troligen när det kopierades eller laddades ner;"
              + " ingenting lästes in. Kopiera eller ladda ner arkivet på nytt, eller packa"
              + " exporten på nytt.",
          "The ZIP archive {archive} is incomplete or damaged: its table of contents at the end"
              + " cannot be read, so it was probably cut short while it was copied or downloaded;"
              + " nothing was loaded. Copy or download the archive again, or compress the export"
              + " again.");

  /** An entry of a ZIP input whose data cannot be unpacked. */
  public static final IssueCode ZIP_ENTRY_DAMAGED =
      add(
          833,
          "input",
          "ZIP-arkiston {archive} tiedostoa {entry} ei voi purkaa, koska sen tiedot ovat"
              + " vioittuneet; mitään ei ladattu. Pakkaa vienti uudelleen ja lataa uusi arkisto.",
          "Filen {entry} i ZIP-arkivet {archive} kan inte packas upp eftersom dess data är"
              + " skadade; ingenting lästes in. Packa exporten på nytt och läs in det nya arkivet.",
          "The file {entry} in the ZIP archive {archive} cannot be unpacked because its data is"
              + " damaged; nothing was loaded. Compress the export again and load the new"
              + " archive.");

  /** A password-protected ZIP input. */
  public static final IssueCode ZIP_ENCRYPTED =
      add(
          834,
          "input",
          "ZIP-arkisto {archive} on salattu (suojattu salasanalla), eikä Polku lue salattuja"
              + " arkistoja; mitään ei ladattu. Pakkaa vienti uudelleen ilman salasanaa ja suojaa"
              + " siirto muulla tavoin (salattu yhteys tai levy).",
          "ZIP-arkivet {archive} är krypterat (lösenordsskyddat), och Polku läser inte"
              + " krypterade arkiv; ingenting lästes in. Packa exporten på nytt utan lösenord och"
              + " skydda överföringen på annat sätt (en krypterad förbindelse eller disk).",
          "The ZIP archive {archive} is encrypted (password-protected), and Polku does not read"
              + " encrypted archives; nothing was loaded. Compress the export again without a"
              + " password and protect the transfer another way (an encrypted connection or"
              + " disk).");

  /** A ZIP input with an entry whose path leads out of the folder it is unpacked into. */
  public static final IssueCode ZIP_ENTRY_OUTSIDE =
      add(
          835,
          "input",
          "ZIP-arkistossa {archive} on tiedosto {entry}, jonka polku johtaa arkiston kansion"
              + " ulkopuolelle (.. tai polku juuresta), joten arkistoa ei purettu; mitään ei"
              + " ladattu. Pakkaa vienti uudelleen suoraan vientikansiosta.",
          "ZIP-arkivet {archive} har filen {entry} vars sökväg leder utanför arkivets mapp (..,"
              + " eller en sökväg från roten), så arkivet packades inte upp; ingenting lästes in."
              + " Packa exporten på nytt direkt från exportmappen.",
          "The ZIP archive {archive} has the file {entry}, whose path leads outside the archive's"
              + " folder (.., or a path from the root), so the archive was not unpacked; nothing"
              + " was loaded. Compress the export again from the export folder itself.");

  /** A ZIP input that unpacks to more than the load's limit (a ZIP bomb, or a wrong file). */
  public static final IssueCode ZIP_TOO_LARGE =
      add(
          836,
          "input",
          "ZIP-arkisto {archive} purkautuu suuremmaksi kuin {limit}, joka on latauksen"
              + " enimmäiskoko (raja ylittyi tiedostossa {entry}); mitään ei ladattu. Tarkista,"
              + " että arkisto on oikea vienti; jos on, nosta rajaa asetuksella"
              + " polku.load.max-archive-size.",
          "ZIP-arkivet {archive} packas upp till mer än {limit}, det mesta en inläsning packar"
              + " upp (gränsen överskreds i filen {entry}); ingenting lästes in. Kontrollera att"
              + " arkivet är rätt export; om det är det, höj gränsen med inställningen"
              + " polku.load.max-archive-size.",
          "The ZIP archive {archive} unpacks to more than {limit}, the most a load unpacks (the"
              + " limit was passed in the file {entry}); nothing was loaded. Check that the"
              + " archive is the right export; if it is, raise the limit with the setting"
              + " polku.load.max-archive-size.");

  /** A ZIP input with more entries than the load's limit. */
  public static final IssueCode ZIP_TOO_MANY_ENTRIES =
      add(
          837,
          "input",
          "ZIP-arkistossa {archive} on enemmän kuin {limit} kohdetta (tiedostoja ja kansioita),"
              + " mikä on latauksen enimmäismäärä; mitään ei ladattu. Tarkista, että arkisto on"
              + " oikea vienti; jos on, nosta rajaa asetuksella polku.load.max-archive-entries tai"
              + " kokoa tietueet harvempiin tiedostoihin.",
          "ZIP-arkivet {archive} har fler än {limit} poster (filer och mappar), det mesta en"
              + " inläsning packar upp; ingenting lästes in. Kontrollera att arkivet är rätt"
              + " export; om det är det, höj gränsen med inställningen"
              + " polku.load.max-archive-entries eller samla posterna i färre filer.",
          "The ZIP archive {archive} has more than {limit} entries (files and folders), the most a"
              + " load unpacks; nothing was loaded. Check that the archive is the right export; if"
              + " it is, raise the limit with the setting polku.load.max-archive-entries or put"
              + " the records in fewer files.");

  /** Every mapping code, in number order. */
  public static List<IssueCode> all() {
    return List.copyOf(ALL);
  }

  private static IssueCode add(int number, String category, String fi, String sv, String en) {
    IssueCode code =
        new IssueCode(
            String.format("POLKU-VAL-%04d", number),
            category,
            Severity.ERROR,
            new Text(fi, sv, en),
            V1);
    ALL.add(code);
    return code;
  }
}
