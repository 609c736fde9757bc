package fi.polku.hub.it;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import org.hl7.fhir.r5.model.Bundle;
import org.hl7.fhir.r5.model.CapabilityStatement;
import org.hl7.fhir.r5.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r5.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r5.model.StructureDefinition;
import org.hl7.fhir.r5.model.ValueSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The CapabilityStatement and the read-only conformance resources of the model package. */
@ParameterizedClass(name = "{0}")
@EnumSource(Db.class)
class ConformanceIT {

  private final IGenericClient client;

  ConformanceIT(Db db) {
    this.client = RunningHub.on(db).client();
  }

  @Test
  void metadataListsEveryModelTypeWithItsInteractionsAndSearchParameters() {
    CapabilityStatement cs = client.capabilities().ofType(CapabilityStatement.class).execute();

    assertThat(cs.getRestFirstRep().getResource())
        .extracting(CapabilityStatementRestResourceComponent::getType)
        .contains(
            "Learner",
            "Guardianship",
            "EarlyChildhoodDecision",
            "EarlyChildhoodPlacement",
            "StudyRight",
            "StudyAttainment",
            "SupportDecision",
            "TeachingGroup",
            "GroupMembership",
            "Absence",
            "Organization",
            "Person",
            "StructureDefinition");
    CapabilityStatementRestResourceComponent learner =
        cs.getRestFirstRep().getResource().stream()
            .filter(r -> r.getType().equals("Learner"))
            .findFirst()
            .orElseThrow();
    assertThat(learner.getInteraction())
        .extracting(i -> i.getCode())
        .contains(
            TypeRestfulInteraction.READ,
            TypeRestfulInteraction.VREAD,
            TypeRestfulInteraction.CREATE,
            TypeRestfulInteraction.UPDATE,
            TypeRestfulInteraction.DELETE,
            TypeRestfulInteraction.HISTORYINSTANCE);
    assertThat(learner.getSearchParam())
        .extracting(p -> p.getName())
        .contains("identifier", "birthdate", "_id");
    assertThat(learner.getConditionalCreate()).isTrue();
    CapabilityStatementRestResourceComponent organization =
        cs.getRestFirstRep().getResource().stream()
            .filter(r -> r.getType().equals("Organization"))
            .findFirst()
            .orElseThrow();
    // Core parameters of a reused FHIR type next to the model's own, and the resource-level ones.
    assertThat(organization.getSearchParam())
        .extracting(p -> p.getName())
        .contains("name", "partof", "school-type", "_lastUpdated", "_tag", "_profile", "_source");
  }

  @Test
  void metadataListsConceptMapWithTranslateAndTheLanguagesOfTheHubsTexts() {
    CapabilityStatement cs = client.capabilities().ofType(CapabilityStatement.class).execute();

    CapabilityStatementRestResourceComponent conceptMap =
        cs.getRestFirstRep().getResource().stream()
            .filter(r -> r.getType().equals("ConceptMap"))
            .findFirst()
            .orElseThrow();
    assertThat(conceptMap.getInteraction())
        .extracting(i -> i.getCode())
        .containsExactly(TypeRestfulInteraction.READ, TypeRestfulInteraction.SEARCHTYPE);
    assertThat(conceptMap.getOperation()).extracting(o -> o.getName()).containsExactly("translate");
    assertThat(cs.getRestFirstRep().getResource())
        .extracting(CapabilityStatementRestResourceComponent::getType)
        .containsSubsequence("CodeSystem", "ConceptMap", "SearchParameter");
    assertThat(cs.getAcceptLanguage())
        .extracting(c -> c.getValue())
        .containsExactly("fi", "sv", "en");
  }

  @Test
  void theModelsStructureDefinitionsAndValueSetsAreServed() {
    StructureDefinition sd =
        client.read().resource(StructureDefinition.class).withId("Learner").execute();
    Bundle valueSets =
        client
            .search()
            .forResource(ValueSet.class)
            .where(ValueSet.URL.matches().value("https://polku.fi/fhir/ValueSet/kunta"))
            .returnBundle(Bundle.class)
            .execute();

    assertThat(sd.getUrl()).isEqualTo("https://polku.fi/fhir/StructureDefinition/Learner");
    assertThat(valueSets.getEntry()).hasSize(1);
  }
}
