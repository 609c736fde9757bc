package fi.polku.validation.structure;

import static fi.polku.validation.TestSupport.issue;
import static fi.polku.validation.TestSupport.validate;
import static fi.polku.validation.structure.TestResources.KOODISTO;
import static fi.polku.validation.structure.TestResources.municipality;
import static fi.polku.validation.structure.TestResources.organization;
import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.validation.api.ValidationIssue;
import org.junit.jupiter.api.Test;

/** Codes judged on the record's date: a merged municipality in a record dated after the merger. */
class CodeValidityByDateTest {

  @Test
  void rejectsAMergedMunicipalityInACurrentRecordNamingItsSuccessor() {
    String json =
        """
        {"resourceType": "Learner",
         "municipalityOfResidence": {"coding": [{"system": "%skunta", "code": "001"}]}}
        """
            .formatted(KOODISTO);

    ValidationIssue i = issue(validate(json), "POLKU-VAL-0408");
    assertThat(i.location()).isEqualTo("Learner.municipalityOfResidence.coding[0].code");
    assertThat(i.message().en()).contains("record's date 2025-01-15").contains("successor 609");
    assertThat(i.message().fi()).contains("käytä sen seuraajaa 609");
  }

  @Test
  void judgesAnOrganisationAtTheEndOfItsOperatingPeriod() {
    String closedBeforeTheList =
        organization(
            "\"extension\": [%s, {\"url\": \"https://polku.fi/fhir/StructureDefinition/OrganizationOperatingPeriod\", \"valuePeriod\": {\"start\": \"1990-01-01\", \"end\": \"2010-12-31\"}}]"
                .formatted(municipality("001")));
    String closedAfterIt = closedBeforeTheList.replace("2010-12-31", "2019-07-31");

    assertThat(validate(closedBeforeTheList).issues()).isEmpty();
    ValidationIssue i = issue(validate(closedAfterIt), "POLKU-VAL-0408");
    assertThat(i.message().en()).contains("record's date 2019-07-31");
  }

  @Test
  void acceptsAMunicipalityInForce() {
    String json = organization("\"extension\": [%s]".formatted(municipality("049")));

    assertThat(validate(json).issues()).isEmpty();
  }
}
