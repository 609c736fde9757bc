package fi.polku.validation.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecordProjectorTest {

  private static final JsonLdOracle ORACLE = new JsonLdOracle(RdfFixtures.context());

  /**
   * A learner with what FHIR JSON allows but the samples do not show, and some it does not allow.
   */
  private static final String EDGE_LEARNER =
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
        "birthDate": 2015,
        "address": [ { "period": { "start": "2020-05" } } ],
        "fhir:foo": "keys with a colon are dropped here",
        "@type": "ignored"
      }
      """;

  /** References of every kind, and decimals with and without a fraction. */
  private static final String EDGE_REFERENCES =
      """
      {
        "resourceType": "EarlyChildhoodDecision",
        "id": "edge-ref",
        "learner": { "reference": "#contained-1" },
        "provider": { "reference": "urn:uuid:5a3c1f4e-1c2b-4a55-9e8f-0a1b2c3d4e5f" },
        "period": { "start": "2020", "end": "2021-07-31T23:59:59+03:00" },
        "hoursPerWeek": 37.50,
        "applicationDate": "2020-01",
        "arrangement": { "coding": [ { "code": "JM01", "userSelected": false } ] }
      }
      """;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "learner",
        "study-right-basic",
        "study-right-pre-primary",
        "study-attainment",
        "teaching-group",
        "group-membership",
        "early-childhood-decision",
        "early-childhood-placement",
        "support-decision",
        "absence",
        "organization-unit"
      })
  void projectsSampleRecordsLikeAJsonLdProcessor(String record) {
    assertSameAsJsonLd(RdfFixtures.record(record));
  }

  @Test
  void projectsUnusualAndInvalidValuesLikeAJsonLdProcessor() {
    String withoutColonKey =
        EDGE_LEARNER.replace("\"fhir:foo\": \"keys with a colon are dropped here\",", "");

    assertSameAsJsonLd(withoutColonKey.replace("\"@type\": \"ignored\"", "\"id\": \"edge\""));
    assertSameAsJsonLd(EDGE_REFERENCES);
  }

  @Test
  void dropsKeysContainingAColon() {
    Model m = RdfFixtures.project(EDGE_LEARNER);

    assertThat(m.listObjects().toList())
        .noneMatch(o -> o.isLiteral() && o.asLiteral().getLexicalForm().startsWith("keys with"));
  }

  @Test
  void keepsDecimalsExactAndTypesPartialDates() {
    Model m = RdfFixtures.project(EDGE_REFERENCES);

    RDFNode hours =
        m.listObjectsOfProperty(
                m.createProperty(RdfFixtures.NS + "EarlyChildhoodDecision.hoursPerWeek"))
            .next();
    assertThat(hours.asLiteral().getLexicalForm()).isEqualTo("37.50");
    assertThat(hours.asLiteral().getDatatypeURI()).isEqualTo(XSDDatatype.XSDdecimal.getURI());
    assertThat(datatypesOf(m, RdfFixtures.FHIR + "start"))
        .containsExactly(XSDDatatype.XSDgYear.getURI());
    assertThat(datatypesOf(m, RdfFixtures.NS + "EarlyChildhoodDecision.applicationDate"))
        .containsExactly(XSDDatatype.XSDgYearMonth.getURI());
  }

  @Test
  void resolvesReferencesToTheIriOfTheReferencedRecord() {
    Model m = RdfFixtures.project(RdfFixtures.record("study-attainment"));

    assertThat(m.listObjectsOfProperty(m.createProperty(RdfFixtures.FHIR + "reference")).toList())
        .extracting(RDFNode::toString)
        .contains(RdfFixtures.BASE + "StudyRight/sr-basic", RdfFixtures.BASE + "Learner/learner-1");
  }

  @Test
  void rejectsAReferenceThatIsNotAnIri() {
    String record =
        RdfFixtures.record("group-membership")
            .replace(
                "\"Learner/learner-1\"", "\"Learner?identifier=urn:oid:1.2.246.21|010315A9875\"");

    assertThatThrownBy(() -> RdfFixtures.project(record))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Learner?identifier");
  }

  @Test
  void leavesOutReferencesThatAreNotIrisWhenAskedTo() {
    String record =
        RdfFixtures.record("group-membership")
            .replace(
                "\"Learner/learner-1\"", "\"Learner?identifier=urn:oid:1.2.246.21|010315A9875\"");
    RecordProjector lenient = RdfFixtures.projector().droppingInvalidReferences();

    Model m = lenient.project(record, RdfFixtures.BASE + "GroupMembership/gm-1");

    assertThat(m.listObjectsOfProperty(m.createProperty(RdfFixtures.FHIR + "reference")).toList())
        .extracting(RDFNode::toString)
        .containsExactly(RdfFixtures.BASE + "TeachingGroup/group-1a");
  }

  @Test
  void rejectsJsonThatIsNotAnObject() {
    assertThatThrownBy(() -> RdfFixtures.projector().project("[1]", RdfFixtures.BASE + "Learner/1"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void tellsTheListenerWhereEachObjectIsAndItsPositionInItsArray() {
    RecordProjector projector = RdfFixtures.projector();
    ObjectNode record = projector.parse(RdfFixtures.record("study-right-pre-primary"));
    Graph graph = GraphFactory.createDefaultGraph();
    List<String> seen = new ArrayList<>();

    projector.project(
        record,
        RdfFixtures.BASE + "StudyRight/sr-pre",
        graph,
        (parent, predicate, node, index) -> {
          assertThat(graph.contains(parent, predicate, node)).isTrue();
          seen.add(local(predicate) + (index >= 0 ? "[" + index + "]" : ""));
        });

    assertThat(seen)
        .contains(
            "StudyRight.period",
            "StudyRight.statusHistory[0]",
            "StudyRight.statusHistory[1]",
            "StudyRightStatusPeriod.status",
            "coding[0]");
  }

  @Test
  void readsTheModelsContextFromTheClasspath() {
    RecordProjector projector = RecordProjector.fromClasspath();

    assertThat(projector.base()).isEqualTo(RdfFixtures.BASE);
  }

  private static String local(Node predicate) {
    String iri = predicate.getURI();
    return iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
  }

  private static List<String> datatypesOf(Model m, String predicate) {
    return m.listObjectsOfProperty(m.createProperty(predicate)).toList().stream()
        .filter(RDFNode::isLiteral)
        .map(o -> o.asLiteral().getDatatypeURI())
        .distinct()
        .toList();
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
