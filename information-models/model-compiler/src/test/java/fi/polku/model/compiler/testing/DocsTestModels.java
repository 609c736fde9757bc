package fi.polku.model.compiler.testing;

import fi.polku.model.compiler.ir.Binding;
import fi.polku.model.compiler.ir.BindingStrength;
import fi.polku.model.compiler.ir.CodeList;
import fi.polku.model.compiler.ir.Element;
import fi.polku.model.compiler.ir.ExtensionDef;
import fi.polku.model.compiler.ir.Invariant;
import fi.polku.model.compiler.ir.LocalizedText;
import fi.polku.model.compiler.ir.Model;
import fi.polku.model.compiler.ir.Profile;
import fi.polku.model.compiler.ir.ResourceType;
import fi.polku.model.compiler.ir.SearchParam;
import fi.polku.model.compiler.ir.Severity;
import fi.polku.model.compiler.ir.SourceLocation;
import fi.polku.model.compiler.ir.TypeRef;
import fi.polku.model.compiler.ir.ValueSetDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Hand-built model IR for the documentation and RDF emitter tests: small, but with every shape
 * those emitters must handle (references, a choice, a backbone, a recursive backbone, a profile
 * with an extension, complete, long and external code lists, texts with Markdown table characters).
 */
public final class DocsTestModels {

  public static final String NS = "https://polku.fi/model/";
  public static final String BASE = "https://polku.fi/fhir";
  public static final String KOODISTO =
      "https://virkailija.opintopolku.fi/koodisto-service/rest/codes/";

  private static final SourceLocation SRC = new SourceLocation("test.ttl", "fixture");

  private DocsTestModels() {}

  /** The model with two resource types, a profile, an extension and four code lists. */
  public static Model polku() {
    return new Model(
        "1.2.0",
        BASE,
        NS,
        text("Polku-tietomalli", "Polku-informationsmodell", "Polku information model"),
        List.of(studyAttainment(), learner()),
        List.of(organizationProfile()),
        List.of(municipalityExtension()),
        searchParams(),
        List.of(kieli(), kunta(), laajuusyksikko(), organisationType()),
        List.of(attainmentModule()));
  }

