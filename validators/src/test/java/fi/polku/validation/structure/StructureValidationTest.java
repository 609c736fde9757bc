package fi.polku.validation.structure;

import static fi.polku.validation.TestSupport.codes;
import static fi.polku.validation.TestSupport.issue;
import static fi.polku.validation.TestSupport.validate;
import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.validation.api.Severity;
import fi.polku.validation.api.ValidationIssue;
import fi.polku.validation.api.ValidationReport;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The structural checks, each on a small hand-written resource. */
class StructureValidationTest {

  static final String KOODISTO = "https://virkailija.opintopolku.fi/koodisto-service/rest/codes/";

  /** A minimal valid study right; {@code %s} takes extra members. */
  static String studyRight(String extra) {
    return """
        {"resourceType": "StudyRight",
         "learner": {"reference": "Learner/l1"},
         "type": {"coding": [{"system": "%sopiskeluoikeudentyyppi", "code": "perusopetus"}]},
         "period": {"start": "2020-08-01"},
         "statusHistory": [{"status": {"coding": [{"system": "%skoskiopiskeluoikeudentila",
                                                   "code": "lasna"}]},
                            "start": "2020-08-01"}]%s}
        """
        .formatted(KOODISTO, KOODISTO, extra.isEmpty() ? "" : ", " + extra);
  }

  /** A minimal valid organisation; {@code %s} takes extra members. */
  static String organization(String extra) {
    return """
        {"resourceType": "Organization",
         "identifier": [{"system": "urn:oid:1.2.246.562.10", "value": "1.2.246.562.10.53642770753"}],
         "name": "Espoon seudun koulutuskuntayhtymä Omnia"%s}
        """
        .formatted(extra.isEmpty() ? "" : ", " + extra);
  }

  static String municipality(String code) {
    return """
        {"url": "https://polku.fi/fhir/StructureDefinition/OrganizationMunicipality",
         "valueCoding": {"system": "%skunta", "code": "%s"}}
        """
        .formatted(KOODISTO, code);
  }

  @Test
  void acceptsMinimalValidResources() {
    assertThat(validate(studyRight("")).issues()).isEmpty();
    assertThat(validate(organization("")).issues()).isEmpty();
    assertThat(validate("{\"resourceType\": \"Learner\", \"birthDate\": \"2015-03-01\"}").issues())
        .isEmpty();
  }

  @Nested
  class Elements {

    @Test
    void rejectsAnUnknownElementNamingTypeAndName() {
      ValidationReport r = validate(studyRight("\"nickname\": \"x\""));

      ValidationIssue i = issue(r, "POLKU-VAL-0101");
      assertThat(i.location()).isEqualTo("StudyRight.nickname");
      assertThat(i.message().en()).isEqualTo("Unknown element StudyRight.nickname: StudyRight has no element nickname.");
      assertThat(i.message().sv()).contains("typen StudyRight har inget element nickname");
      assertThat(r.isValid()).isFalse();
    }

    @Test
    void rejectsAMissingRequiredElement() {
      ValidationReport r = validate(studyRight("").replace("\"learner\": {\"reference\": \"Learner/l1\"},", ""));

      assertThat(issue(r, "POLKU-VAL-0102").location()).isEqualTo("StudyRight.learner");
    }

    @Test
    void rejectsAMissingRequiredElementInsideABackbone() {
      ValidationReport r = validate(studyRight("").replace("\"start\": \"2020-08-01\"}]", "\"funding\": null}]"));

      assertThat(codes(r)).contains("POLKU-VAL-0109", "POLKU-VAL-0102");
      assertThat(issue(r, "POLKU-VAL-0102").location()).isEqualTo("StudyRight.statusHistory[0].start");
    }

    @Test
    void rejectsTooManyValuesOfARepeatingElement() {
      String twoOids =
          organization("")
              .replace(
                  "\"identifier\": [",
                  "\"identifier\": [{\"system\": \"urn:oid:1.2.246.562.10\", \"value\": \"1.2.246.562.10.1\"},");
      // The cardinality itself is fine (1..*); porg-2 limits OIDs to one.
      ValidationReport r = validate(twoOids);

      assertThat(issue(r, "POLKU-VAL-0601").ruleId()).isEqualTo("porg-2");
    }

