package fi.polku.model.compiler.emit.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.model.compiler.emit.docs.GoldenFolder;
import fi.polku.model.compiler.testing.DocsTestModels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonLdContextEmitterTest {

  @Test
  void emitsTheExpectedContext() {
    String json = JsonLdContextEmitter.write(RdfFixtures.context());

    GoldenFolder.of("rdf-golden", "context")
        .assertMatches(java.util.Map.of("context.jsonld", json));
  }

  @ParameterizedTest
  @ValueSource(strings = {"learner", "study-attainment", "organization"})
  void projectsSampleRecordsToTheExpectedGraph(String scenario) {
    GoldenFolder golden = GoldenFolder.of("rdf-golden", scenario);
    String record = golden.read("record.json");
    // Jena's JSON-LD 1.1 reader with the context attached (and the projector's two repairs).
    Model jsonLd = RdfFixtures.project(record);
    golden.updateIfRequested("expected.ttl", RdfFixtures.turtle(jsonLd));
    Model expected = ModelFactory.createDefaultModel();
    RDFParser.fromString(golden.read("expected.ttl"), Lang.TURTLE).parse(expected);

    assertThat(jsonLd.isIsomorphicWith(expected))
        .as("%s/expected.ttl; JSON-LD gave:%n%s", golden.dir(), RdfFixtures.turtle(jsonLd))
        .isTrue();
  }

  @Test
  void typesRecordsWithModelClassesAndCoreTypesWithFhirClasses() {
    Model learner = RdfFixtures.project(RdfFixtures.record("learner"));
    Model organization = RdfFixtures.project(RdfFixtures.record("organization"));

    assertThat(learner.listObjectsOfProperty(RDF.type).toList())
        .containsExactly(learner.createResource(RdfFixtures.NS + "Learner"));
    assertThat(organization.listObjectsOfProperty(RDF.type).toList())
        .containsExactly(organization.createResource(RdfFixtures.FHIR + "Organization"));
  }

  @Test
  void resolvesReferencesToTheIriOfTheReferencedRecord() {
    Model graph = ModelFactory.createDefaultModel();
    graph.add(RdfFixtures.project(RdfFixtures.record("learner")));
    graph.add(RdfFixtures.project(RdfFixtures.record("study-attainment")));
    Resource learner = graph.createResource(RdfFixtures.BASE + "Learner/123");
    Resource attainment = graph.createResource(RdfFixtures.BASE + "StudyAttainment/sa-1");

    RDFNode target =
        attainment
            .getPropertyResourceValue(prop(RdfFixtures.NS + "StudyAttainment.learner"))
            .getProperty(prop(RdfFixtures.FHIR + "reference"))
            .getObject();

    assertThat(target).isEqualTo(learner);
    assertThat(learner.hasProperty(RDF.type, graph.createResource(RdfFixtures.NS + "Learner")))
        .isTrue();
  }

  @Test
  void dropsKeysTheContextDoesNotDefine() {
    Model learner = RdfFixtures.project(RdfFixtures.record("learner"));

    assertThat(learner.listStatements().toList())
        .extracting(s -> s.getPredicate().getURI())
        .allMatch(
            p ->
                p.startsWith(RdfFixtures.NS)
                    || p.startsWith(RdfFixtures.FHIR)
                    || p.equals(RDF.type.getURI()))
        .noneMatch(p -> p.endsWith("meta") || p.endsWith("text") || p.contains("contained"));
    assertThat(learner.listObjects().toList())
        .noneMatch(o -> o.isLiteral() && o.asLiteral().getLexicalForm().equals("dropped"))
        .noneMatch(o -> o.isLiteral() && o.asLiteral().getLexicalForm().equals("month"));
  }

  @Test
  void typesPartialDatesAsYearOrYearMonthAndDateOnlyDateTimesAsDates() {
    Model attainment = RdfFixtures.project(RdfFixtures.record("study-attainment"));
    Model learner = RdfFixtures.project(RdfFixtures.record("learner"));

    assertThat(datatypesOf(learner, RdfFixtures.NS + "Learner.birthDate"))
        .containsExactly(XSDDatatype.XSDgYearMonth.getURI());
    assertThat(datatypesOf(attainment, RdfFixtures.NS + "AttainmentPart.assessed"))
        .containsExactly(XSDDatatype.XSDgYear.getURI());
    assertThat(datatypesOf(attainment, RdfFixtures.NS + "StudyAttainment.completed"))
        .containsExactly(XSDDatatype.XSDdate.getURI());
    assertThat(datatypesOf(attainment, RdfFixtures.FHIR + "end"))
        .containsExactly(XSDDatatype.XSDdateTime.getURI());
  }

  @Test
  void keepsDecimalsExactIncludingTrailingZeros() {
    Model attainment = RdfFixtures.project(RdfFixtures.record("study-attainment"));

    Statement weekly =
        attainment
            .listStatements(
                null, prop(RdfFixtures.NS + "StudyAttainment.weeklyLessons"), (RDFNode) null)
            .next();

    assertThat(weekly.getLiteral().getLexicalForm()).isEqualTo("2.50");
    assertThat(weekly.getLiteral().getDatatypeURI()).isEqualTo(XSDDatatype.XSDdecimal.getURI());
    assertThat(weekly.getLiteral().getDatatype().isValid("2.50")).isTrue();
  }

  @Test
  void readsRecursivePartsToAnyDepthWithTheSamePredicates() {
    Model attainment = RdfFixtures.project(RdfFixtures.record("study-attainment"));
    Property part = prop(RdfFixtures.NS + "AttainmentPart.part");
    Property accepted = prop(RdfFixtures.NS + "AttainmentPart.accepted");

    Resource level1 =
        attainment
            .createResource(RdfFixtures.BASE + "StudyAttainment/sa-1")
            .getPropertyResourceValue(prop(RdfFixtures.NS + "StudyAttainment.part"));
    Resource level3 = level1.getPropertyResourceValue(part).getPropertyResourceValue(part);

    assertThat(level3.getProperty(accepted).getBoolean()).isFalse();
  }

  @Test
  void isValidJsonLdWithoutTheProjector() {
    String doc =
        "{\"@context\": "
            + RdfFixtures.context().get("@context")
            + ", \"@id\": \"https://polku.fi/fhir/Learner/1\", \"resourceType\": \"Learner\","
            + " \"protectionOrder\": true, \"guardian\": [{\"reference\": \"Person/2\"}]}";
    Model m = ModelFactory.createDefaultModel();

    RDFParser.fromString(doc, Lang.JSONLD11).parse(m);

    assertThat(m.size()).isEqualTo(4);
    assertThat(m.containsResource(m.createResource(RdfFixtures.BASE + "Person/2"))).isTrue();
  }

  @Test
  void resolvesReferencesAgainstAConfiguredRecordBase() {
    var context =
        new JsonLdContextEmitter("https://hub.example/fhir/").context(DocsTestModels.polku());
    Model m =
        new JsonLdOracle(context)
            .project(
                "{\"resourceType\": \"Learner\", \"guardian\": [{\"reference\": \"Person/2\"}]}",
                "https://hub.example/fhir/Learner/1");

    assertThat(m.containsResource(m.createResource("https://hub.example/fhir/Person/2"))).isTrue();
  }

  @Test
  void producesTheSameBytesWhenEmittedTwice(@TempDir Path first, @TempDir Path second)
      throws IOException {
    JsonLdContextEmitter emitter = new JsonLdContextEmitter();

    Path a = emitter.emit(DocsTestModels.polku(), first);
    Path b = emitter.emit(DocsTestModels.polku(), second);

    assertThat(a.getFileName()).hasToString("context.jsonld");
    assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
  }

  private static java.util.List<String> datatypesOf(Model m, String predicate) {
    return m.listObjectsOfProperty(prop(predicate)).toList().stream()
        .filter(RDFNode::isLiteral)
        .map(o -> o.asLiteral().getDatatypeURI())
        .distinct()
        .toList();
  }

  private static Property prop(String iri) {
    return ModelFactory.createDefaultModel().createProperty(iri);
  }
}
