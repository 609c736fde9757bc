package fi.polku.validation.format;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.validation.api.IssueCode;
import fi.polku.validation.catalogue.IdentifierCodes;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The personal identity code: every century sign in force, and each fault with its own code. */
class PersonalIdentityCodeTest {

  private static final FormatContext NO_CONTEXT = FormatContext.of(LocalDate.of(2025, 1, 15));

  @ParameterizedTest(name = "{0} ({1})")
  @CsvSource({
    "010199+123Y, '+ = 1800s'",
    "131052-308T, '- = 1900s (DVV example)'",
    "010594Y141F, 'Y = 1900s, since 2023'",
    "010594X141F, 'X = 1900s, since 2023'",
    "010594W141F, 'W = 1900s, since 2023'",
    "010594V141F, 'V = 1900s, since 2023'",
    "010594U141F, 'U = 1900s, since 2023'",
    "010101A123N, 'A = 2000s'",
    "010516B123S, 'B = 2000s, since 2023'",
    "010516C123S, 'C = 2000s, since 2023'",
    "010516D123S, 'D = 2000s, since 2023'",
    "010516E123S, 'E = 2000s, since 2023'",
    "010516F123S, 'F = 2000s, since 2023'",
    "290224A2342, 'leap day 2024'"
  })
  void acceptsEveryCenturySignInForce(String code, String why) {
    assertThat(PersonalIdentityCode.verify(code).isOk()).as(why).isTrue();
    assertThat(PersonalIdentityCode.isValid(code)).isTrue();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "131052-308U, PERSONAL_ID_CHECKSUM",
    "131052-308t, PERSONAL_ID_CHECKSUM",
    "131052G308T, PERSONAL_ID_CENTURY_SIGN",
    "131052Z308T, PERSONAL_ID_CENTURY_SIGN",
    "290223A2342, PERSONAL_ID_DATE",
    "310452-308T, PERSONAL_ID_DATE",
    "131352-308T, PERSONAL_ID_DATE",
    "131052-001T, PERSONAL_ID_INDIVIDUAL_NUMBER",
    "131052-000T, PERSONAL_ID_INDIVIDUAL_NUMBER",
    "131052-308, PERSONAL_ID_FORM",
    "13105-2308T, PERSONAL_ID_FORM",
    "1310521952-308T, PERSONAL_ID_FORM",
    "1310X2-308T, PERSONAL_ID_FORM"
  })
  void rejectsFaultsWithASpecificCode(String code, String expected) {
    assertThat(PersonalIdentityCode.verify(code).code()).isEqualTo(codeNamed(expected));
  }

  @Test
  void checksTheDateForTheCenturyOfTheSign() {
    assertThat(PersonalIdentityCode.verify("290200-101P").code())
        .as("1900 was not a leap year")
        .isEqualTo(IdentifierCodes.PERSONAL_ID_DATE);
    assertThat(PersonalIdentityCode.verify("290200A101K").isOk()).as("2000 was one").isTrue();
  }

  @Test
  void flagsTemporaryIndividualNumbersAsInformationOnly() {
    FormatResult r = PersonalIdentityCode.verify("010101-901S");

    assertThat(r.code()).isEqualTo(IdentifierCodes.PERSONAL_ID_TEMPORARY);
    assertThat(r.code().severity().rejects()).isFalse();
    assertThat(PersonalIdentityCode.isValid("010101-901S")).isTrue();
  }

  @Test
  void neverPutsTheCodeIntoTheResult() {
    FormatResult r = PersonalIdentityCode.verify("131052Z308T");

    assertThat(r.params().values()).noneMatch(v -> v.contains("131052"));
  }

  private static IssueCode codeNamed(String name) {
    Map<String, IssueCode> byName =
        Map.of(
            "PERSONAL_ID_FORM", IdentifierCodes.PERSONAL_ID_FORM,
            "PERSONAL_ID_CENTURY_SIGN", IdentifierCodes.PERSONAL_ID_CENTURY_SIGN,
            "PERSONAL_ID_DATE", IdentifierCodes.PERSONAL_ID_DATE,
            "PERSONAL_ID_INDIVIDUAL_NUMBER", IdentifierCodes.PERSONAL_ID_INDIVIDUAL_NUMBER,
            "PERSONAL_ID_CHECKSUM", IdentifierCodes.PERSONAL_ID_CHECKSUM);
    return byName.get(name);
  }
}