    @Test
    void rejectsAnArrayForASingleValuedElement() {
      ValidationReport r = validate(studyRight("\"plannedEndDate\": [\"2029-05-31\"]"));

      assertThat(issue(r, "POLKU-VAL-0107").location()).isEqualTo("StudyRight.plannedEndDate");
    }

    @Test
    void rejectsASingleValueForARepeatingElement() {
      ValidationReport r =
          validate(studyRight("\"identifier\": {\"system\": \"urn:x\", \"value\": \"1\"}"));

      assertThat(issue(r, "POLKU-VAL-0106").location()).isEqualTo("StudyRight.identifier");
    }

    @Test
    void rejectsNullsEmptyObjectsEmptyArraysAndEmptyStrings() {
      ValidationReport r =
          validate(
              studyRight(
                  "\"purchasedService\": null, \"additionalInfo\": {}, \"identifier\": [],"
                      + " \"plannedEndDate\": \"\""));

      assertThat(codes(r)).containsOnly("POLKU-VAL-0109", "POLKU-VAL-0110");
      assertThat(r.issues()).extracting(ValidationIssue::location)
          .contains(
              "StudyRight.purchasedService",
              "StudyRight.additionalInfo",
              "StudyRight.identifier",
              "StudyRight.plannedEndDate");
    }

    @Test
    void acceptsExtensionsOnPrimitivesInTheUnderscoreCompanion() {
      String json =
          """
          {"resourceType": "Learner",
           "_birthDate": {"extension": [{"url": "http://hl7.org/fhir/StructureDefinition/data-absent-reason",
                                         "valueCode": "unknown"}]}}
          """;

      assertThat(validate(json).issues()).isEmpty();
    }

    @Test
    void checksThatPrimitiveArraysAndTheirCompanionsMatch() {
      String json =
          """
          {"resourceType": "Learner",
           "name": [{"given": ["Aino", "Maria"], "_given": [null]}]}
          """;

      assertThat(issue(validate(json), "POLKU-VAL-0112").location()).isEqualTo("Learner.name[0].given");
    }
  }

  @Nested
  class Datatypes {

    @Test
    void rejectsTheWrongJsonType() {
      ValidationReport r = validate(studyRight("\"purchasedService\": \"true\""));

      ValidationIssue i = issue(r, "POLKU-VAL-0108");
      assertThat(i.location()).isEqualTo("StudyRight.purchasedService");
      assertThat(i.message().en()).isEqualTo("The value of StudyRight.purchasedService must be a JSON boolean, but it is a string.");
    }

    @Test
    void rejectsAnImpossibleDateWithoutQuotingIt() {
      ValidationReport r = validate("{\"resourceType\": \"Learner\", \"birthDate\": \"2015-02-29\"}");

      ValidationIssue i = issue(r, "POLKU-VAL-0202");
      assertThat(i.location()).isEqualTo("Learner.birthDate");
      assertThat(i.message().en()).doesNotContain("2015-02-29");
    }

    @Test
    void rejectsAFinnishStyleDate() {
      assertThat(codes(validate(studyRight("\"plannedEndDate\": \"31.5.2029\""))))
          .containsExactly("POLKU-VAL-0202");
    }

    @Test
    void acceptsAllowedChoiceTypes() {
      assertThat(validate(studyRight("\"additionalInfo\": {\"freeDormitoryPlaceBoolean\": true}")).issues())
          .isEmpty();
      assertThat(
              validate(
                      studyRight(
                          "\"additionalInfo\": {\"freeDormitoryPlacePeriod\": {\"start\": \"2021-01-01\"}}"))
                  .issues())
          .isEmpty();
    }

    @Test
    void rejectsAChoiceTypeTheElementDoesNotAllow() {
      ValidationReport r = validate(studyRight("\"additionalInfo\": {\"freeDormitoryPlaceString\": \"yes\"}"));

      ValidationIssue i = issue(r, "POLKU-VAL-0117");
      assertThat(i.location()).isEqualTo("StudyRight.additionalInfo.freeDormitoryPlace");
      assertThat(i.message().en()).contains("does not allow the type String").contains("Period, boolean");
    }

    @Test
    void rejectsTwoTypesOfOneChoice() {
      ValidationReport r =
          validate(
              studyRight(
                  "\"additionalInfo\": {\"freeDormitoryPlaceBoolean\": true,"
                      + " \"freeDormitoryPlacePeriod\": {\"start\": \"2021-01-01\"}}"));

      assertThat(codes(r)).contains("POLKU-VAL-0111");
    }

