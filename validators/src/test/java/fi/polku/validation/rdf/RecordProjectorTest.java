package fi.polku.validation.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecordProjectorTest {

  private static final JsonLdOracle ORACLE = new JsonLdOracle(RdfFixtures.context());

  /** Records with what FHIR JSON allows but the samples do not show, and some it does not allow. */
  private static final String EDGE_CASES =
      """
      {
        "resourceType": "Learner",
        "id": "edge",
        "identifier": [ {}, { "extension": [ { "url": "x", "valueString": "y" } ], "value": "1" } ],
        "_gender": { "id": "g" },
        "gender": null,
        "name": [ { "given": [ "A", [ "B" ] ], "period": { "start": "2020-01-01T00:00:00Z", "end": "2021" } } ],
        "motherTongue": { "text": "suomi", "resourceType": "Learner", "protectionOrder": true },
        "protectionOrder": "yes",
        "siblingCount": 2.0,
        "birthDate": 2015,
        "guardian": [ { "reference": "#contained-1" }, { "reference": "urn:uuid:5a3c1f4e-1c2b-4a55-9e8f-0a1b2c3d4e5f" },
                      { "reference": "https://other.example/fhir/Person/9" }, { "reference": 5 } ],
        "fhir:foo": "keys with a colon are dropped here",
        "@type": "ignored"
      }
      """;

  @ParameterizedTest
  @ValueSource(strings = {"learner", "study-attainment", "organization"})
  void projectsSampleRecordsLikeAJsonLdProcessor(String scenario) {
    assertSameAsJsonLd(RdfFixtures.record(scenario));
  }

  @Test
  void projectsUnusualAndInvalidValuesLikeAJsonLdProcessor() {
    String withoutColonKey =
        EDGE_CASES.replace("\"fhir:foo\": \"keys with a colon are dropped here\",", "");

    assertSameAsJsonLd(withoutColonKey.replace("\"@type\": \"ignored\"", "\"id\": \"edge\""));
  }

  @Test
  void dropsKeysContainingAColon() {
    Model m = RdfFixtures.project(EDGE_CASES);

    assertThat(m.listObjects().toList())
        .noneMatch(o -> o.isLiteral() && o.asLiteral().getLexicalForm().startsWith("keys with"));
  }

  @Test
  void rejectsAReferenceThatIsNotAnIri() {
    String record =
        "{\"resourceType\": \"Learner\", \"guardian\": [{\"reference\": \"Person/a b\"}]}";

    assertThatThrownBy(() -> RdfFixtures.project(record.replace("}]}", "}], \"id\": \"1\"}")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Person/a b");
  }

  @Test
  void rejectsJsonThatIsNotAnObject() {
    assertThatThrownBy(() -> RdfFixtures.projector().project("[1]", RdfFixtures.BASE + "Learner/1"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static void assertSameAsJsonLd(String recordJson) {
    RecordProjector projector = RdfFixtures.projector();
    ObjectNode record = projector.parse(recordJson);
    String iri = RdfFixtures.iriOf(recordJson);

    Model direct = projector.project(recordJson, iri);
    Model jsonLd = ORACLE.project(record, iri);

    assertThat(direct.isIsomorphicWith(jsonLd))
        .as("projector:%n%s%nJSON-LD:%n%s", RdfFixtures.turtle(direct), RdfFixtures.turtle(jsonLd))
        .isTrue();
  }
}
