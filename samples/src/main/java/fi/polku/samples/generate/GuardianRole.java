package fi.polku.samples.generate;

/**
 * A guardian's relationship to the children of a household.
 *
 * @param guardian the adult
 * @param kind the relationship
 * @param custody true if the adult has legal custody (huoltaja)
 * @param informationRights true if the adult may receive information about the child
 */
public record GuardianRole(
    Guardian guardian, GuardianKind kind, boolean custody, boolean informationRights) {}
