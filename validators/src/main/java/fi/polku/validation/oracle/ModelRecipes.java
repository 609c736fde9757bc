package fi.polku.validation.oracle;

import static fi.polku.validation.oracle.Recipe.NODES;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.validation.format.PersonalIdentityCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fault recipes that know the model: violations of its invariants, Finnish identifier faults,
 * extension faults of the profiles and a code that has gone out of use.
 */
final class ModelRecipes {

  private ModelRecipes() {}

  static final String KOODISTO = "https://virkailija.opintopolku.fi/koodisto-service/rest/codes/";
  private static final String CANONICAL = "https://polku.fi/fhir/StructureDefinition/";
  private static final String HETU = "urn:oid:1.2.246.21";
  private static final String LEARNER_NUMBER = "urn:oid:1.2.246.562.24";
  private static final String ORGANISATION_OID = "urn:oid:1.2.246.562.10";

  /** Types whose root period must not end before it starts (str-1, abs-2, ecd-1, ...). */
  private static final Set<String> PERIOD_ORDER =
      Set.of(
          "StudyRight",
          "Absence",
          "EarlyChildhoodDecision",
          "EarlyChildhoodPlacement",
          "GroupMembership",
          "Guardianship",
          "SupportDecision",
          "TeachingGroup");

  /** Types whose root period must have a start (abs-3, ecd-2, ecp-2, sup-2). */
  private static final Set<String> PERIOD_START =
      Set.of("Absence", "EarlyChildhoodDecision", "EarlyChildhoodPlacement", "SupportDecision");

  private static final Set<String> PERSONS = Set.of("Learner", "PolkuPerson");
  private static final Set<String> PROFILES = Set.of("PolkuOrganization", "PolkuPerson");

  static List<Recipe> all() {
    return List.of(
        new Recipe("invariant-period-order", PERIOD_ORDER, ModelRecipes::periodOrder),
        new Recipe("invariant-period-start", PERIOD_START, ModelRecipes::periodStart),
        new Recipe("invariant-lrn-1", Set.of("Learner"), t -> secondHetu(t, "lrn-1")),
        new Recipe("invariant-prs-1", Set.of("PolkuPerson"), t -> secondHetu(t, "prs-1")),
        new Recipe("invariant-prs-2", Set.of("PolkuPerson"), ModelRecipes::hetuPattern),
        new Recipe("invariant-str-3", Set.of("StudyRight"), ModelRecipes::endedWithoutEnd),
        new Recipe("invariant-sta-2", Set.of("StudyAttainment"), ModelRecipes::verifiedBeforeStart),
        new Recipe("invariant-mod-1", Set.of("StudyAttainment"), ModelRecipes::negativeExtent),
        new Recipe("invariant-abs-1", Set.of("Absence"), ModelRecipes::periodAndLesson),
        new Recipe("invariant-abs-4", Set.of("Absence"), ModelRecipes::unjustifiedJustified),
        new Recipe("invariant-ecd-3", Set.of("EarlyChildhoodDecision"), ModelRecipes::hoursOver),
        new Recipe("invariant-sup-3", Set.of("SupportDecision"), ModelRecipes::specialGroup),
        new Recipe("invariant-tgr-1", Set.of("TeachingGroup"), t -> schoolYear(t, "2024/2025")),
        new Recipe("invariant-tgr-2", Set.of("TeachingGroup"), t -> schoolYear(t, "2024-2026")),
        new Recipe("invariant-porg-2", Set.of("PolkuOrganization"), ModelRecipes::secondOid),
        new Recipe(
            "invariant-porg-4",
            Set.of("PolkuOrganization"),
            t -> identifier(t, "https://polku.fi/fhir/sid/school-number", v -> v.substring(1))),
        new Recipe("hetu-checksum", PERSONS, ModelRecipes::hetuChecksum),
        new Recipe("hetu-date", PERSONS, ModelRecipes::hetuDate),
        new Recipe(
            "learner-number-arc",
            PERSONS,
            t -> identifier(t, LEARNER_NUMBER, v -> v.replace(".562.24.", ".562.10."))),
        new Recipe(
            "organisation-oid-arc",
            Set.of("PolkuOrganization"),
            t -> identifier(t, ORGANISATION_OID, v -> v.replace(".562.10.", ".562.24."))),
        new Recipe(
            "business-id-check-digit",
            Set.of("PolkuOrganization"),
            t -> identifier(t, "https://polku.fi/fhir/sid/business-id", ModelRecipes::otherLast)),
        new Recipe("unknown-model-extension", Set.of(), ModelRecipes::unknownModelExtension),
        new Recipe("modifier-extension", Set.of(), ModelRecipes::modifierExtension),
        new Recipe("extension-slice-twice", PROFILES, ModelRecipes::sliceTwice),
        new Recipe("extension-value-type", PROFILES, ModelRecipes::extensionValueType),
        new Recipe("merged-municipality", Set.of(), ModelRecipes::mergedMunicipality));
  }