  /** A model with nothing but its header. */
  public static Model empty() {
    return new Model(
        "0.0.1",
        BASE,
        NS,
        text("Tyhjä", "Tom", "Empty"),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  // ---- resources -------------------------------------------------------------------------

  static ResourceType learner() {
    List<Element> elements =
        List.of(
            el("Learner", "identifier", 0, "*", "Identifier")
                .label("tunniste", "identifierare", "identifier")
                .summary()
                .mustSupport()
                .build(),
            el("Learner", "name", 0, "*", "HumanName").label("nimi", "namn", "name").build(),
            el("Learner", "birthDate", 0, "1", "date")
                .label("syntymäaika", "födelsedatum", "birth date")
                .definition(
                    "Syntymäpäivä; vuosi tai kuukausi riittää, jos päivä ei ole tiedossa.",
                    "Födelsedag; år eller månad räcker om dagen inte är känd.",
                    "Date of birth; a year or a month will do when the day is not known.")
                .build(),
            el("Learner", "gender", 0, "1", "code")
                .label("sukupuoli", "kön", "gender")
                .binding(
                    BindingStrength.REQUIRED, "http://hl7.org/fhir/ValueSet/administrative-gender")
                .build(),
            el("Learner", "motherTongue", 0, "1", "CodeableConcept")
                .label("äidinkieli", "modersmål", "mother tongue")
                .binding(BindingStrength.REQUIRED, BASE + "/ValueSet/kieli")
                .build(),
            el("Learner", "protectionOrder", 0, "1", "boolean")
                .label("turvakielto", "spärrmarkering", "protection order")
                .definition(
                    "Tosi | epätosi: onko oppijalla turvakielto.",
                    "Sant | falskt: har eleven spärrmarkering.",
                    "True | false: whether the learner has a protection order.\nSee *lrn-2*.")
                .build(),
            el("Learner", "siblingCount", 0, "1", "unsignedInt")
                .label("sisarusten määrä", "antal syskon", "number of siblings")
                .build(),
            el("Learner", "guardian", 0, "*", "Reference")
                .targets("Person", "Organization")
                .label("huoltaja", "vårdnadshavare", "guardian")
                .build());
    return new ResourceType(
        "Learner",
        NS + "Learner",
        text("oppija", "elev", "learner"),
        text(
            "Henkilö, joka osallistuu koulutukseen. Vastaa KOSKIn henkilöä.",
            "En person som deltar i utbildning. Motsvarar personen i KOSKI.",
            "A person taking part in education. Corresponds to the person of KOSKI."),
        elements,
        List.of(
            inv(
                "lrn-1",
                Severity.ERROR,
                "identifier.where(system = 'urn:oid:1.2.246.21').count() <= 1",
                "A learner has at most one personal identity code."),
            inv(
                "lrn-2",
                Severity.WARNING,
                "name.given | name.family",
                "Given or family | both should be present.")),
        SRC);
  }

  static ResourceType studyAttainment() {
    Element partModule =
        el("StudyAttainment.part", "module", 1, "1", "CodeableConcept")
            .predicate(NS + "AttainmentPart.module")
            .label("moduuli", "modul", "module")
            .binding(BindingStrength.EXTENSIBLE, BASE + "/ValueSet/attainment-module")
            .build();
    Element partExtent =
        el("StudyAttainment.part", "extent", 0, "1", "Quantity")
            .predicate(NS + "AttainmentPart.extent")
            .label("laajuus", "omfattning", "extent")
            .binding(BindingStrength.PREFERRED, BASE + "/ValueSet/laajuusyksikko")
            .build();
    Element partAccepted =
        el("StudyAttainment.part", "accepted", 0, "1", "boolean")
            .predicate(NS + "AttainmentPart.accepted")
            .label("hyväksytty", "godkänd", "accepted")
            .build();
    Element partAssessed =
        el("StudyAttainment.part", "assessed[x]", 0, "1", "date", "Period")
            .predicate(NS + "AttainmentPart.assessed")
            .label("arvioitu", "bedömd", "assessed")
            .build();
    Element partPart =
        el("StudyAttainment.part", "part", 0, "*")
            .predicate(NS + "AttainmentPart.part")
            .contentReference("StudyAttainment.part")
            .label("osasuoritus", "delprestation", "part")
            .build();
    Element part =
        el("StudyAttainment", "part", 0, "*", "BackboneElement")
            .label("osasuoritus", "delprestation", "part")
            .children(partModule, partExtent, partAccepted, partAssessed, partPart)
            .invariant(
                inv(
                    "att-2",
                    Severity.ERROR,
                    "accepted.exists() or part.exists()",
                    "A part is assessed or has parts."))
            .build();
    List<Element> elements =
        List.of(
            el("StudyAttainment", "identifier", 0, "*", "Identifier")
                .label("tunniste", "identifierare", "identifier")
                .build(),
            el("StudyAttainment", "learner", 1, "1", "Reference")
                .targets("Learner")
                .label("oppija", "elev", "learner")
                .summary()
                .build(),
            el("StudyAttainment", "provider", 0, "1", "Reference")
                .targets("Organization")
                .label("koulutuksen järjestäjä", "utbildningsanordnare", "provider")
                .build(),
            el("StudyAttainment", "completed", 0, "1", "dateTime")
                .label("valmistunut", "slutförd", "completed")
                .build(),
            el("StudyAttainment", "weeklyLessons", 0, "1", "decimal")
                .label("viikkotunnit", "veckotimmar", "weekly lessons")
                .build(),
            part);
    return new ResourceType(
        "StudyAttainment",
        NS + "StudyAttainment",
        text("suoritus", "prestation", "study attainment"),
        text(
            "Suoritus ja sen osasuoritukset.",
            "En prestation och dess delprestationer.",
            "An attainment and its parts."),
        elements,
        List.of(),
        SRC);
  }

  // ---- profile and extension -------------------------------------------------------------

  static Profile organizationProfile() {
    Element identifier =
        el("Organization", "identifier", 1, "*", "Identifier")
            .predicate("http://hl7.org/fhir/Organization.identifier")
            .label("tunniste", "identifierare", "identifier")
            .definition(
                "OID, Y-tunnus tai oppilaitosnumero.",
                "OID, FO-nummer eller läroanstaltsnummer.",
                "OID, business ID or school number.")
            .build();
    Element name =
        el("Organization", "name", 1, "1", "string")
            .predicate("http://hl7.org/fhir/Organization.name")
            .label("nimi", "namn", "name")
            .build();
    return new Profile(
        "PolkuOrganization",
        "Organization",
        text("organisaatio", "organisation", "organisation"),
        text(
            "Kunta, koulutuksen järjestäjä tai oppilaitos.",
            "Kommun, utbildningsanordnare eller läroanstalt.",
            "A municipality, education provider or school."),
        List.of(identifier, name),
        List.of(
            new Profile.ExtensionUse(
                "municipality", BASE + "/StructureDefinition/OrganizationMunicipality", 0, "1")),
        List.of(
            inv("org-1", Severity.ERROR, "identifier.exists()", "An organisation is identified.")),
        SRC);
  }

  static ExtensionDef municipalityExtension() {
    return new ExtensionDef(
        "OrganizationMunicipality",
        BASE + "/StructureDefinition/OrganizationMunicipality",
        List.of("Organization"),
        text("kotikunta", "hemkommun", "municipality"),
        text(
            "Kunta, jossa organisaatio toimii.",
            "Kommun där organisationen verkar.",
            "Municipality the organisation operates in."),
        List.of(TypeRef.of("Coding")),
        new Binding(BindingStrength.REQUIRED, BASE + "/ValueSet/kunta", null),
        SRC);
  }

  // ---- search parameters -----------------------------------------------------------------

  static List<SearchParam> searchParams() {
    return List.of(
        sp("Learner", "identifier", "token", "Learner.identifier", List.of()),
        sp("Learner", "name", "string", "Learner.name.given | Learner.name.family", List.of()),
        sp("Learner", "birthdate", "date", "Learner.birthDate", List.of()),
        sp(
            "StudyAttainment",
            "learner",
            "reference",
            "StudyAttainment.learner",
            List.of("Learner")),
        sp(
            "Organization",
            "municipality",
            "token",
            "Organization.extension('"
                + BASE
                + "/StructureDefinition/OrganizationMunicipality').value",
            List.of()));
  }

  // ---- code lists ------------------------------------------------------------------------

  static CodeList kieli() {
    return codeList(
        "kieli",
        KOODISTO + "kieli",
        text("Kieli", "Språk", "Language"),
        List.of(
            concept("FI", "suomi", "finska", "Finnish"),
            concept("SV", "ruotsi", "svenska", "Swedish"),
            concept("SE", "saame", "samiska", null)));
  }

  /** A list long enough to be shown as an excerpt. */
  static CodeList kunta() {
    List<CodeList.Concept> concepts = new ArrayList<>();
    for (int i = 1; i <= 65; i++) {
      String code = String.format("%03d", i);
      concepts.add(concept(code, "Kunta " + code, "Kommun " + code, "Municipality " + code));
    }
    return codeList("kunta", KOODISTO + "kunta", text("Kunta", "Kommun", "Municipality"), concepts);
  }

  static CodeList laajuusyksikko() {
    return new CodeList(
        "laajuusyksikko",
        KOODISTO + "laajuusyksikko",
        BASE + "/ValueSet/laajuusyksikko",
        null,
        text("Laajuusyksikkö", "Omfattningsenhet", "Unit of extent"),
        text(
            "Opintojen laajuuden yksikkö.",
            "Enhet för studiernas omfattning.",
            "Unit of study extent."),
        null,
        null,
        List.of(),
        List.of(),
        "not-present",
        "koodisto (external)");
  }

  static CodeList organisationType() {
    return codeList(
        "organisation-type",
        BASE + "/CodeSystem/organisation-type",
        text("Organisaatiotyyppi", "Organisationstyp", "Organisation type"),
        List.of(
            concept("school", "oppilaitos", "läroanstalt", "school"),
            concept(
                "provider",
                "järjestäjä | ylläpitäjä",
                "anordnare | huvudman",
                "provider | owner")));
  }

  static ValueSetDef attainmentModule() {
    return new ValueSetDef(
        "attainment-module",
        BASE + "/ValueSet/attainment-module",
        text("Suorituksen moduuli", "Prestationens modul", "Attainment module"),
        text("Oppiaine tai kurssi.", "Läroämne eller kurs.", "A subject or a course."),
        List.of(KOODISTO + "kieli", KOODISTO + "koskioppiaineetyleissivistava"),
        SRC);
  }

  // ---- builders --------------------------------------------------------------------------

  public static LocalizedText text(String fi, String sv, String en) {
    return new LocalizedText(fi, sv, en);
  }

  private static CodeList codeList(
      String id, String system, LocalizedText title, List<CodeList.Concept> concepts) {
    return new CodeList(
        id,
        system,
        BASE + "/ValueSet/" + id,
        "1",
        title,
        text(title.fi() + ": koodit.", title.sv() + ": koder.", title.en() + ": codes."),
        "2020-01-01",
        null,
        List.of(),
        concepts,
        "complete",
        "test fixture");
  }

  private static CodeList.Concept concept(String code, String fi, String sv, String en) {
    return new CodeList.Concept(code, text(fi, sv, en), null, null, null, Map.of());
  }

  private static Invariant inv(String key, Severity severity, String expression, String en) {
    return new Invariant(key, severity, expression, text("fi: " + en, "sv: " + en, en), SRC);
  }

  private static SearchParam sp(
      String base, String code, String type, String expression, List<String> targets) {
    return new SearchParam(
        code,
        List.of(base),
        type,
        expression,
        targets,
        List.of(),
        text(code + " (fi)", code + " (sv)", code),
        text("Hakee: " + code + ".", "Söker: " + code + ".", "Searches by " + code + "."),
        SRC);
  }

  private static ElementBuilder el(
      String parentPath, String name, int min, String max, String... types) {
    return new ElementBuilder(parentPath, name, min, max, types);
  }

  /** Builds an element with defaults derived from its path, so the fixture stays readable. */
  static final class ElementBuilder {
    private final String name;
    private final String path;
    private final int min;
    private final String max;
    private final List<TypeRef> types = new ArrayList<>();
    private String predicate;
    private LocalizedText label;
    private LocalizedText definition;
    private Binding binding;
    private final List<Element> children = new ArrayList<>();
    private String contentReference;
    private final List<Invariant> invariants = new ArrayList<>();
    private boolean summary;
    private boolean mustSupport;

    ElementBuilder(String parentPath, String name, int min, String max, String... typeCodes) {
      this.name = name;
      this.path = parentPath + "." + name;
      this.min = min;
      this.max = max;
      this.predicate = NS + parentPath + "." + name.replace("[x]", "");
      for (String t : typeCodes) {
        types.add(TypeRef.of(t));
      }
    }

    ElementBuilder predicate(String iri) {
      this.predicate = iri;
      return this;
    }

    ElementBuilder targets(String... targets) {
      TypeRef only = types.get(0);
      types.set(0, new TypeRef(only.code(), List.of(targets)));
      return this;
    }

    ElementBuilder label(String fi, String sv, String en) {
      this.label = text(fi, sv, en);
      if (definition == null) {
        definition =
            text("Määritelmä: " + fi + ".", "Definition: " + sv + ".", "Definition: " + en + ".");
      }
      return this;
    }

    ElementBuilder definition(String fi, String sv, String en) {
      this.definition = text(fi, sv, en);
      return this;
    }

    ElementBuilder binding(BindingStrength strength, String valueSet) {
      this.binding = new Binding(strength, valueSet, null);
      return this;
    }

    ElementBuilder children(Element... elements) {
      children.addAll(List.of(elements));
      return this;
    }

    ElementBuilder contentReference(String path) {
      this.contentReference = path;
      return this;
    }

    ElementBuilder invariant(Invariant inv) {
      invariants.add(inv);
      return this;
    }

    ElementBuilder summary() {
      this.summary = true;
      return this;
    }

    ElementBuilder mustSupport() {
      this.mustSupport = true;
      return this;
    }

    Element build() {
      return new Element(
          name,
          path,
          predicate,
          label,
          definition,
          min,
          max,
          types,
          binding,
          children,
          contentReference,
          invariants,
          summary,
          mustSupport,
          null,
          SRC);
    }
  }
}
