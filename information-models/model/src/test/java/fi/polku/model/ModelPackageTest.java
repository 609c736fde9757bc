package fi.polku.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.model.generated.PolkuModelTypes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hl7.fhir.r5.model.CodeSystem;
import org.hl7.fhir.r5.model.CodeSystem.ConceptDefinitionComponent;
import org.hl7.fhir.r5.model.CodeSystem.ConceptDefinitionDesignationComponent;
import org.hl7.fhir.r5.model.ElementDefinition;
import org.hl7.fhir.r5.model.ElementDefinition.ElementDefinitionConstraintComponent;
import org.hl7.fhir.r5.model.Enumerations.CodeSystemContentMode;
import org.hl7.fhir.r5.model.Extension;
import org.hl7.fhir.r5.model.SearchParameter;
import org.hl7.fhir.r5.model.StructureDefinition;
import org.hl7.fhir.r5.model.StructureDefinition.TypeDerivationRule;
import org.hl7.fhir.r5.model.ValueSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Checks the compiled FHIR package on the classpath: what a server or validator loading the model
 * gets, independently of how the compiler produced it.
 */
@ExtendWith(ModelTestExtension.class)
class ModelPackageTest {

  static final List<String> RESOURCE_TYPES =
      List.of(
          "Learner",
          "Guardianship",
          "EarlyChildhoodDecision",
          "EarlyChildhoodPlacement",
          "StudyRight",
          "StudyAttainment",
          "SupportDecision",
          "TeachingGroup",
          "GroupMembership",
          "Absence");

  static final Map<String, String> PROFILES =
      Map.of("PolkuOrganization", "Organization", "PolkuPerson", "Person");

  static final List<String> KOODISTO_LISTS =
      List.of(
          "arviointiasteikkoyleissivistava",
          "erityinenkoulutustehtava",
          "jarjestamismuoto",
          "kieli",
          "kielivalikoima",
          "koskiopiskeluoikeudentila",
          "koskioppiaineetyleissivistava",
          "koulutustyyppi",
          "kunta",
          "lahdejarjestelma",
          "maatjavaltiot2",
          "opintojenrahoitus",
          "opiskeluoikeudentyyppi",
          "oppilaitostyyppi",
          "perusopetuksenluokkaaste",
          "perusopetuksentoimintaalue",
          "suorituksentyyppi",
          "vardajarjestamismuoto");

  private static final String SD_BASE = "https://polku.fi/fhir/StructureDefinition/";
  private static final String KOODISTO_BASE =
      "https://virkailija.opintopolku.fi/koodisto-service/rest/codes/";
  private static final String TRANSLATION = "http://hl7.org/fhir/StructureDefinition/translation";
  private static final String MODEL_BASE_EXTENSION = SD_BASE + "SearchParameterModelBase";

  @Test
  void packageManifestNamesTheModelVersionAndFhirRelease(ModelPackage pkg) {
    JsonNode manifest = pkg.manifest();

    assertThat(manifest.path("name").asText()).isEqualTo("fi.polku.model");
    assertThat(manifest.path("version").asText()).isEqualTo(PolkuModelTypes.MODEL_VERSION);
    assertThat(manifest.path("fhirVersions").toString()).isEqualTo("[\"5.0.0\"]");
    assertThat(manifest.path("dependencies").has("hl7.fhir.r5.core")).isTrue();
  }

  @Test
  void indexListsExactlyTheFilesOfThePackage(ModelPackage pkg) throws IOException {
    Set<String> onDisk;
    try (Stream<Path> files = Files.list(pkg.directory())) {
      onDisk =
          files
              .map(f -> f.getFileName().toString())
              .filter(n -> !n.equals("package.json") && !n.equals(".index.json"))
              .collect(Collectors.toCollection(TreeSet::new));
    }

    assertThat(pkg.files().keySet()).containsExactlyInAnyOrderElementsOf(onDisk);
  }

  @Test
  void everyResourceTypeIsADomainResourceSpecialisationWithASnapshot(ModelPackage pkg) {
    assertThat(RESOURCE_TYPES)
        .allSatisfy(
            type -> {
              StructureDefinition sd =
                  pkg.byUrl(StructureDefinition.class, SD_BASE + type).orElseThrow();
              assertThat(sd.getType()).isEqualTo(type);
              assertThat(sd.getKind())
                  .isEqualTo(StructureDefinition.StructureDefinitionKind.RESOURCE);
              assertThat(sd.getDerivation()).isEqualTo(TypeDerivationRule.SPECIALIZATION);
              assertThat(sd.getBaseDefinition())
                  .isEqualTo("http://hl7.org/fhir/StructureDefinition/DomainResource");
              assertThat(sd.getSnapshot().getElement()).as("snapshot of %s", type).isNotEmpty();
              assertThat(sd.getSnapshot().getElementFirstRep().getPath()).isEqualTo(type);
            });
  }