    @Test
    void checksNestedDatatypesRecursively() {
      String json =
          """
          {"resourceType": "Learner",
           "name": [{"family": "Virtanen", "period": {"start": "2015-13-01"}, "use": "usual"}]}
          """;

      assertThat(issue(validate(json), "POLKU-VAL-0203").location()).isEqualTo("Learner.name[0].period.start");
    }
  }

  @Nested
  class Bindings {

    @Test
    void rejectsACodeOutsideARequiredValueSet() {
      ValidationReport r = validate("{\"resourceType\": \"Learner\", \"gender\": \"mies\"}");

      ValidationIssue i = issue(r, "POLKU-VAL-0401");
      assertThat(i.location()).isEqualTo("Learner.gender");
      assertThat(i.message().en()).contains("mies").contains("http://hl7.org/fhir/ValueSet/administrative-gender");
    }

    @Test
    void rejectsACodingOfAnotherSystemUnderARequiredBinding() {
      ValidationReport r =
          validate(
              studyRight("")
                  .replace(KOODISTO + "opiskeluoikeudentyyppi", "https://example.org/types"));

      assertThat(issue(r, "POLKU-VAL-0401").location()).isEqualTo("StudyRight.type.coding[0]");
    }

    @Test
    void reportsACodeUnknownToItsCodeSystemOnce() {
      ValidationReport r = validate(studyRight("").replace("\"perusopetus\"", "\"perusopetu\""));

      assertThat(codes(r)).containsExactly("POLKU-VAL-0404");
      assertThat(r.issues().get(0).location()).isEqualTo("StudyRight.type.coding[0].code");
    }

    @Test
    void rejectsARequiredCodeableConceptWithTextOnly() {
      ValidationReport r =
          validate(
              studyRight("\"sourceSystem\": {\"text\": \"Primus\"}"));

      assertThat(issue(r, "POLKU-VAL-0403").location()).isEqualTo("StudyRight.sourceSystem");
    }

    @Test
    void warnsButAcceptsACodeOutsideAnExtensibleValueSet() {
      ValidationReport r =
          validate(organization("\"type\": [{\"coding\": [{\"system\": \"https://example.org/org-types\", \"code\": \"lukio\"}]}]"));

      ValidationIssue i = issue(r, "POLKU-VAL-0402");
      assertThat(i.severity()).isEqualTo(Severity.WARNING);
      assertThat(r.isValid()).isTrue();
    }

    @Test
    void acceptsACodeOfTheBoundCodeList() {
      String json =
          """
          {"resourceType": "Learner",
           "motherTongue": {"coding": [{"system": "%skieli", "code": "FI"}]}}
          """
              .formatted(KOODISTO);

      assertThat(validate(json).issues()).isEmpty();
    }
  }

  @Nested
  class CodeValidityByDate {

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

  @Nested
  class References {

    @Test
    void rejectsAReferenceToTheWrongResourceType() {
      ValidationReport r = validate(studyRight("").replace("Learner/l1", "Organization/o1"));

      ValidationIssue i = issue(r, "POLKU-VAL-0501");
      assertThat(i.location()).isEqualTo("StudyRight.learner");
      assertThat(i.message().en()).isEqualTo("The reference StudyRight.learner points to a Organization, but only Learner is allowed here.");
    }

    @Test
    void mapsProfilesToTheirBaseTypeAndAcceptsAbsoluteAndConditionalReferences() {
      assertThat(validate(studyRight("\"school\": {\"reference\": \"https://hub.example/fhir/Organization/o1/_history/2\"}")).issues())
          .isEmpty();
      assertThat(validate(studyRight("\"school\": {\"reference\": \"Organization?identifier=urn:oid:1.2.246.562.10|1.2.246.562.10.1\"}")).issues())
          .isEmpty();
      assertThat(validate(studyRight("\"school\": {\"reference\": \"urn:uuid:0f1a3c52-6c1e-4b61-9a3e-0d8b8f0e2a11\"}")).issues())
          .isEmpty();
    }

    @Test
    void checksTheTypeElementToo() {
      ValidationReport wrongType =
          validate(studyRight("\"school\": {\"type\": \"Learner\", \"identifier\": {\"value\": \"x\"}}"));
      ValidationReport conflict =
          validate(studyRight("\"school\": {\"reference\": \"Organization/o1\", \"type\": \"Person\"}"));

      assertThat(codes(wrongType)).contains("POLKU-VAL-0501");
      assertThat(codes(conflict)).contains("POLKU-VAL-0504");
    }

