package fi.polku.hub.problem;

import fi.polku.validation.api.Text;
import java.util.List;

/**
 * The catalogue of reasons the hub cannot start that an operator can fix without reading a stack
 * trace: another program holds what the hub needs, a setting is invalid, the data folder, the
 * database or the search cluster cannot be used. Codes are never reused or renumbered; {@code
 * docs/operations.md} lists them with their exit statuses.
 *
 * <p>Placeholders named {@code rule} and {@code problem} are filled per language (a rule of a
 * setting, what is wrong with a folder); the others hold the same value in every language: a port,
 * a path, a setting's name and value, a database URL or search cluster URIs without their
 * passwords, an HTTP status.
 */
public final class StartupCodes {

  private StartupCodes() {}

  /** Another program listens on the hub's port. */
  public static final StartupCode PORT_IN_USE =
      code(
          "1000",
          3,
          "another program uses the port",
          "Osoitteessa {address} ei voi kuunnella: toinen ohjelma käyttää jo porttia. Pysäytä se tai"
              + " anna palvelimelle toinen portti: --port <n> tai polku.server.port.",
          "Kan inte lyssna på {address}: ett annat program använder redan porten. Stoppa det eller"
              + " ge servern en annan port: --port <n> eller polku.server.port.",
          "Cannot listen on {address}: another program already uses that port. Stop it, or give"
              + " the hub another port: --port <n> or polku.server.port.");

  /** Another running hub holds the data folder: its lock, or its embedded database. */
  public static final StartupCode DATA_FOLDER_IN_USE =
      code(
          "1001",
          4,
          "another running hub uses the data folder",
          "Datakansio {folder} on toisen käynnissä olevan palvelimen käytössä. Pysäytä se tai"
              + " anna tälle toinen kansio: --data <kansio> tai polku.data.",
          "Datamappen {folder} används av en annan server som körs. Stoppa den eller ge den här"
              + " en annan mapp: --data <mapp> eller polku.data.",
          "The data folder {folder} is in use by another running hub. Stop that hub, or give"
              + " this one another folder: --data <folder> or polku.data.");

  /**
   * A {@code polku.*} setting has a value the hub refuses: of the wrong type, outside its range, or
   * a database URL no driver accepts. Exits with 2, as picocli does for an invalid option.
   */
  public static final StartupCode SETTING_INVALID =
      code(
          "1002",
          2,
          "an option or a setting has an invalid value",
          "Asetuksen {setting} arvo \"{value}\" ei kelpaa: {rule}. Korjaa se siellä, missä se"
              + " annetaan: komentorivillä, ympäristömuuttujassa tai application.properties-"
              + "tiedostossa.",
          "Inställningen {setting} kan inte ha värdet \"{value}\": {rule}. Rätta den där den"
              + " anges: på kommandoraden, i en miljövariabel eller i application.properties.",
          "The setting {setting} cannot be \"{value}\": {rule}. Correct it where it is given: on"
              + " the command line, in an environment variable or in application.properties.");

  /** The data folder is a file, lies under a file, or cannot be written to. */
  public static final StartupCode DATA_FOLDER_UNUSABLE =
      code(
          "1003",
          5,
          "the data folder cannot be created or written to",
          "Datakansiota {folder} ei voi käyttää: {problem}. Anna palvelimelle kansio, jonka se voi"
              + " luoda ja johon se voi kirjoittaa: --data <kansio> tai polku.data.",
          "Datamappen {folder} kan inte användas: {problem}. Ge servern en mapp som den kan skapa"
              + " och skriva i: --data <mapp> eller polku.data.",
          "The data folder {folder} cannot be used: {problem}. Give the hub a folder it can create"
              + " and write to: --data <folder> or polku.data.");

  /** Nothing answers at the host and port of the database URL, or the host is unknown. */
  public static final StartupCode DATABASE_UNREACHABLE =
      code(
          "1004",
          6,
          "the database cannot be reached",
          "Tietokantaan {url} ei saada yhteyttä: konetta ei löydy tai siinä ei vastaa"
              + " tietokantapalvelin. Käynnistä tietokanta tai korjaa koneen nimi ja portti"
              + " asetuksessa polku.database.url.",
          "Det går inte att ansluta till databasen {url}: datorn hittas inte eller ingen"
              + " databasserver svarar där. Starta databasen eller rätta värd och port i"
              + " polku.database.url.",
          "Cannot connect to the database {url}: the host is unknown or no database server"
              + " answers there. Start the database, or correct the host and port in"
              + " polku.database.url.");

