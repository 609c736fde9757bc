package fi.polku.samples.generate;

import java.time.LocalDateTime;

/**
 * A guardian or other responsible adult, with a key in each source system.
 *
 * @param registerKey {@code huoltajanro} in the student register
 * @param ececKey {@code huoltaja_id} in the ECEC database
 * @param person the person; the identity code may be missing (e.g. a parent living abroad)
 * @param phone mobile phone number, or {@code null}
 * @param email e-mail address, or {@code null}
 * @param address home address, or {@code null} under a protection order
 * @param modified when the ECEC database last changed the guardian's row
 */
public record Guardian(
    int registerKey,
    int ececKey,
    Person person,
    String phone,
    String email,
    Address address,
    LocalDateTime modified) {}