  @Test
  void everyProfileConstrainsItsBaseWithASnapshot(ModelPackage pkg) {
    assertThat(PROFILES)
        .allSatisfy(
            (profile, base) -> {
              StructureDefinition sd =
                  pkg.byUrl(StructureDefinition.class, SD_BASE + profile).orElseThrow();
              assertThat(sd.getType()).isEqualTo(base);
              assertThat(sd.getDerivation()).isEqualTo(TypeDerivationRule.CONSTRAINT);
              assertThat(sd.getBaseDefinition())
                  .isEqualTo("http://hl7.org/fhir/StructureDefinition/" + base);
              assertThat(sd.getSnapshot().getElement()).as("snapshot of %s", profile).isNotEmpty();
            });
  }

  @Test
  void everyStructureDefinitionHasFinnishAndSwedishTitles(ModelPackage pkg) {
    assertThat(pkg.structureDefinitions())
        .isNotEmpty()
        .allSatisfy(
            sd ->
                assertThat(translations(sd.getTitleElement().getExtensionsByUrl(TRANSLATION)))
                    .as("title translations of %s", sd.getUrl())
                    .containsOnlyKeys("fi", "sv")
                    .allSatisfy((lang, text) -> assertThat(text).isNotBlank()));
  }

  /**
   * A model invariant whose key collides with one of the base type's keys is silently replaced by
   * the base's when the snapshot is generated; every invariant of the differential must survive.
   */
  @Test
  void everyModelInvariantSurvivesIntoTheSnapshot(ModelPackage pkg) {
    List<String> lost = new ArrayList<>();
    for (StructureDefinition sd : pkg.structureDefinitions()) {
      Map<String, ElementDefinition> snapshot = new HashMap<>();
      sd.getSnapshot().getElement().forEach(e -> snapshot.put(e.getId(), e));
      for (ElementDefinition diff : sd.getDifferential().getElement()) {
        for (ElementDefinitionConstraintComponent c : diff.getConstraint()) {
          ElementDefinition snap = snapshot.get(diff.getId());
          boolean kept =
              snap != null
                  && snap.getConstraint().stream()
                      .anyMatch(
                          s ->
                              s.getKey().equals(c.getKey())
                                  && s.getExpression().equals(c.getExpression()));
          if (!kept) {
            lost.add(sd.getName() + " " + diff.getId() + " " + c.getKey());
          }
        }
      }
    }

    assertThat(lost).as("invariants missing or replaced in the snapshot").isEmpty();
  }

  /** A contentReference must point into its own definition, or no validator can follow it. */
  @Test
  void contentReferencesPointIntoTheirOwnDefinition(ModelPackage pkg) {
    Set<String> offending = new TreeSet<>();
    for (StructureDefinition sd : pkg.structureDefinitions()) {
      for (ElementDefinition e : sd.getSnapshot().getElement()) {
        String ref = e.getContentReference();
        if (ref != null && !ref.startsWith("#") && !ref.startsWith(sd.getUrl() + "#")) {
          offending.add(sd.getType());
        }
      }
    }

    assertThat(offending).as("types with contentReferences outside their own definition").isEmpty();
  }

  @Test
  void searchParametersParseWithHapi(ModelPackage pkg) {
    var parser = pkg.fhirContext().newJsonParser();
    List<String> files =
        pkg.files().keySet().stream().filter(n -> n.startsWith("SearchParameter-")).toList();

    assertThat(files).isNotEmpty();
    assertThat(files)
        .allSatisfy(
            name -> {
              SearchParameter sp =
                  parser.parseResource(SearchParameter.class, pkg.files().get(name));
              assertThat(sp.getUrl()).startsWith("https://polku.fi/fhir/SearchParameter/");
              assertThat(sp.getCode()).matches("[a-z][a-z0-9-]*");
              assertThat(sp.getType()).isNotNull();
              assertThat(sp.getExpression()).isNotBlank();
              assertThat(sp.getBase()).isNotEmpty();
            });
  }

  @Test
  void everyResourceTypeHasSearchParameters(ModelPackage pkg) {
    Map<String, List<String>> codesByType =
        pkg.searchParameters().stream()
            .collect(
                Collectors.groupingBy(
                    ModelPackageTest::modelBase,
                    Collectors.mapping(SearchParameter::getCode, Collectors.toList())));

    assertThat(codesByType).containsKeys(RESOURCE_TYPES.toArray(String[]::new));
    // PolkuOrganization adds parameters for its extensions; PolkuPerson adds none.
    assertThat(codesByType).containsKey("Organization");
    assertThat(codesByType.get("Learner")).contains("birthdate", "identifier");
    assertThat(codesByType.get("StudyRight")).contains("learner", "status", "type");
  }

