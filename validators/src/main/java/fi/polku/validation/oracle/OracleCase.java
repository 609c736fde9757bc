package fi.polku.validation.oracle;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * One instance of the oracle corpus.
 *
 * @param id the stable case id: {@code Type/name} for a file, {@code Type/base~recipe} for a
 *     generated fault
 * @param type the model type (a resource type, or a profile: PolkuOrganization, PolkuPerson)
 * @param kind where it comes from
 * @param recipe the fault recipe, or null for a file
 * @param description what the recipe did, or null
 * @param json the instance as UTF-8 JSON
 */
public record OracleCase(
    String id, String type, Kind kind, String recipe, String description, byte[] json) {

  private static final Set<String> PROFILES = Set.of("PolkuOrganization", "PolkuPerson");

  /** Where a case comes from. */
  public enum Kind {
    /** A valid base instance ({@code base/}). */
    BASE,
    /** A hand-written invalid instance with one documented fault ({@code handmade/}). */
    HANDMADE,
    /** A base instance with one generated fault. */
    GENERATED
  }

  /** The profile (PolkuOrganization, PolkuPerson) the HL7 validator must also check, or null. */
  public String profile() {
    return PROFILES.contains(type) ? type : null;
  }

  /** True if the instance is (derived from) one made from a KOSKI example document. */
  public boolean fromKoski() {
    return id.substring(id.indexOf('/') + 1).startsWith("koski-");
  }

  /** The instance as text. */
  public String text() {
    return new String(json, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return id;
  }
}