    @Test
    void rejectsMalformedReferences() {
      assertThat(issue(validate(studyRight("").replace("Learner/l1", "l1")), "POLKU-VAL-0502").location())
          .isEqualTo("StudyRight.learner.reference");
    }

    @Test
    void resolvesContainedReferencesAndTheirTypes() {
      String contained =
          "\"contained\": [{\"resourceType\": \"Learner\", \"id\": \"l1\", \"birthDate\": \"2014-05-02\"}]";
      String ok = studyRight(contained).replace("Learner/l1", "#l1");
      String missing = studyRight(contained).replace("Learner/l1", "#l2");

      assertThat(validate(ok).issues()).isEmpty();
      assertThat(codes(validate(missing))).contains("POLKU-VAL-0503");
    }

    @Test
    void validatesContainedResourcesAsTheirOwnType() {
      String json =
          studyRight("\"contained\": [{\"resourceType\": \"Learner\", \"id\": \"l1\", \"shoeSize\": 38}]")
              .replace("Learner/l1", "#l1");

      assertThat(issue(validate(json), "POLKU-VAL-0101").location()).isEqualTo("StudyRight.contained[0].shoeSize");
    }
  }

  @Nested
  class Invariants {

    @Test
    void rejectsAStudyRightThatStartsAfterItEnds() {
      ValidationReport r =
          validate(studyRight("").replace("\"period\": {\"start\": \"2020-08-01\"}", "\"period\": {\"start\": \"2020-08-01\", \"end\": \"2019-05-31\"}"));

      ValidationIssue i = issue(r, "POLKU-VAL-0601");
      assertThat(i.ruleId()).isEqualTo("str-1");
      assertThat(i.location()).isEqualTo("StudyRight");
      assertThat(i.message().fi()).isEqualTo("Sääntö str-1 ei täyty kohdassa StudyRight: Opiskeluoikeuden alkamispäivä ei voi olla päättymispäivän jälkeen.");
      assertThat(i.message().sv()).contains("Startdatum för studierätten kan inte vara senare än slutdatumet.");
      assertThat(r.issues()).extracting(ValidationIssue::ruleId).contains("per-1");
    }

    @Test
    void reportsAWarningInvariantWithoutRejecting() {
      ValidationReport r = validate(studyRight("").replace("\"period\": {\"start\": \"2020-08-01\"}", "\"period\": {\"start\": \"2020-08-03\"}"));

      ValidationIssue i = issue(r, "POLKU-VAL-0602");
      assertThat(i.ruleId()).isEqualTo("str-2");
      assertThat(i.severity()).isEqualTo(Severity.WARNING);
      assertThat(r.isValid()).isTrue();
    }

    @Test
    void evaluatesInvariantsOfBackboneElements() {
      ValidationReport r = validate(studyRight("\"additionalInfo\": {\"extendedCompulsoryEducation\": {\"start\": \"2021-08-01\"}}"));

      ValidationIssue i = issue(r, "POLKU-VAL-0602");
      assertThat(i.ruleId()).isEqualTo("str-4");
      assertThat(i.location()).isEqualTo("StudyRight.additionalInfo");
    }

    @Test
    void skipsInvariantsWhenTheStructureIsAlreadyBroken() {
      ValidationReport r =
          validate(studyRight("\"nickname\": \"x\"").replace("\"period\": {\"start\": \"2020-08-01\"}", "\"period\": {\"start\": \"2020-08-01\", \"end\": \"2019-05-31\"}"));

      assertThat(codes(r)).containsExactly("POLKU-VAL-0101");
    }
  }

  @Nested
  class Extensions {

    @Test
    void validatesAProfileSliceAgainstItsExtensionDefinition() {
      String json = organization("\"extension\": [%s]".formatted(municipality("049").replace("valueCoding", "valueString").replace("{\"system\": \"" + KOODISTO + "kunta\", \"code\": \"049\"}", "\"049\"")));

      ValidationReport r = validate(json);

      assertThat(issue(r, "POLKU-VAL-0117").location()).isEqualTo("Organization.extension[0].value");
      assertThat(issue(r, "POLKU-VAL-0102").location()).isEqualTo("Organization.extension[0].value[x]");
    }