  @ParameterizedTest(name = "{0}")
  @FieldSource("KOODISTO_LISTS")
  void koodistoListIsACompleteCodeSystemWithItsValueSet(String list, ModelPackage pkg)
      throws IOException {
    CodeSystem cs = pkg.byUrl(CodeSystem.class, KOODISTO_BASE + list).orElseThrow();
    ValueSet vs = pkg.byUrl(ValueSet.class, "https://polku.fi/fhir/ValueSet/" + list).orElseThrow();
    List<JsonNode> source = koodistoSnapshot(list);

    assertThat(cs.getContent()).isEqualTo(CodeSystemContentMode.COMPLETE);
    assertThat(cs.getConcept()).hasSize(source.size());
    assertThat(cs.getCount()).isEqualTo(source.size());
    assertThat(vs.getCompose().getInclude())
        .extracting(i -> i.getSystem())
        .containsExactly(cs.getUrl());
  }

  /**
   * Each code carries a designation for exactly the languages the national code list names it in.
   */
  @ParameterizedTest(name = "{0}")
  @FieldSource("KOODISTO_LISTS")
  void koodistoDesignationsFollowTheLanguagesOfTheSource(String list, ModelPackage pkg)
      throws IOException {
    CodeSystem cs = pkg.byUrl(CodeSystem.class, KOODISTO_BASE + list).orElseThrow();
    Map<String, ConceptDefinitionComponent> concepts =
        cs.getConcept().stream().collect(Collectors.toMap(c -> c.getCode(), c -> c));

    assertThat(koodistoSnapshot(list))
        .allSatisfy(
            code -> {
              String value = code.path("koodiArvo").asText();
              assertThat(concepts).containsKey(value);
              assertThat(designations(concepts.get(value)))
                  .as("designations of %s#%s", list, value)
                  .isEqualTo(sourceNames(code));
            });
  }

  @Test
  void municipalitiesHaveTheirFinnishAndSwedishNames(ModelPackage pkg) {
    CodeSystem kunta = pkg.byUrl(CodeSystem.class, KOODISTO_BASE + "kunta").orElseThrow();
    CodeSystem grades =
        pkg.byUrl(CodeSystem.class, KOODISTO_BASE + "arviointiasteikkoyleissivistava")
            .orElseThrow();

    assertThat(designations(concept(kunta, "091")))
        .containsExactlyInAnyOrderEntriesOf(Map.of("fi", "Helsinki", "sv", "Helsingfors"));
    assertThat(designations(concept(kunta, "092")))
        .containsExactlyInAnyOrderEntriesOf(Map.of("fi", "Vantaa", "sv", "Vanda"));
    assertThat(concept(grades, "10").getDesignation())
        .extracting(
            ConceptDefinitionDesignationComponent::getLanguage,
            ConceptDefinitionDesignationComponent::getValue)
        .contains(tuple("fi", "erinomainen"), tuple("sv", "utmärkt"), tuple("en", "excellent"));
  }

  private static String modelBase(SearchParameter sp) {
    Extension ext = sp.getExtensionByUrl(MODEL_BASE_EXTENSION);
    return ext != null ? ext.getValue().primitiveValue() : sp.getBase().get(0).getCode();
  }

  private static Map<String, String> translations(List<Extension> extensions) {
    Map<String, String> byLanguage = new HashMap<>();
    for (Extension t : extensions) {
      byLanguage.put(
          t.getExtensionByUrl("lang").getValue().primitiveValue(),
          t.getExtensionByUrl("content").getValue().primitiveValue());
    }
    return byLanguage;
  }

  private static ConceptDefinitionComponent concept(CodeSystem cs, String code) {
    return cs.getConcept().stream().filter(c -> c.getCode().equals(code)).findFirst().orElseThrow();
  }

  private static Map<String, String> designations(ConceptDefinitionComponent c) {
    return c.getDesignation().stream()
        .collect(
            Collectors.toMap(
                ConceptDefinitionDesignationComponent::getLanguage,
                ConceptDefinitionDesignationComponent::getValue));
  }

  /** The names a code has in the koodisto snapshot, by lower-case language, blanks left out. */
  private static Map<String, String> sourceNames(JsonNode code) {
    Map<String, String> names = new HashMap<>();
    for (JsonNode m : code.path("metadata")) {
      String name = m.path("nimi").asText("").strip();
      if (!m.path("nimi").isNull() && !name.isEmpty()) {
        names.put(m.path("kieli").asText().toLowerCase(Locale.ROOT), name);
      }
    }
    return names;
  }

  /** The compiler's input for {@code list}; the module's tests run with the module as base dir. */
  private static List<JsonNode> koodistoSnapshot(String list) throws IOException {
    Path dir =
        Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
            .resolve("src/main/koodisto/koodit");
    List<JsonNode> codes = new ArrayList<>();
    new ObjectMapper().readTree(dir.resolve(list + ".json").toFile()).forEach(codes::add);
    return codes;
  }
}
