package fi.polku.samples.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdentityCodesTest {

  @Test
  void checkCharacterMatchesTheOfficialExample() {
    // The example of the Digital and Population Data Services Agency: 131052-308T.
    assertThat(IdentityCodes.format(LocalDate.of(1952, 10, 13), '-', 308)).isEqualTo("131052-308T");
    assertThat(IdentityCodes.isValid("131052-308T")).isTrue();
    assertThat(IdentityCodes.isValid("131052-308U")).isFalse();
  }

  @Test
  void centurySignsOf2023AreValidAndDecodeToTheirCentury() {
    String code = IdentityCodes.format(LocalDate.of(2018, 3, 5), 'B', 934);
    assertThat(IdentityCodes.isValid(code)).isTrue();
    assertThat(IdentityCodes.birthDate(code)).contains(LocalDate.of(2018, 3, 5));
    assertThat(IdentityCodes.birthDate(IdentityCodes.format(LocalDate.of(1985, 1, 2), 'Y', 951)))
        .contains(LocalDate.of(1985, 1, 2));
  }

  @Test
  void impossibleDatesAreNotValid() {
    String digits = "310220" + "901";
    assertThat(IdentityCodes.isValid("310220A901" + IdentityCodes.checkCharacter(digits)))
        .isFalse();
  }

  @Test
  void wrongCheckCharacterIsAlwaysDifferentAndInvalid() {
    String code = IdentityCodes.format(LocalDate.of(2012, 12, 24), 'A', 977);
    for (int shift = 0; shift < 60; shift++) {
      String wrong = IdentityCodes.withWrongCheckCharacter(code, shift);
      assertThat(wrong).isNotEqualTo(code).startsWith(code.substring(0, 10));
      assertThat(IdentityCodes.isValid(wrong)).isFalse();
    }
  }

  @Test
  void allocatorGivesUniqueValidSyntheticCodesWithTheRightSexParity() {
    IdentityCodeAllocator allocator = new IdentityCodeAllocator();
    Rand rand = new Rand(1);
    Set<String> seen = new HashSet<>();
    LocalDate day = LocalDate.of(2016, 6, 1);
    for (int i = 0; i < 300; i++) {
      for (Sex sex : Sex.values()) {
        String code = allocator.next(day, sex, rand);
        assertThat(IdentityCodes.isValid(code)).isTrue();
        int number = IdentityCodes.individualNumber(code);
        assertThat(number).isBetween(900, 999);
        assertThat(number % 2 == 1).isEqualTo(sex == Sex.MALE);
        assertThat(seen.add(code)).as(code).isTrue();
      }
    }
    assertThatThrownBy(() -> allocator.next(day, Sex.MALE, rand))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("exhausted");
  }

  @Test
  void aFewCodesUseTheNewCenturySignsEvenWhenTheTraditionalOneHasRoom() {
    IdentityCodeAllocator allocator = new IdentityCodeAllocator();
    Rand rand = new Rand(7);
    int newSigns = 0;
    for (int d = 0; d < 3000; d++) {
      String code = allocator.next(LocalDate.of(2010, 1, 1).plusDays(d), Sex.FEMALE, rand);
      newSigns += code.charAt(6) != 'A' ? 1 : 0;
    }
    assertThat(newSigns).isBetween(40, 150);
  }
}
