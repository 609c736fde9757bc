package fi.polku.samples.generate;

import java.time.LocalDateTime;

/**
 * An ECEC unit of the city.
 *
 * @param id {@code yksikko_id} in the ECEC database
 * @param name the unit's name
 * @param type day-care centre, group family day care or family day care
 * @param arrangement how the city arranges ECEC in the unit
 * @param oid the organisation OID (synthetic range)
 * @param language language of operation (code list {@code kieli}, upper case)
 * @param address street address
 * @param places number of child places
 * @param modified when the ECEC database last changed the row
 */
public record EcecUnit(
    int id,
    String name,
    UnitType type,
    EcecArrangement arrangement,
    String oid,
    String language,
    Address address,
    int places,
    LocalDateTime modified) {}
