package fi.polku.validation.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.validation.TestSupport;
import fi.polku.validation.api.IssueCode;
import fi.polku.validation.catalogue.IdentifierCodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FinnishFormatsTest {

  private static final FormatContext NO_CONTEXT = FormatContext.of(LocalDate.of(2025, 1, 15));

  @Nested
  class PersonalIdentityCodes {

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
  }

  @Nested
  class OrganisationOids {

    @Test
    void acceptsEveryOidOfTheRealOrganisationHierarchy() throws IOException {
      Path file = TestSupport.root().resolve("samples/data/organisaatio/hierarkia.json");
      assumeThat(Files.exists(file)).as("sample data in the checkout").isTrue();
      List<String> oids = new ArrayList<>();
      collectOids(new ObjectMapper().readTree(file.toFile()), oids);

      assertThat(oids).hasSizeGreaterThan(900);
      assertThat(oids).allMatch(OrganisationOid::isValid);
    }

    private void collectOids(JsonNode node, List<String> oids) {
      if (node.has("oid")) {
        oids.add(node.get("oid").asText());
      }
      node.forEach(child -> collectOids(child, oids));
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "1.2.246.562.24.10000000001",
          "1.2.246.562.10",
          "1.2.246.562.10.",
          "1.2.246.562.10.1234a",
          "urn:oid:1.2.246.562.10.12345678901",
          " 1.2.246.562.10.12345678901"
        })
    void rejectsOtherArcsAndMalformedOids(String value) {
      assertThat(new OrganisationOid().check(value, NO_CONTEXT).code())
          .isEqualTo(IdentifierCodes.ORGANISATION_OID);
    }
  }

  @Nested
  class LearnerNumbers {

    @ParameterizedTest
    @ValueSource(strings = {"1.2.246.562.24.00000000001", "1.2.246.562.24.99999999123"})
    void acceptsElevenDigitsInTheLearnerArc(String value) {
      assertThat(new LearnerNumber().check(value, NO_CONTEXT).isOk()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "1.2.246.562.24.0000000001",
          "1.2.246.562.24.000000000012",
          "1.2.246.562.10.00000000001",
          "1.2.246.562.24.0000000000a"
        })
    void rejectsOtherLengthsAndArcs(String value) {
      assertThat(new LearnerNumber().check(value, NO_CONTEXT).code())
          .isEqualTo(IdentifierCodes.LEARNER_NUMBER);
    }
  }

  @Nested
  class BusinessIds {

    @ParameterizedTest
    @ValueSource(strings = {"0502454-6", "1572860-0", "0201256-6", "2617416-4", "0737546-2"})
    void acceptsCorrectCheckDigits(String value) {
      assertThat(BusinessId.isValid(value)).isTrue();
    }

    @Test
    void rejectsAWrongCheckDigit() {
      assertThat(BusinessId.verify("0502454-5").code()).isEqualTo(IdentifierCodes.BUSINESS_ID_CHECKSUM);
    }

    @Test
    void rejectsNumbersWhoseRemainderIsOne() {
      // The weighted sum of 1000008 leaves remainder 1: no check digit exists for it.
      for (int digit = 0; digit <= 9; digit++) {
        assertThat(BusinessId.isValid("1000008-" + digit)).isFalse();
      }
    }

    @ParameterizedTest
    @ValueSource(strings = {"502454-6", "05024546", "0502454-", "05O2454-6", "0502454-66"})
    void rejectsOtherShapes(String value) {
      assertThat(BusinessId.verify(value).code()).isEqualTo(IdentifierCodes.BUSINESS_ID_FORM);
    }
  }

  @Nested
  class PostalCodes {

    private FormatContext country(String country) {
      return new FormatContext() {
        @Override
        public String sibling(String name) {
          return name.equals("country") ? country : null;
        }

        @Override
        public LocalDate asOf() {
          return NO_CONTEXT.asOf();
        }
      };
    }

    @Test
    void requiresFiveDigitsForFinnishAddresses() {
      FinnishPostalCode rule = new FinnishPostalCode();

      assertThat(rule.check("01300", NO_CONTEXT).isOk()).isTrue();
      assertThat(rule.check("01300", country("FI")).isOk()).isTrue();
      assertThat(rule.check("1300", NO_CONTEXT).code()).isEqualTo(IdentifierCodes.POSTAL_CODE);
      assertThat(rule.check("FI-01300", country("Suomi")).code())
          .isEqualTo(IdentifierCodes.POSTAL_CODE);
    }

    @Test
    void leavesForeignAddressesAlone() {
      assertThat(new FinnishPostalCode().check("SE-111 22", country("SE")).isOk()).isTrue();
    }
  }

  @Test
  void registersEveryBuiltInRuleThroughTheServiceLoader() {
    FormatRules rules = FormatRules.load();

    assertThat(rules.forSystem(PersonalIdentityCode.SYSTEM)).hasSize(1);
    assertThat(rules.forSystem(LearnerNumber.SYSTEM)).hasSize(1);
    assertThat(rules.forSystem(OrganisationOid.SYSTEM)).hasSize(1);
    assertThat(rules.forSystem(BusinessId.SYSTEM)).hasSize(1);
    assertThat(rules.forElement("Address.postalCode")).hasSize(1);
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
