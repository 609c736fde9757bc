package fi.polku.validation.structure;

import static fi.polku.validation.TestSupport.codes;
import static fi.polku.validation.TestSupport.issue;
import static fi.polku.validation.TestSupport.validate;
import static fi.polku.validation.structure.TestResources.KOODISTO;
import static fi.polku.validation.structure.TestResources.municipality;
import static fi.polku.validation.structure.TestResources.organization;
import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.validation.api.ValidationIssue;
import fi.polku.validation.api.ValidationReport;
import org.junit.jupiter.api.Test;

/** Extensions: profile slices, definitions, contexts, modifier extensions. */
class ExtensionsTest {

  @Test
  void validatesAProfileSliceAgainstItsExtensionDefinition() {
    String json =
        organization(
            "\"extension\": [%s]"
                .formatted(
                    municipality("049")
                        .replace("valueCoding", "valueString")
                        .replace(
                            "{\"system\": \"" + KOODISTO + "kunta\", \"code\": \"049\"}",
                            "\"049\"")));

    ValidationReport r = validate(json);

    assertThat(codes(r)).containsExactly("POLKU-VAL-0117");
    assertThat(r.issues().get(0).location()).isEqualTo("Organization.extension[0].value");
    assertThat(r.issues().get(0).message().en()).contains("type string; allowed types: Coding");
  }

  @Test
  void countsSliceCardinality() {
    String json =
        organization("\"extension\": [%s, %s]".formatted(municipality("049"), municipality("092")));

    ValidationIssue i = issue(validate(json), "POLKU-VAL-0104");
    assertThat(i.location())
        .isEqualTo(
            "Organization.extension('https://polku.fi/fhir/StructureDefinition/OrganizationMunicipality')");
    assertThat(i.message().en()).contains("occurs 2 times; at most 1 allowed");
  }

  @Test
  void rejectsAPolkuExtensionWhereItsDefinitionDoesNotAllowIt() {
    String json =
        "{\"resourceType\": \"Learner\", \"extension\": [%s]}".formatted(municipality("049"));

    ValidationIssue i = issue(validate(json), "POLKU-VAL-0115");
    assertThat(i.message().en()).contains("allowed at: Organization");
  }

  @Test
  void rejectsUnknownExtensionsInPolkusNamespaceButAcceptsForeignOnes() {
    String typo =
        "{\"resourceType\": \"Learner\", \"extension\": [{\"url\": \"https://polku.fi/fhir/StructureDefinition/OrganisationMunicipality\", \"valueString\": \"x\"}]}";
    String foreign =
        "{\"resourceType\": \"Learner\", \"extension\": [{\"url\": \"https://example.org/fhir/shoe-size\", \"valueInteger\": 38}]}";

    assertThat(codes(validate(typo))).containsExactly("POLKU-VAL-0114");
    assertThat(validate(foreign).issues()).isEmpty();
  }

  @Test
  void rejectsModifierExtensions() {
    String json =
        "{\"resourceType\": \"Learner\", \"modifierExtension\": [{\"url\": \"https://example.org/fhir/deceased\", \"valueBoolean\": true}]}";

    assertThat(codes(validate(json))).containsExactly("POLKU-VAL-0113");
  }

  @Test
  void requiresAValueOrNestedExtensionsButNotBoth() {
    String neither =
        "{\"resourceType\": \"Learner\", \"extension\": [{\"url\": \"https://example.org/fhir/x\"}]}";
    String both =
        "{\"resourceType\": \"Learner\", \"extension\": [{\"url\": \"https://example.org/fhir/x\", \"valueString\": \"a\","
            + " \"extension\": [{\"url\": \"y\", \"valueString\": \"b\"}]}]}";

    assertThat(codes(validate(neither))).containsExactly("POLKU-VAL-0116");
    assertThat(codes(validate(both))).containsExactly("POLKU-VAL-0116");
  }

  @Test
  void validatesKnownFhirExtensionsAgainstTheirDefinition() {
    String json =
        """
        {"resourceType": "Learner",
         "name": [{"text": "Aino",
                   "_text": {"extension": [{"url": "http://hl7.org/fhir/StructureDefinition/translation",
                                            "extension": [{"url": "lang", "valueCode": "sv"},
                                                          {"url": "content", "valueMarkdown": "Aino"}]}]}}]}
        """;
    String missingLang = json.replace("{\"url\": \"lang\", \"valueCode\": \"sv\"},", "");

    assertThat(validate(json).issues()).isEmpty();
    assertThat(codes(validate(missingLang))).contains("POLKU-VAL-0102");
  }
}