  private static String periodOrder(Recipe.Target t) {
    ObjectNode p = t.root().get("period") instanceof ObjectNode o ? o : null;
    if (p == null || !p.path("start").isTextual()) {
      return null;
    }
    p.put("end", shiftYear(p.path("start").asText(), -1));
    return "made period.end a year before period.start";
  }

  private static String periodStart(Recipe.Target t) {
    ObjectNode p = t.root().get("period") instanceof ObjectNode o ? o : null;
    if (p == null || !p.path("start").isTextual()) {
      return null;
    }
    if (!p.has("end")) {
      p.put("end", shiftYear(p.path("start").asText(), 1));
    }
    p.remove("start");
    return "removed period.start";
  }

  private static String secondHetu(Recipe.Target t, String key) {
    ObjectNode hetu = identifierWith(t.root(), HETU);
    if (hetu == null) {
      return null;
    }
    ObjectNode second = hetu.deepCopy();
    second.put("value", hetu("010106A", 950));
    ((ArrayNode) t.root().get("identifier")).add(second);
    return "added a second personal identity code (" + key + ")";
  }

  private static String hetuPattern(Recipe.Target t) {
    return identifier(
        t,
        HETU,
        v -> "19" + v.substring(4, 6) + v.substring(2, 4) + v.substring(0, 2) + v.substring(7));
  }

  private static String hetuChecksum(Recipe.Target t) {
    return identifier(t, HETU, ModelRecipes::otherLast);
  }

  /** The 30th of February, with a correct check character, so only the date is wrong. */
  private static String hetuDate(Recipe.Target t) {
    return identifier(
        t, HETU, v -> hetu("3002" + v.substring(4, 7), Integer.parseInt(v.substring(7, 10))));
  }

  private static String endedWithoutEnd(Recipe.Target t) {
    JsonNode history = t.root().path("statusHistory");
    if (!history.isArray() || history.isEmpty()) {
      return null;
    }
    ObjectNode last = (ObjectNode) history.get(history.size() - 1);
    ObjectNode status = NODES.objectNode();
    status
        .putArray("coding")
        .addObject()
        .put("system", KOODISTO + "koskiopiskeluoikeudentila")
        .put("code", "valmistunut");
    last.set("status", status);
    if (t.root().get("period") instanceof ObjectNode p) {
      p.remove("end");
      if (p.isEmpty()) {
        t.root().remove("period");
      }
    }
    return "ended the study right (valmistunut) without period.end";
  }

  private static String verifiedBeforeStart(Recipe.Target t) {
    JsonNode date = t.root().path("verification").path("date");
    if (!date.isTextual()) {
      return null;
    }
    t.root().put("startDate", shiftYear(date.asText(), 1));
    return "set startDate a year after verification.date";
  }

  private static String negativeExtent(Recipe.Target t) {
    JsonNode module = t.root().path("module");
    if (!(module instanceof ObjectNode m)) {
      return null;
    }
    ObjectNode extent = m.get("extent") instanceof ObjectNode e ? e : m.putObject("extent");
    extent.put("value", -1);
    return "gave module.extent a negative value";
  }

  private static String periodAndLesson(Recipe.Target t) {
    ObjectNode root = t.root();
    if (root.has("period") && !root.has("lesson")) {
      String start = root.path("period").path("start").asText("2025-01-15");
      root.putObject("lesson").put("date", start.substring(0, Math.min(10, start.length())));
    } else if (root.has("lesson") && !root.has("period")) {
      root.putObject("period").put("start", root.path("lesson").path("date").asText());
    } else {
      return null;
    }
    return "gave the absence both a period and a lesson";
  }

  private static String unjustifiedJustified(Recipe.Target t) {
    ObjectNode reason = NODES.objectNode();
    reason
        .putArray("coding")
        .addObject()
        .put("system", "https://polku.fi/fhir/CodeSystem/absence-reason")
        .put("code", "unjustified");
    t.root().set("reason", reason);
    t.root().put("justified", true);
    return "marked an unjustified absence justified";
  }

  private static String hoursOver(Recipe.Target t) {
    t.root().put("hoursPerWeek", 200);
    return "set hoursPerWeek to 200";
  }

  private static String specialGroup(Recipe.Target t) {
    ObjectNode level = NODES.objectNode();
    level
        .putArray("coding")
        .addObject()
        .put("system", "https://polku.fi/fhir/CodeSystem/support-level")
        .put("code", "intensified");
    t.root().set("level", level);
    t.root().put("specialGroup", true);
    return "put a learner with intensified support in a special group";
  }

  private static String schoolYear(Recipe.Target t, String year) {
    t.root().put("schoolYear", year);
    return "set schoolYear to " + year;
  }

