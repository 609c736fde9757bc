package fi.polku.hub.app;

import fi.polku.validation.api.Text;
import java.time.Duration;
import java.util.Set;
import org.springframework.util.unit.DataSize;

/**
 * The rules a setting's value breaks, in fi/sv/en: the {@code {rule}} of POLKU-HUB-1002. Each is a
 * clause that follows the setting's name and value ("… cannot be "-5": it must be at least 1").
 */
final class SettingRules {

  private static final Set<Class<?>> WHOLE_NUMBERS =
      Set.of(int.class, Integer.class, long.class, Long.class, short.class, Short.class);

  private SettingRules() {}

  /** At least {@code min}. */
  static Text atLeast(Object min) {
    return new Text(
        "sen on oltava vähintään " + min,
        "det måste vara minst " + min,
        "it must be at least " + min);
  }

  /** At most {@code max}. */
  static Text atMost(Object max) {
    return new Text(
        "sen on oltava enintään " + max, "det får vara högst " + max, "it must be at most " + max);
  }

  /** Between {@code low} and {@code high}, both included. */
  static Text between(String low, String high) {
    return new Text(
        "sen on oltava väliltä " + low + "–" + high,
        "det måste ligga mellan " + low + " och " + high,
        "it must lie between " + low + " and " + high);
  }

  /** Not empty. */
  static Text notEmpty() {
    return new Text("se ei voi olla tyhjä", "det får inte vara tomt", "it must not be empty");
  }

  /** A value of {@code type}: what the text of a setting of that type must look like. */
  static Text ofType(Class<?> type) {
    if (WHOLE_NUMBERS.contains(type)) {
      return new Text(
          "sen on oltava kokonaisluku", "det måste vara ett heltal", "it must be a whole number");
    }
    if (type == boolean.class || type == Boolean.class) {
      return new Text(
          "sen on oltava true tai false",
          "det måste vara true eller false",
          "it must be true or false");
    }
    if (type == Duration.class) {
      return new Text(
          "sen on oltava kesto, esimerkiksi 30s tai 5m",
          "det måste vara en tidslängd, till exempel 30s eller 5m",
          "it must be a duration such as 30s or 5m");
    }
    if (type == DataSize.class) {
      return new Text(
          "sen on oltava koko, esimerkiksi 64MB",
          "det måste vara en storlek, till exempel 64MB",
          "it must be a size such as 64MB");
    }
    String name = type == null ? "?" : type.getSimpleName();
    return new Text(
        "sen on oltava tyyppiä " + name,
        "det måste vara av typen " + name,
        "it must be of type " + name);
  }

  /** An address or host name of this machine (to listen on). */
  static Text addressOfThisMachine() {
    return new Text(
        "se ei ole tämän koneen osoite tai nimi",
        "det är inte en adress eller ett namn på den här datorn",
        "it is not an address or name of this machine");
  }

  /** A JDBC URL that a driver of the hub accepts. */
  static Text databaseUrl() {
    return new Text(
        "mikään palvelimen tietokanta-ajureista ei hyväksy sitä (PostgreSQL:"
            + " jdbc:postgresql://kone:5432/tietokanta)",
        "ingen av serverns databasdrivrutiner accepterar den (PostgreSQL:"
            + " jdbc:postgresql://värd:5432/databas)",
        "no database driver of the hub accepts it (PostgreSQL:"
            + " jdbc:postgresql://host:5432/database)");
  }

  /** Comma-separated http(s) URLs, each with a host. */
  static Text searchUris() {
    return new Text(
        "sen on oltava pilkuin eroteltuja http- tai https-osoitteita, esimerkiksi"
            + " https://kone:9200",
        "det måste vara http- eller https-adresser åtskilda med kommatecken, till exempel"
            + " https://värd:9200",
        "it must be http or https URLs separated by commas, such as https://host:9200");
  }

  /** The database driver's own refusal of the URL, {@code reason} in the driver's English. */
  static Text refusedByDriver(String reason) {
    return new Text(
        "tietokanta-ajuri ei hyväksy sitä: " + reason,
        "databasdrivrutinen accepterar den inte: " + reason,
        "the database driver refuses it: " + reason);
  }

  /** {@code d} as a setting's value is written: {@code -1s}, {@code 1500ms}. */
  static String shown(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
  }

  /** A rule the validator states in its own words (a constraint without a text of its own here). */
  static Text stated(String rule) {
    return Text.of(rule);
  }
}
