package fi.polku.hub.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Keeps the dependency arrows of the architecture honest: hub-server → mappings → validators →
 * information-models, and within modules, API packages never reach into implementations.
 */
@AnalyzeClasses(packages = "fi.polku", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

  @ArchTest
  static final ArchRule modulesDependOneWay =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("hub")
          .definedBy("fi.polku.hub..")
          .layer("mappings")
          .definedBy("fi.polku.mapping..")
          .layer("samples")
          .definedBy("fi.polku.samples..")
          .layer("validators")
          .definedBy("fi.polku.validation..")
          .layer("model")
          .definedBy("fi.polku.model..")
          .whereLayer("hub")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("mappings")
          .mayOnlyBeAccessedByLayers("hub")
          .whereLayer("samples")
          .mayOnlyBeAccessedByLayers("hub")
          .whereLayer("validators")
          .mayOnlyBeAccessedByLayers("hub", "mappings", "samples")
          .whereLayer("model")
          .mayOnlyBeAccessedByLayers("hub", "mappings", "samples", "validators")
          .allowEmptyShould(true);

  /** Inside the hub: app → api → write → validate → store (problem and model for all). */
  @ArchTest
  static final ArchRule hubStagesDependOneWay =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("cli")
          .definedBy("fi.polku.hub.cli..")
          .layer("app")
          .definedBy("fi.polku.hub.app..")
          .layer("api")
          .definedBy("fi.polku.hub.api..")
          .layer("write")
          .definedBy("fi.polku.hub.write..")
          .layer("validate")
          .definedBy("fi.polku.hub.validate..")
          .layer("store")
          .definedBy("fi.polku.hub.store..")
          .whereLayer("cli")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("app")
          .mayOnlyBeAccessedByLayers("cli")
          .whereLayer("api")
          .mayOnlyBeAccessedByLayers("app")
          .whereLayer("write")
          .mayOnlyBeAccessedByLayers("api", "app")
          .whereLayer("validate")
          .mayOnlyBeAccessedByLayers("write", "app")
          .whereLayer("store")
          .mayOnlyBeAccessedByLayers("validate", "write", "api", "app");

  @ArchTest
  static final ArchRule validationApiDoesNotDependOnImplementations =
      noClasses()
          .that()
          .resideInAnyPackage("fi.polku.validation.api..", "fi.polku.validation.spi..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "fi.polku.validation.structure..",
              "fi.polku.validation.rules..",
              "fi.polku.validation.parse..",
              "fi.polku.validation.format..")
          .allowEmptyShould(true);

  @ArchTest
  static final ArchRule generatedModelDependsOnlyOnHapi =
      noClasses()
          .that()
          .resideInAPackage("fi.polku.model.generated..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("fi.polku.validation..", "fi.polku.mapping..", "fi.polku.hub..")
          .allowEmptyShould(true);
}