  /** The database server refused the login: a wrong user or password, or no access from here. */
  public static final StartupCode DATABASE_LOGIN_REFUSED =
      code(
          "1005",
          7,
          "the database refused the user or password",
          "Tietokanta {url} hylkäsi palvelimen kirjautumisen: käyttäjä tai salasana on väärä, tai"
              + " käyttäjä ei saa ottaa yhteyttä tältä koneelta. Tarkista polku.database.user ja"
              + " polku.database.password.",
          "Databasen {url} avvisade serverns inloggning: användaren eller lösenordet är fel, eller"
              + " så får användaren inte ansluta från den här datorn. Kontrollera"
              + " polku.database.user och polku.database.password.",
          "The database {url} refused the hub's login: the user or password is wrong, or the user"
              + " may not connect from this machine. Check polku.database.user and"
              + " polku.database.password.");

  /** The database server runs but has no database of the URL's name. */
  public static final StartupCode DATABASE_MISSING =
      code(
          "1006",
          8,
          "the database does not exist",
          "Tietokantaa {url} ei ole palvelimella. Luo se (tyhjänä: palvelin luo taulunsa itse) tai"
              + " korjaa tietokannan nimi asetuksessa polku.database.url.",
          "Databasen {url} finns inte på servern. Skapa den (tom: servern skapar sina tabeller"
              + " själv) eller rätta databasnamnet i polku.database.url.",
          "The database {url} does not exist on its server. Create it (empty: the hub creates its"
              + " tables), or correct the database name in polku.database.url.");

  /**
   * Nothing answers at any URI of the search cluster ({@code polku.search.uris}), or its host is
   * unknown, while the Elasticsearch/OpenSearch backend is chosen.
   */
  public static final StartupCode SEARCH_UNREACHABLE =
      code(
          "1007",
          9,
          "the search cluster cannot be reached",
          "Hakuklusteriin {uris} ei saada yhteyttä: konetta ei löydy tai siinä ei vastaa mikään."
              + " Käynnistä klusteri, korjaa osoitteet asetuksessa polku.search.uris tai käytä"
              + " palvelimen omaa hakuindeksiä: polku.search.backend=lucene.",
          "Det går inte att ansluta till sökklustret {uris}: datorn hittas inte eller inget svarar"
              + " där. Starta klustret, rätta adresserna i polku.search.uris eller använd serverns"
              + " eget sökindex: polku.search.backend=lucene.",
          "Cannot connect to the search cluster {uris}: the host is unknown or nothing answers"
              + " there. Start the cluster, correct the addresses in polku.search.uris, or use the"
              + " hub's embedded index: polku.search.backend=lucene.");

  /** The search cluster refused the login: HTTP 401 or 403 for the hub's user and password. */
  public static final StartupCode SEARCH_LOGIN_REFUSED =
      code(
          "1008",
          10,
          "the search cluster refused the user or password",
          "Hakuklusteri {uris} hylkäsi palvelimen kirjautumisen (HTTP {status}): käyttäjä tai"
              + " salasana on väärä, tai käyttäjällä ei ole pääsyä klusteriin. Tarkista"
              + " polku.search.username ja polku.search.password.",
          "Sökklustret {uris} avvisade serverns inloggning (HTTP {status}): användaren eller"
              + " lösenordet är fel, eller så har användaren inte åtkomst till klustret. Kontrollera"
              + " polku.search.username och polku.search.password.",
          "The search cluster {uris} refused the hub's login (HTTP {status}): the user or password"
              + " is wrong, or the user has no access to the cluster. Check polku.search.username"
              + " and polku.search.password.");

  /** Every code, in catalogue order. */
  public static List<StartupCode> all() {
    return List.of(
        PORT_IN_USE,
        DATA_FOLDER_IN_USE,
        SETTING_INVALID,
        DATA_FOLDER_UNUSABLE,
        DATABASE_UNREACHABLE,
        DATABASE_LOGIN_REFUSED,
        DATABASE_MISSING,
        SEARCH_UNREACHABLE,
        SEARCH_LOGIN_REFUSED);
  }

  private static StartupCode code(
      String number, int exitStatus, String summary, String fi, String sv, String en) {
    return new StartupCode("POLKU-HUB-" + number, exitStatus, summary, new Text(fi, sv, en));
  }
}
