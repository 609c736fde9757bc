package fi.polku.hub.problem;

import fi.polku.validation.api.Text;
import java.util.List;

/**
 * The catalogue of reasons the hub cannot start that an operator can fix without reading a stack
 * trace: another program holds what the hub needs. Codes are never reused or renumbered; {@code
 * docs/operations.md} lists them with their exit statuses.
 */
public final class StartupCodes {

  private StartupCodes() {}

  /** Another program listens on the hub's port. */
  public static final StartupCode PORT_IN_USE =
      code(
          "1000",
          3,
          "Osoitteessa {address} ei voi kuunnella: toinen ohjelma käyttää jo porttia. Pysäytä se tai"
              + " anna palvelimelle toinen portti: --port <n> tai polku.server.port.",
          "Kan inte lyssna på {address}: ett annat program använder redan porten. Stoppa det eller"
              + " ge servern en annan port: --port <n> eller polku.server.port.",
          "Cannot listen on {address}: another program already uses that port. Stop it, or give"
              + " the hub another port: --port <n> or polku.server.port.");

  /** Another running hub has the embedded database of the data folder open. */
  public static final StartupCode DATA_FOLDER_IN_USE =
      code(
          "1001",
          4,
          "Datakansio {folder} on toisen käynnissä olevan palvelimen käytössä (sen tietokanta on"
              + " lukittu). Pysäytä se tai anna tälle toinen kansio: --data <kansio> tai"
              + " polku.data.",
          "Datamappen {folder} används av en annan server som körs (dess databas är låst). Stoppa"
              + " den eller ge den här en annan mapp: --data <mapp> eller polku.data.",
          "The data folder {folder} is in use by another running hub (its database is locked)."
              + " Stop that hub, or give this one another folder: --data <folder> or polku.data.");

  /** Every code, in catalogue order. */
  public static List<StartupCode> all() {
    return List.of(PORT_IN_USE, DATA_FOLDER_IN_USE);
  }

  private static StartupCode code(String number, int exitStatus, String fi, String sv, String en) {
    return new StartupCode("POLKU-HUB-" + number, exitStatus, new Text(fi, sv, en));
  }
}
