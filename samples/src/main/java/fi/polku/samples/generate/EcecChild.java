package fi.polku.samples.generate;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A child of the ECEC database.
 *
 * @param id {@code lapsi_id}
 * @param person the child
 * @param household the family
 * @param decisions the child's decisions, oldest first
 * @param modified last modification of the child's row and guardian links
 */
public record EcecChild(
    int id,
    Person person,
    Household household,
    List<EcecDecision> decisions,
    LocalDateTime modified) {}
