package fi.polku.hub.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import fi.polku.hub.model.HubModel;
import fi.polku.hub.problem.HubCode;
import fi.polku.hub.problem.HubCodes;
import fi.polku.hub.problem.HubException;
import fi.polku.model.generated.Learner;
import fi.polku.validation.format.SyntheticIdentityCodes;
import fi.polku.validation.sample.RecordTemplates;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.hl7.fhir.r5.model.CodeType;
import org.hl7.fhir.r5.model.Coding;
import org.hl7.fhir.r5.model.DateType;
import org.hl7.fhir.r5.model.Extension;
import org.hl7.fhir.r5.model.Identifier;
import org.hl7.fhir.r5.model.IntegerType;
import org.hl7.fhir.r5.model.Parameters;
import org.hl7.fhir.r5.model.Parameters.ParametersParameterComponent;
import org.hl7.fhir.r5.model.PrimitiveType;
import org.hl7.fhir.r5.model.StringType;
import org.hl7.fhir.r5.model.UriType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** FHIRPath Patch applied to a real model resource, a Learner, without a hub. */
class FhirPathPatcherTest {

  private static final FhirContext FHIR = HubModel.newFhirContext();
  private static final FhirPathPatcher PATCHER = new FhirPathPatcher();
  private static final String HETU = "urn:oid:1.2.246.21";
  private static final String SOURCE = "https://polku.fi/fhir/source/primus-vantaa/pupil";
  private static final String EXT = "https://polku.fi/fhir/StructureDefinition/test-note";

  private Learner learner;

  @BeforeEach
  void freshLearner() {
    String json =
        RecordTemplates.fill(
            RecordTemplates.text(RecordTemplates.LEARNER),
            Map.of(
                "hetu", SyntheticIdentityCodes.code(7),
                "learnerNumber", "1.2.246.562.24.00000000007",
                "sourceKey", "p-7",
                "family", "Testinen"));
    learner = FHIR.newJsonParser().parseResource(Learner.class, json);
    learner.setId("Learner/7");
  }

  // --- building the documents -----------------------------------------------------------------

  /** A part with a value[x], or with nested parts (each value a ParametersParameterComponent). */
  private static ParametersParameterComponent part(String name, Object value) {
    ParametersParameterComponent p = new ParametersParameterComponent().setName(name);
    if (value instanceof ParametersParameterComponent[] parts) {
      for (ParametersParameterComponent child : parts) {
        p.addPart(child);
      }
    } else if (value instanceof String s) {
      p.setValue(new StringType(s));
    } else if (value instanceof Integer i) {
      p.setValue(new IntegerType(i));
    } else {
      p.setValue((org.hl7.fhir.r5.model.DataType) value);
    }
    return p;
  }

  private static ParametersParameterComponent[] parts(ParametersParameterComponent... parts) {
    return parts;
  }

  private static ParametersParameterComponent operation(
      String type, ParametersParameterComponent... parts) {
    ParametersParameterComponent op = new ParametersParameterComponent().setName("operation");
    op.addPart().setName("type").setValue(new CodeType(type));
    for (ParametersParameterComponent p : parts) {
      op.addPart(p);
    }
    return op;
  }

  private void apply(ParametersParameterComponent... operations) {
    Parameters parameters = new Parameters();
    for (ParametersParameterComponent o : operations) {
      parameters.addParameter(o);
    }
    PATCHER.apply(FhirPathPatch.parse(parameters), learner, "Learner/7");
  }

