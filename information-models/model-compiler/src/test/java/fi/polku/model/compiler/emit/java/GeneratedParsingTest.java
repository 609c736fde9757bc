package fi.polku.model.compiler.emit.java;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import fi.polku.model.compiler.testing.TestModels;
import org.hl7.fhir.r5.model.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** HAPI's JSON and XML parsers on the generated classes of {@code TestModels.school()}. */
class GeneratedParsingTest {

  private static FhirContext ctx;

  @BeforeAll
  static void compile() {
    ctx = CompiledModel.school().ctx;
  }

  /** Parses a sample of {@code src/test/resources/javagen/school/} strictly. */
  static Resource parse(String name) {
    return (Resource) strictJson().parseResource(CompiledModel.sample(name));
  }

  private static IParser strictJson() {
    return CompiledModel.school()
        .ctx
        .newJsonParser()
        .setParserErrorHandler(new StrictErrorHandler());
  }

  private static IParser strictXml() {
    return ctx.newXmlParser().setParserErrorHandler(new StrictErrorHandler());
  }

  /**
   * HAPI declares the {@code @ResourceDef} profile of a custom type in {@code meta.profile} when
   * encoding (FhirContext's AddProfileTagWhenEncoding, ONLY_FOR_CUSTOM by default). The round trips
   * compare against the parsed sample with that declaration added.
   */
  private static Resource withProfile(Resource r) {
    Resource expected = r.copy();
    expected
        .getMeta()
        .addProfile(TestModels.CANONICAL_BASE + "/StructureDefinition/" + r.fhirType());
    return expected;
  }

  @ParameterizedTest
  @ValueSource(strings = {"learner.json", "learner-coded.json", "study-attainment.json"})
  void jsonRoundTripIsLossless(String sample) {
    Resource first = parse(sample);
    String encoded = ctx.newJsonParser().encodeResourceToString(first);
    Resource second = (Resource) strictJson().parseResource(encoded);
    String reencoded = ctx.newJsonParser().encodeResourceToString(second);

    assertThat(first.getClass().getName()).startsWith("fi.polku.model.generated.");
    assertThat(second.equalsDeep(withProfile(first))).as(encoded).isTrue();
    assertThat(reencoded).isEqualTo(encoded);
    assertThat(encoded).contains("\"resourceType\":\"" + first.fhirType() + "\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"learner.json", "learner-coded.json", "study-attainment.json"})
  void xmlRoundTripIsLossless(String sample) {
    Resource fromJson = parse(sample);
    String xml = ctx.newXmlParser().encodeResourceToString(fromJson);
    Resource fromXml = (Resource) strictXml().parseResource(xml);
    String again = ctx.newXmlParser().encodeResourceToString(fromXml);

    assertThat(fromXml.equalsDeep(withProfile(fromJson))).as(xml).isTrue();
    assertThat(again).isEqualTo(xml);
    assertThat(xml).startsWith("<" + fromJson.fhirType() + " xmlns=\"http://hl7.org/fhir\">");
  }

  @Test
  void encodingDeclaresTheProfileOfTheCustomType() {
    String json = ctx.newJsonParser().encodeResourceToString(parse("learner-coded.json"));

    assertThat(json)
        .contains("\"meta\":{\"profile\":[\"https://polku.fi/fhir/StructureDefinition/Learner\"]}");
  }

  @Test
  void choiceElementsUseTheTypedJsonName() {
    String learner = ctx.newJsonParser().encodeResourceToString(parse("learner.json"));
    String coded = ctx.newJsonParser().encodeResourceToString(parse("learner-coded.json"));
    String xml = ctx.newXmlParser().encodeResourceToString(parse("learner.json"));

    assertThat(learner).contains("\"partTimeSpecialEducationBoolean\":true");
    assertThat(coded).contains("\"partTimeSpecialEducationCodeableConcept\":{");
    assertThat(xml).contains("<partTimeSpecialEducationBoolean value=\"true\"/>");
  }

  @Test
  void elementsKeepModelOrderWhenEncoded() {
    String json = ctx.newJsonParser().encodeResourceToString(parse("learner.json"));

    assertThat(json.indexOf("\"identifier\""))
        .isLessThan(json.indexOf("\"birthDate\""))
        .isLessThan(json.indexOf("\"guardian\""))
        .isLessThan(json.indexOf("\"partTimeSpecialEducationBoolean\""));
  }

  @Test
  void strictParserReportsAnUnknownElement() {
    String unknownTopLevel = "{\"resourceType\":\"Learner\",\"shoeSize\":38}";
    String unknownInBackbone =
        "{\"resourceType\":\"StudyAttainment\",\"part\":[{\"colour\":\"blue\"}]}";

    assertThatThrownBy(() -> strictJson().parseResource(unknownTopLevel))
        .isInstanceOf(DataFormatException.class)
        .hasMessageContaining("shoeSize");
    assertThatThrownBy(() -> strictJson().parseResource(unknownInBackbone))
        .isInstanceOf(DataFormatException.class)
        .hasMessageContaining("colour");
  }

  @Test
  void strictParserReportsAChoiceTypeTheModelDoesNotAllow() {
    String json = "{\"resourceType\":\"Learner\",\"partTimeSpecialEducationString\":\"yes\"}";

    assertThatThrownBy(() -> strictJson().parseResource(json))
        .isInstanceOf(DataFormatException.class)
        .hasMessageContaining("partTimeSpecialEducationString");
  }

  @Test
  void strictXmlParserReportsAnUnknownElement() {
    String xml = "<Learner xmlns=\"http://hl7.org/fhir\"><shoeSize value=\"38\"/></Learner>";

    assertThatThrownBy(() -> strictXml().parseResource(xml))
        .isInstanceOf(DataFormatException.class)
        .hasMessageContaining("shoeSize");
  }
}