  private static String secondOid(Recipe.Target t) {
    ObjectNode oid = identifierWith(t.root(), ORGANISATION_OID);
    if (oid == null) {
      return null;
    }
    ObjectNode second = oid.deepCopy();
    second.put("value", "1.2.246.562.10.99999999991");
    ((ArrayNode) t.root().get("identifier")).add(second);
    return "added a second organisation OID";
  }

  /** Rewrites the value of the first identifier of {@code system}. */
  private static String identifier(
      Recipe.Target t, String system, java.util.function.UnaryOperator<String> change) {
    ObjectNode id = identifierWith(t.root(), system);
    if (id == null) {
      return null;
    }
    id.put("value", change.apply(id.path("value").asText()));
    return "changed the " + system + " identifier to " + id.path("value").asText();
  }

  private static ObjectNode identifierWith(ObjectNode root, String system) {
    for (JsonNode id : root.path("identifier")) {
      if (system.equals(id.path("system").asText()) && id.path("value").asText().length() > 3) {
        return (ObjectNode) id;
      }
    }
    return null;
  }

  private static String unknownModelExtension(Recipe.Target t) {
    String base = t.type().startsWith("Polku") ? t.type().substring(5) : t.type();
    GenericRecipes.extensions(t.root())
        .addObject()
        .put("url", CANONICAL + base + "Nickname")
        .put("valueString", "Eki");
    return "added an extension in Polku's namespace that the model does not define";
  }

  private static String modifierExtension(Recipe.Target t) {
    t.root()
        .putArray("modifierExtension")
        .addObject()
        .put("url", "https://example.org/fhir/StructureDefinition/not-confirmed")
        .put("valueBoolean", true);
    return "added an unknown modifier extension";
  }

  private static String sliceTwice(Recipe.Target t) {
    List<ObjectNode> single = new ArrayList<>();
    Map<String, Integer> slices = t.facts().extensionSlices(t.type());
    for (JsonNode e : t.root().path("extension")) {
      if (Integer.valueOf(1).equals(slices.get(e.path("url").asText()))) {
        single.add((ObjectNode) e);
      }
    }
    ObjectNode e = t.pick(single);
    if (e == null) {
      return null;
    }
    ((ArrayNode) t.root().get("extension")).add(e.deepCopy());
    return "repeated the single extension " + e.path("url").asText();
  }

  private static String extensionValueType(Recipe.Target t) {
    List<ObjectNode> known = new ArrayList<>();
    for (JsonNode e : t.root().path("extension")) {
      if (t.facts().extensionValue(e.path("url").asText()) != null) {
        known.add((ObjectNode) e);
      }
    }
    ObjectNode e = t.pick(known);
    if (e == null) {
      return null;
    }
    List<String> names = new ArrayList<>();
    e.fieldNames().forEachRemaining(names::add);
    names.stream().filter(n -> n.startsWith("value")).forEach(e::remove);
    e.put("valueString", "42");
    return "gave the extension " + e.path("url").asText() + " a string value";
  }

  /** Dragsfjärd (040) merged into Kemiönsaari (322) in 2009: out of use in a current record. */
  private static String mergedMunicipality(Recipe.Target t) {
    List<ObjectNode> codings = new ArrayList<>();
    collectCodings(t.root(), KOODISTO + "kunta", codings);
    ObjectNode c = t.pick(codings);
    if (c == null) {
      return null;
    }
    c.put("code", "040");
    c.put("display", "Dragsfjärd");
    return "used the municipality code of Dragsfjärd, merged into Kemiönsaari in 2009";
  }

  private static void collectCodings(JsonNode node, String system, List<ObjectNode> out) {
    if (node instanceof ObjectNode o && system.equals(o.path("system").asText()) && o.has("code")) {
      out.add(o);
    }
    node.forEach(child -> collectCodings(child, system, out));
  }

  /** A valid personal identity code: {@code prefix} (date and sign) and individual number. */
  static String hetu(String prefix, int individual) {
    String digits = prefix.substring(0, 6) + String.format("%03d", individual);
    return prefix + String.format("%03d", individual) + PersonalIdentityCode.checkCharacter(digits);
  }

  /** The same text with another last character (a wrong check character or digit). */
  private static String otherLast(String v) {
    char last = v.charAt(v.length() - 1);
    char other = last == '1' ? '2' : '1';
    return v.substring(0, v.length() - 1) + other;
  }

  /** A date or dateTime moved by whole years, keeping its precision and time. */
  static String shiftYear(String date, int years) {
    int year = Integer.parseInt(date.substring(0, 4)) + years;
    String shifted = String.format("%04d", year) + date.substring(4);
    return shifted.startsWith("-02-29", 4) ? shifted.replace("-02-29", "-02-28") : shifted;
  }
}
