package fi.polku.model.compiler.emit.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.model.compiler.emit.docs.GoldenFolder;
import fi.polku.model.compiler.testing.DocsTestModels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecordShapesEmitterTest {

  @Test
  void emitsTheExpectedShapes() {
    String turtle = new RecordShapesEmitter().turtle(DocsTestModels.polku());

    GoldenFolder.of("rdf-golden", "shapes").assertMatches(Map.of("record-shapes.ttl", turtle));
  }

  @Test
  void writesTurtleThatReadsBackAsTheSameShapes() {
    Model reread = ModelFactory.createDefaultModel();
    RDFParser.fromString(new RecordShapesEmitter().turtle(DocsTestModels.polku()), Lang.TURTLE)
        .parse(reread);

    assertThat(reread.isIsomorphicWith(RdfFixtures.shapesModel())).isTrue();
  }

  @Test
  void isValidShaclWithoutRecursiveShapes() {
    Shapes shapes = Shapes.parse(RdfFixtures.shapesModel());

    // Four record types, plus the recursive backbone, which is targeted rather than nested.
    assertThat(shapes.getTargetShapes())
        .extracting(shape -> shape.getShapeNode().getURI())
        .containsExactlyInAnyOrder(
            RdfFixtures.NS + "shape/Learner",
            RdfFixtures.NS + "shape/StudyAttainment",
            RdfFixtures.NS + "shape/PolkuOrganization",
            RdfFixtures.NS + "shape/fhir.Person",
            RdfFixtures.NS + "shape/StudyAttainment.part");
  }

  @ParameterizedTest
  @ValueSource(strings = {"learner", "study-attainment", "organization"})
  void acceptsTheSampleRecords(String scenario) {
    ValidationReport report = validate(RdfFixtures.record(scenario));

    assertThat(report.conforms()).as(describe(report)).isTrue();
  }

  @Test
  void acceptsARecordTogetherWithTheRecordsItReferences() {
    Model graph = ModelFactory.createDefaultModel();
    for (String scenario : List.of("learner", "study-attainment", "organization")) {
      graph.add(RdfFixtures.project(RdfFixtures.record(scenario)));
    }

    ValidationReport report = ShaclValidator.get().validate(RdfFixtures.shapes(), graph.getGraph());

    assertThat(report.conforms()).as(describe(report)).isTrue();
  }

  @Test
  void rejectsAValueThatIsNotADate() {
    ValidationReport report =
        validate(RdfFixtures.record("learner").replace("\"2015-03\"", "\"15.3.2015\""));

    assertThat(report.conforms()).isFalse();
    assertThat(paths(report)).containsExactly(RdfFixtures.NS + "Learner.birthDate");
  }

  @Test
  void rejectsAStringWhereABooleanIsExpected() {
    ValidationReport report =
        validate(
            RdfFixtures.record("learner")
                .replace("\"protectionOrder\": false", "\"protectionOrder\": \"no\""));

    assertThat(paths(report)).containsExactly(RdfFixtures.NS + "Learner.protectionOrder");
  }

  @Test
  void rejectsMoreValuesThanTheElementAllows() {
    String twoTongues =
        RdfFixtures.record("learner")
            .replace("\"motherTongue\": {", "\"motherTongue\": [ { \"text\": \"ruotsi\" }, {")
            .replace("\"display\": \"suomi\" } ] }", "\"display\": \"suomi\" } ] } ]");

    ValidationReport report = validate(twoTongues);

    assertThat(report.conforms()).isFalse();
    assertThat(paths(report)).containsExactly(RdfFixtures.NS + "Learner.motherTongue");
    assertThat(report.getEntries())
        .extracting(e -> e.constraint().toString())
        .singleElement()
        .asString()
        .contains("maxCount");
  }

  @Test
  void rejectsAMissingRequiredElement() {
    String noLearner =
        RdfFixtures.record("study-attainment")
            .replace("\"learner\": { \"reference\": \"Learner/123\" },", "");

    assertThat(paths(validate(noLearner)))
        .containsExactly(RdfFixtures.NS + "StudyAttainment.learner");
  }

  @Test
  void checksNestedPartsAtEveryDepth() {
    String innermostWithoutModule =
        RdfFixtures.record("study-attainment")
            .replace("{ \"module\": { \"text\": \"MAA2.1\" }, ", "{ ");

    assertThat(paths(validate(innermostWithoutModule)))
        .containsExactly(RdfFixtures.NS + "AttainmentPart.module");
  }

  @Test
  void checksDatatypeMembersInsideComplexValues() {
    String badPeriod =
        RdfFixtures.record("learner").replace("\"start\": \"2021-08-01\"", "\"start\": \"soon\"");

    ValidationReport report = validate(badPeriod);

    // sh:node reports the element holding the datatype value, not the member inside it.
    assertThat(paths(report)).containsExactly(RdfFixtures.NS + "Learner.identifier");
    assertThat(report.getEntries())
        .extracting(e -> e.constraint().getComponent().getURI())
        .containsExactly("http://www.w3.org/ns/shacl#NodeConstraintComponent");
  }

  @Test
  void appliesProfileCardinalitiesAndExtensionSlices() {
    String organization = RdfFixtures.record("organization");
    String withoutIdentifier = organization.replaceAll("\"identifier\": \\[[^\\]]*\\],", "");
    String twoMunicipalities =
        organization.replace(
            "\"extension\": [",
            "\"extension\": [ { \"url\": \"https://polku.fi/fhir/StructureDefinition/"
                + "OrganizationMunicipality\", \"valueCoding\": { \"code\": \"091\" } },");

    assertThat(paths(validate(withoutIdentifier)))
        .containsExactly(RdfFixtures.FHIR + "Organization.identifier");
    assertThat(paths(validate(twoMunicipalities))).containsExactly(RdfFixtures.FHIR + "extension");
  }

  @Test
  void producesTheSameBytesWhenEmittedTwice(@TempDir Path first, @TempDir Path second)
      throws IOException {
    RecordShapesEmitter emitter = new RecordShapesEmitter();

    Path a = emitter.emit(DocsTestModels.polku(), first);
    Path b = emitter.emit(DocsTestModels.polku(), second);

    assertThat(a.getFileName()).hasToString("record-shapes.ttl");
    assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
  }

  private static ValidationReport validate(String recordJson) {
    Model data = RdfFixtures.project(recordJson);
    return ShaclValidator.get().validate(RdfFixtures.shapes(), data.getGraph());
  }

  private static List<String> paths(ValidationReport report) {
    return report.getEntries().stream()
        .map(ReportEntry::resultPath)
        .map(p -> p == null ? "(node)" : p.toString().replaceAll("^<|>$", ""))
        .distinct()
        .toList();
  }

  private static String describe(ValidationReport report) {
    StringBuilder out = new StringBuilder();
    for (ReportEntry e : report.getEntries()) {
      Node focus = e.focusNode();
      out.append(focus)
          .append(' ')
          .append(e.resultPath())
          .append(": ")
          .append(e.message())
          .append('\n');
    }
    return out.toString();
  }
}
