package fi.polku.hub.bench;

import fi.polku.validation.format.PersonalIdentityCode;
import java.util.Random;

/**
 * Synthetic records for the search benchmark: schools, learners (synthetic identity codes only,
 * individual numbers 900–999, unique for up to 470400 learners), their study rights, teaching
 * groups and group memberships, as JSON. Deterministic for a seed, so runs are comparable.
 */
final class BenchData {

  static final String KS = "https://virkailija.opintopolku.fi/koodisto-service/rest/codes/";
  static final String LEARNER_NUMBERS = "urn:oid:1.2.246.562.24";
  static final String[] FAMILIES = {
    "Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen",
    "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi",
    "Heikkilä", "Kinnunen", "Salonen", "Turunen", "Åström", "Öhman", "Lindström", "Lindqvist"
  };
  static final String[] GIVEN = {
    "Aino", "Eero", "Elsa", "Oskar", "Venla", "Leo", "Ella", "Onni", "Saga", "Väinö", "Helmi",
    "Eino"
  };
  static final String[] STATUS = {"lasna", "lasna", "lasna", "valmistunut", "eronnut", "loma"};
  static final String[] TYPES = {"perusopetus", "perusopetus", "lukiokoulutus", "esiopetus"};

  private BenchData() {}

  static String school(int n) {
    return "{\"resourceType\":\"Organization\",\"identifier\":[{\"system\":\"urn:oid:1.2.246.562.10\","
        + "\"value\":\"1.2.246.562.10."
        + String.format("%011d", 80000000000L + n)
        + "\"}],\"active\":true,\"name\":\"Koulu "
        + n
        + "\",\"type\":[{\"coding\":[{\"system\":\"https://polku.fi/fhir/CodeSystem/organisation-type\","
        + "\"code\":\"school\"}]}]}";
  }

  /** The learner number of learner {@code n}. */
  static String learnerNumber(long n) {
    return "1.2.246.562.24." + String.format("%011d", 70000000000L + n);
  }

  /** How many birth dates learners get; with 100 test individual numbers, codes are unique. */
  static final int DATES = 14 * 12 * 28;

  /** The birth date of learner {@code n} (one of {@link #DATES}). */
  static String birthDate(long n) {
    int year = 2006 + (int) (n % 14);
    int month = 1 + (int) (n / 14 % 12);
    int day = 1 + (int) (n / 168 % 28);
    return String.format("%04d-%02d-%02d", year, month, day);
  }

  static String learner(long n, Random r) {
    String birth = birthDate(n);
    String digits =
        birth.substring(8, 10)
            + birth.substring(5, 7)
            + birth.substring(2, 4)
            + String.format("%03d", 900 + (int) (n / DATES % 100));
    String hetu =
        digits.substring(0, 6)
            + "A"
            + digits.substring(6)
            + PersonalIdentityCode.checkCharacter(digits);
    return "{\"resourceType\":\"Learner\",\"identifier\":[{\"system\":\"urn:oid:1.2.246.21\",\"value\":\""
        + hetu
        + "\"},{\"system\":\""
        + LEARNER_NUMBERS
        + "\",\"value\":\""
        + learnerNumber(n)
        + "\"}],\"name\":[{\"family\":\""
        + FAMILIES[r.nextInt(FAMILIES.length)]
        + "\",\"given\":[\""
        + GIVEN[r.nextInt(GIVEN.length)]
        + "\"]}],\"birthDate\":\""
        + birth
        + "\",\"gender\":\""
        + (n % 2 == 0 ? "female" : "male")
        + "\",\"municipalityOfResidence\":{\"coding\":[{\"system\":\""
        + KS
        + "kunta\",\"code\":\""
        + (r.nextBoolean() ? "091" : "092")
        + "\"}]}}";
  }

  static String studyRight(long n, String learnerId, int school, Random r) {
    int startYear = 2012 + r.nextInt(12);
    String status = STATUS[r.nextInt(STATUS.length)];
    String end = status.equals("lasna") ? "" : ",\"end\":\"" + (startYear + 2) + "-05-31\"";
    return "{\"resourceType\":\"StudyRight\",\"identifier\":[{\"system\":\"urn:oid:1.2.246.562.15\","
        + "\"value\":\"1.2.246.562.15."
        + String.format("%011d", 60000000000L + n)
        + "\"}],\"learner\":{\"reference\":\"Learner/"
        + learnerId
        + "\"},\"type\":{\"coding\":[{\"system\":\""
        + KS
        + "opiskeluoikeudentyyppi\",\"code\":\""
        + TYPES[r.nextInt(TYPES.length)]
        + "\"}]},\"school\":{\"reference\":\"Organization/bench-school-"
        + school
        + "\"},\"period\":{\"start\":\""
        + startYear
        + "-08-1"
        + r.nextInt(10)
        + "\""
        + end
        + "},\"statusHistory\":[{\"status\":{\"coding\":[{\"system\":\""
        + KS
        + "koskiopiskeluoikeudentila\",\"code\":\""
        + status
        + "\"}]},\"start\":\""
        + startYear
        + "-08-10\"}]}";
  }

  static String group(long n, int school) {
    return "{\"resourceType\":\"TeachingGroup\",\"school\":{\"reference\":\"Organization/bench-school-"
        + school
        + "\"},\"name\":\""
        + (1 + n % 9)
        + (char) ('A' + n % 5)
        + " "
        + n
        + "\",\"period\":{\"start\":\"2024-08-08\",\"end\":\"2025-05-31\"}}";
  }

  static String membership(String groupId, String learnerId) {
    return "{\"resourceType\":\"GroupMembership\",\"group\":{\"reference\":\"TeachingGroup/"
        + groupId
        + "\"},\"learner\":{\"reference\":\"Learner/"
        + learnerId
        + "\"},\"period\":{\"start\":\"2024-08-08\"}}";
  }
}