    @Test
    void countsSliceCardinality() {
      String json = organization("\"extension\": [%s, %s]".formatted(municipality("049"), municipality("092")));

      ValidationIssue i = issue(validate(json), "POLKU-VAL-0104");
      assertThat(i.location()).isEqualTo("Organization.extension('https://polku.fi/fhir/StructureDefinition/OrganizationMunicipality')");
      assertThat(i.message().en()).contains("occurs 2 times; at most 1 allowed");
    }

    @Test
    void rejectsAPolkuExtensionWhereItsDefinitionDoesNotAllowIt() {
      String json = "{\"resourceType\": \"Learner\", \"extension\": [%s]}".formatted(municipality("049"));

      ValidationIssue i = issue(validate(json), "POLKU-VAL-0115");
      assertThat(i.message().en()).contains("allowed at: Organization");
    }

    @Test
    void rejectsUnknownExtensionsInPolkusNamespaceButAcceptsForeignOnes() {
      String typo = "{\"resourceType\": \"Learner\", \"extension\": [{\"url\": \"https://polku.fi/fhir/StructureDefinition/OrganisationMunicipality\", \"valueString\": \"x\"}]}";
      String foreign = "{\"resourceType\": \"Learner\", \"extension\": [{\"url\": \"https://example.org/fhir/shoe-size\", \"valueInteger\": 38}]}";

      assertThat(codes(validate(typo))).containsExactly("POLKU-VAL-0114");
      assertThat(validate(foreign).issues()).isEmpty();
    }

    @Test
    void rejectsModifierExtensions() {
      String json = "{\"resourceType\": \"Learner\", \"modifierExtension\": [{\"url\": \"https://example.org/fhir/deceased\", \"valueBoolean\": true}]}";

      assertThat(codes(validate(json))).containsExactly("POLKU-VAL-0113");
    }

    @Test
    void requiresAValueOrNestedExtensionsButNotBoth() {
      String neither = "{\"resourceType\": \"Learner\", \"extension\": [{\"url\": \"https://example.org/fhir/x\"}]}";
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

  @Nested
  class FinnishIdentifiers {

    @Test
    void checksIdentifiersByTheirSystemWithoutQuotingThem() {
      String json =
          """
          {"resourceType": "Learner",
           "identifier": [{"system": "urn:oid:1.2.246.21", "value": "131052-308U"},
                          {"system": "urn:oid:1.2.246.562.24", "value": "1.2.246.562.24.123"}]}
          """;

      ValidationReport r = validate(json);

      assertThat(issue(r, "POLKU-VAL-0305").location()).isEqualTo("Learner.identifier[0].value");
      assertThat(issue(r, "POLKU-VAL-0311").location()).isEqualTo("Learner.identifier[1].value");
      assertThat(r.issues()).allSatisfy(i -> assertThat(i.message().en() + i.message().fi() + i.message().sv()).doesNotContain("131052"));
    }

    @Test
    void checksIdentifiersInsideReferencesToo() {
      String json =
          studyRight("\"school\": {\"identifier\": {\"system\": \"urn:oid:1.2.246.562.10\", \"value\": \"1.2.246.562.24.1\"}}");

      assertThat(issue(validate(json), "POLKU-VAL-0310").location()).isEqualTo("StudyRight.school.identifier.value");
    }

    @Test
    void checksFinnishPostalCodes() {
      String json =
          "{\"resourceType\": \"Learner\", \"address\": [{\"postalCode\": \"0130\", \"country\": \"FI\"}, {\"postalCode\": \"111 22\", \"country\": \"SE\"}]}";

      ValidationReport r = validate(json);

      assertThat(codes(r)).containsExactly("POLKU-VAL-0314");
      assertThat(r.issues().get(0).location()).isEqualTo("Learner.address[0].postalCode");
    }
  }

  @Test
  void convertsTheReportToAnOperationOutcomeInTheRequestedLanguage() {
    ValidationReport r = validate(studyRight("\"nickname\": \"x\""));

    var oo = r.toOperationOutcome("sv");

    var issue = oo.getIssueFirstRep();
    assertThat(issue.getDetails().getCodingFirstRep().getCode()).isEqualTo("POLKU-VAL-0101");
    assertThat(issue.getDetails().getText()).startsWith("Okänt element StudyRight.nickname");
    assertThat(issue.getExpression().get(0).getValue()).isEqualTo("StudyRight.nickname");
  }
}