  private static void assertRefused(ThrowingCallable call, HubCode code, String... fragments) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            HubException.class,
            e -> {
              assertThat(e.code()).isEqualTo(code);
              for (String f : fragments) {
                assertThat(e.getMessage()).contains(f);
              }
              assertThat(e.text().fi()).isNotEqualTo(e.text().en());
              assertThat(e.text().sv()).isNotEqualTo(e.text().en());
            });
  }

  private static String given(Learner l, int name) {
    return String.join(
        ",", l.getName().get(name).getGiven().stream().map(PrimitiveType::getValue).toList());
  }

  // --- replace ----------------------------------------------------------------------------------

  @Test
  void replaceChangesASinglePrimitive() {
    apply(
        operation(
            "replace",
            part("path", "Learner.callingName"),
            part("value", new StringType("Maria"))));

    assertThat(learner.getCallingName()).isEqualTo("Maria");
  }

  @Test
  void replacingAPrimitiveWithABareValueKeepsItsExtensionsAndAValueWithExtensionsReplacesThem() {
    learner.getBirthDateElement().addExtension(EXT, new StringType("kept"));

    apply(
        operation("replace", part("path", "Learner.birthDate"), part("value", date("2012-03-13"))));

    assertThat(learner.getBirthDateElement().getValueAsString()).isEqualTo("2012-03-13");
    assertThat(learner.getBirthDateElement().getExtensionByUrl(EXT).getValue().primitiveValue())
        .isEqualTo("kept");

    DateType withExtension = date("2012-03-14");
    withExtension.addExtension(EXT, new StringType("new"));
    apply(operation("replace", part("path", "Learner.birthDate"), part("value", withExtension)));

    assertThat(learner.getBirthDateElement().getValueAsString()).isEqualTo("2012-03-14");
    assertThat(learner.getBirthDateElement().getExtension()).hasSize(1);
    assertThat(learner.getBirthDateElement().getExtensionByUrl(EXT).getValue().primitiveValue())
        .isEqualTo("new");
  }

  @Test
  void replaceOfAListElementSelectedByWhereKeepsItsPositionAndTakesAValueGivenAsParts() {
    apply(
        operation(
            "replace",
            part("path", "Learner.identifier.where(system='" + SOURCE + "')"),
            part(
                "value",
                parts(
                    part("system", new UriType(SOURCE)),
                    part("value", new StringType("p-8")),
                    part("use", new CodeType("secondary"))))));

    assertThat(learner.getIdentifier()).hasSize(3);
    Identifier replaced = learner.getIdentifier().get(2);
    assertThat(replaced.getSystem()).isEqualTo(SOURCE);
    assertThat(replaced.getValue()).isEqualTo("p-8");
    assertThat(replaced.getUse()).isEqualTo(Identifier.IdentifierUse.SECONDARY);
    assertThat(replaced.hasType()).isFalse();
    assertThat(learner.getIdentifier().get(0).getSystem()).isEqualTo(HETU);
  }

  @Test
  void replaceOfNothingIsAConflict() {
    learner.setCallingNameElement(null);

    assertRefused(
        () ->
            apply(
                operation(
                    "replace",
                    part("path", "Learner.callingName"),
                    part("value", new StringType("Maria")))),
        HubCodes.PATCH_CONFLICT,
        "operation 0 (replace)",
        "selects no element");
  }

  @Test
  void aValueOfTheWrongTypeDoesNotFitTheElement() {
    assertRefused(
        () ->
            apply(
                operation(
                    "replace",
                    part("path", "Learner.birthDate"),
                    part("value", new StringType("2012-03-13")))),
        HubCodes.PATCH_MODEL_MISMATCH,
        "birthDate",
        "date",
        "string");
  }

  // --- add --------------------------------------------------------------------------------------

  @Test
  void addAppendsAComplexValueGivenAsValueXToAList() {
    Identifier added = new Identifier().setSystem(SOURCE + "/other").setValue("q-1");

    apply(
        operation(
            "add", part("path", "Learner"), part("name", "identifier"), part("value", added)));

    assertThat(learner.getIdentifier()).hasSize(4);
    assertThat(learner.getIdentifier().get(3).getValue()).isEqualTo("q-1");
    assertThat(learner.getIdentifier().get(3)).isNotSameAs(added);
  }

  @Test
  void addBuildsAComplexValueFromNestedParts() {
    apply(
        operation(
            "add",
            part("path", "Learner"),
            part("name", "name"),
            part(
                "value",
                parts(
                    part("use", new CodeType("nickname")),
                    part("family", "Kutsuma"),
                    part("given", "Eka"),
                    part("given", "Toka"),
                    part(
                        "period",
                        parts(
                            part(
                                "start",
                                new org.hl7.fhir.r5.model.DateTimeType("2020-01-01"))))))));

    assertThat(learner.getName()).hasSize(2);
    assertThat(learner.getName().get(1).getFamily()).isEqualTo("Kutsuma");
    assertThat(given(learner, 1)).isEqualTo("Eka,Toka");
    assertThat(learner.getName().get(1).getPeriod().getStartElement().getValueAsString())
        .isEqualTo("2020-01-01");
  }

  @Test
  void addPutsAnExtensionOnAPrimitive() {
    apply(
        operation(
            "add",
            part("path", "Learner.birthDate"),
            part("name", "extension"),
            part("value", parts(part("url", new UriType(EXT)), part("valueString", "note")))));

    Extension e = learner.getBirthDateElement().getExtensionByUrl(EXT);
    assertThat(e.getValue().primitiveValue()).isEqualTo("note");
    assertThat(learner.getBirthDateElement().getValueAsString()).isEqualTo("2012-03-12");
  }

  @Test
  void anExtensionIsSelectedByItsUrlItsChoiceValueReplacedAndTheExtensionDeleted() {
    learner.getBirthDateElement().addExtension(EXT, new StringType("first"));
    String extension = "Learner.birthDate.extension('" + EXT + "')";

    apply(
        operation(
            "replace",
            part("path", extension + ".value"),
            part("value", new StringType("second"))));
    assertThat(learner.getBirthDateElement().getExtensionByUrl(EXT).getValue().primitiveValue())
        .isEqualTo("second");

    apply(
        operation(
            "replace",
            part("path", extension + ".value"),
            part("value", new Coding().setSystem(EXT).setCode("c"))));
    assertThat(learner.getBirthDateElement().getExtensionByUrl(EXT).getValue())
        .isInstanceOfSatisfying(Coding.class, c -> assertThat(c.getCode()).isEqualTo("c"));

    apply(operation("delete", part("path", extension)));
    assertThat(learner.getBirthDateElement().hasExtension()).isFalse();
    assertThat(learner.getBirthDateElement().getValueAsString()).isEqualTo("2012-03-12");
  }

  @Test
  void addToASingleElementThatHasAValueIsAConflictButToAnEmptyOneItSetsIt() {
    assertRefused(
        () ->
            apply(
                operation(
                    "add",
                    part("path", "Learner"),
                    part("name", "callingName"),
                    part("value", new StringType("Maria")))),
        HubCodes.PATCH_CONFLICT,
        "already has a value");

    learner.setCallingNameElement(null);
    apply(
        operation(
            "add",
            part("path", "Learner"),
            part("name", "callingName"),
            part("value", new StringType("Maria"))));

    assertThat(learner.getCallingName()).isEqualTo("Maria");
  }

  @Test
  void addOfAnElementTheTypeDoesNotHaveDoesNotFit() {
    assertRefused(
        () ->
            apply(
                operation(
                    "add",
                    part("path", "Learner"),
                    part("name", "nickname"),
                    part("value", new StringType("x")))),
        HubCodes.PATCH_MODEL_MISMATCH,
        "Learner has no element nickname");
  }

  // --- insert and move --------------------------------------------------------------------------

  @Test
  void insertPutsTheValueAtTheIndexAndAtTheSizeAppends() {
    apply(
        operation(
            "insert",
            part("path", "Learner.name[0].given"),
            part("value", new StringType("First")),
            part("index", 0)),
        operation(
            "insert",
            part("path", "Learner.name.where(use='official').given"),
            part("value", new StringType("Last")),
            part("index", 3)));

    assertThat(given(learner, 0)).isEqualTo("First,Aino,Maria,Last");
  }

  @Test
  void insertIntoAnEmptyListWorksBecauseThePathNamesTheListNotItsElements() {
    learner.getTelecom().clear();

    apply(
        operation(
            "insert",
            part("path", "Learner.telecom"),
            part("value", parts(part("system", new CodeType("email")), part("value", "x@y.fi"))),
            part("index", 0)));

    assertThat(learner.getTelecom()).hasSize(1);
    assertThat(learner.getTelecomFirstRep().getValue()).isEqualTo("x@y.fi");
  }

  @Test
  void insertBeyondTheEndOfTheListIsAConflict() {
    assertRefused(
        () ->
            apply(
                operation(
                    "insert",
                    part("path", "Learner.name[0].given"),
                    part("value", new StringType("Far")),
                    part("index", 3))),
        HubCodes.PATCH_CONFLICT,
        "part index is 3",
        "the list has 2 elements");
  }

  @Test
  void insertIntoASingleElementDoesNotFit() {
    assertRefused(
        () ->
            apply(
                operation(
                    "insert",
                    part("path", "Learner.callingName"),
                    part("value", new StringType("Maria")),
                    part("index", 0))),
        HubCodes.PATCH_MODEL_MISMATCH,
        "callingName has a single value");
  }

  @Test
  void moveTakesFromSourceAndPutsAtDestination() {
    learner.getNameFirstRep().addGiven("Kolmas");

    apply(
        operation(
            "move",
            part("path", "Learner.name[0].given"),
            part("source", 2),
            part("destination", 0)));

    assertThat(given(learner, 0)).isEqualTo("Kolmas,Aino,Maria");
  }

  @Test
  void moveWithASourceOrDestinationOutsideTheListIsAConflict() {
    assertRefused(
        () ->
            apply(
                operation(
                    "move",
                    part("path", "Learner.name[0].given"),
                    part("source", 2),
                    part("destination", 0))),
        HubCodes.PATCH_CONFLICT,
        "part source is 2");
    assertRefused(
        () ->
            apply(
                operation(
                    "move",
                    part("path", "Learner.name[0].given"),
                    part("source", 0),
                    part("destination", 2))),
        HubCodes.PATCH_CONFLICT,
        "part destination is 2",
        "at most 1");
  }

  @Test
  void theListOfAnInsertMustBeNamedByOneElement() {
    learner.addName().addGiven("Toinen");

    assertRefused(
        () ->
            apply(
                operation(
                    "insert",
                    part("path", "Learner.name.given"),
                    part("value", new StringType("X")),
                    part("index", 0))),
        HubCodes.PATCH_CONFLICT,
        "selects 2 elements");
    assertRefused(
        () ->
            apply(
                operation(
                    "insert",
                    part("path", "Learner.name.given.first()"),
                    part("value", new StringType("X")),
                    part("index", 0))),
        HubCodes.UNSUPPORTED_PATCH_PATH,
        "must end with the name of a list element");
  }

  // --- delete -----------------------------------------------------------------------------------

  @Test
  void deleteRemovesTheListElementAWhereSelects() {
    apply(operation("delete", part("path", "Learner.identifier.where(system='" + HETU + "')")));

    assertThat(learner.getIdentifier())
        .extracting(Identifier::getSystem)
        .containsExactly("urn:oid:1.2.246.562.24", SOURCE);
  }

  @Test
  void deleteRemovesASingleElementAndAnIndexedPrimitive() {
    apply(
        operation("delete", part("path", "Learner.callingName")),
        operation("delete", part("path", "Learner.name[0].given[0]")));

    assertThat(learner.hasCallingName()).isFalse();
    assertThat(given(learner, 0)).isEqualTo("Maria");
  }

  @Test
  void deleteOfNothingChangesNothing() {
    String before = FHIR.newJsonParser().encodeResourceToString(learner);

    apply(
        operation("delete", part("path", "Learner.identifier.where(system='urn:no-such')")),
        operation("delete", part("path", "Learner.address.period")));

    assertThat(FHIR.newJsonParser().encodeResourceToString(learner)).isEqualTo(before);
  }

  @Test
  void deleteOfSeveralElementsIsAConflict() {
    assertRefused(
        () -> apply(operation("delete", part("path", "Learner.identifier"))),
        HubCodes.PATCH_CONFLICT,
        "selects 3 elements, where it must select exactly one");
  }

  @Test
  void operationsApplyInOrderSoALaterOneSeesAnEarlierOnesResult() {
    learner.setCallingNameElement(null);

    apply(
        operation(
            "add",
            part("path", "Learner"),
            part("name", "callingName"),
            part("value", new StringType("Eka"))),
        operation(
            "replace", part("path", "Learner.callingName"), part("value", new StringType("Toka"))),
        operation("delete", part("path", "%resource.telecom")));

    assertThat(learner.getCallingName()).isEqualTo("Toka");
    assertThat(learner.getTelecom()).isEmpty();
  }

  // --- paths ------------------------------------------------------------------------------------

  @Test
  void aPathThatDoesNotParseIsABadRequestNamingTheExpression() {
    assertRefused(
        () -> apply(operation("delete", part("path", "Learner.identifier.where(system=)"))),
        HubCodes.UNSUPPORTED_PATCH_PATH,
        "Learner.identifier.where(system=)",
        "not a FHIRPath expression");
  }

  @Test
  void functionsOutsideTheSubsetAndComputedValuesAreRefused() {
    assertRefused(
        () -> apply(operation("delete", part("path", "Learner.identifier.assigner.resolve()"))),
        HubCodes.UNSUPPORTED_PATCH_PATH,
        "resolve() is not supported");
    assertRefused(
        () -> apply(operation("delete", part("path", "%terminologies.code"))),
        HubCodes.UNSUPPORTED_PATCH_PATH,
        "variable %terminologies");
    assertRefused(
        () ->
            apply(
                operation(
                    "replace",
                    part("path", "Learner.callingName.lower()"),
                    part("value", new StringType("x")))),
        HubCodes.UNSUPPORTED_PATCH_PATH,
        "not an element of the resource");
  }

  // --- the document -----------------------------------------------------------------------------

  @Test
  void malformedDocumentsAreRefusedBeforeAnythingApplies() {
    assertRefused(
        () -> apply(operation("upsert", part("path", "Learner"))),
        HubCodes.INVALID_FHIRPATH_PATCH,
        "operation 0: part 'type' must be add, insert, delete, replace or move, not 'upsert'");
    assertRefused(
        () -> apply(operation("replace", part("path", "Learner.callingName"))),
        HubCodes.INVALID_FHIRPATH_PATCH,
        "the replace operation has no part 'value'");
    assertRefused(
        () ->
            apply(
                operation("delete", part("path", "Learner.callingName")),
                operation(
                    "insert",
                    part("path", "Learner.telecom"),
                    part("value", new StringType("x")),
                    part("index", -1))),
        HubCodes.INVALID_FHIRPATH_PATCH,
        "operation 1: part 'index' must have an integer value of at least 0");
    assertRefused(
        () -> apply(operation("delete", part("path", "Learner.callingName"), part("index", 0))),
        HubCodes.INVALID_FHIRPATH_PATCH,
        "part 'index' does not belong to a delete operation");
    assertRefused(
        () ->
            apply(
                operation(
                    "replace",
                    part("path", "Learner.callingName"),
                    part("value", new StringType("x")).addPart(part("family", "y")))),
        HubCodes.INVALID_FHIRPATH_PATCH,
        "exactly one of a value (value[x]) or parts");
    assertThat(learner.hasCallingName()).isTrue();
  }

  @Test
  void aParameterThatIsNotAnOperationOrAnOperationWithoutATypeIsRefused() {
    Parameters notAnOperation = new Parameters();
    notAnOperation.addParameter().setName("op").setValue(new StringType("delete"));
    Parameters withoutType = new Parameters();
    withoutType.addParameter().setName("operation").addPart(part("path", "Learner.callingName"));

    assertRefused(
        () -> FhirPathPatch.parse(notAnOperation),
        HubCodes.INVALID_FHIRPATH_PATCH,
        "the parameter's name must be 'operation', not 'op'");
    assertRefused(
        () -> FhirPathPatch.parse(withoutType),
        HubCodes.INVALID_FHIRPATH_PATCH,
        "operation 0: the operation has no part 'type'");
  }

  private static DateType date(String value) {
    return new DateType(value);
  }
}
