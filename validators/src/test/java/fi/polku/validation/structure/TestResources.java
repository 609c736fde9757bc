package fi.polku.validation.structure;

/** Small valid resources the structural tests vary. */
final class TestResources {

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

  private TestResources() {}
}
