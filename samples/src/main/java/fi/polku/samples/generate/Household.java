package fi.polku.samples.generate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A family: the adults responsible for its children, the children's surname, home and language.
 * Siblings share one household, so they share guardians in both exports.
 */
public final class Household {

  private final List<GuardianRole> roles;
  private final String familyName;
  private final Address address;
  private final boolean protectionOrder;
  private final String municipality;
  private final Language language;
  private final String nationality;
  private final LocalDate eldestParentBirth;
  private final List<LocalDate> childBirths = new ArrayList<>();
  private final List<String> childNames = new ArrayList<>();
  private boolean ececGuardiansWritten;

  Household(
      List<GuardianRole> roles,
      String familyName,
      Address address,
      boolean protectionOrder,
      String municipality,
      Language language,
      String nationality,
      LocalDate eldestParentBirth) {
    this.roles = List.copyOf(roles);
    this.familyName = familyName;
    this.address = address;
    this.protectionOrder = protectionOrder;
    this.municipality = municipality;
    this.language = language;
    this.nationality = nationality;
    this.eldestParentBirth = eldestParentBirth;
  }

  /** The adults and their relationship to every child of the household. */
  public List<GuardianRole> roles() {
    return roles;
  }

  /** The children's surname. */
  public String familyName() {
    return familyName;
  }

  /** The children's home address, or {@code null} under a protection order. */
  public Address address() {
    return protectionOrder ? null : address;
  }

  /** True if the family has a protection order (turvakielto): addresses are not disclosed. */
  public boolean protectionOrder() {
    return protectionOrder;
  }

  /** Municipality of residence (code list {@code kunta}). */
  public String municipality() {
    return municipality;
  }

  /** The family's language. */
  public Language language() {
    return language;
  }

  /** The children's nationality (code list {@code maatjavaltiot2}). */
  public String nationality() {
    return nationality;
  }

  /**
   * True if a child born on the date fits the family: at least 300 days from every sibling, or on
   * the same day as one (twins), and parents of plausible age.
   */
  boolean fits(LocalDate birth, boolean allowTwin) {
    long parentAge = ChronoUnit.YEARS.between(eldestParentBirth, birth);
    if (parentAge < 18 || parentAge > 50) {
      return false;
    }
    for (LocalDate sibling : childBirths) {
      long gap = Math.abs(ChronoUnit.DAYS.between(sibling, birth));
      if (gap == 0 ? !allowTwin : gap < 300) {
        return false;
      }
    }
    return true;
  }

  void addChild(LocalDate birth, String firstName) {
    childBirths.add(birth);
    childNames.add(firstName);
  }

  /** True if a child of the household already has the first name. */
  boolean hasChildNamed(String firstName) {
    return childNames.contains(firstName);
  }

  /** The birth date of a child born in the year who has no twin yet, or {@code null}. */
  LocalDate twinBirth(int birthYear) {
    for (LocalDate sibling : childBirths) {
      if (sibling.getYear() == birthYear
          && childBirths.stream().filter(sibling::equals).count() == 1) {
        return sibling;
      }
    }
    return null;
  }

  /** True once the guardians' rows have been written to the ECEC database (written only once). */
  public boolean ececGuardiansWritten() {
    return ececGuardiansWritten;
  }

  /** Marks the guardians' ECEC rows written. */
  public void markEcecGuardiansWritten() {
    ececGuardiansWritten = true;
  }
}
