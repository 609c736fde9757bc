package fi.polku.validation.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.exceptions.FHIRException;
import org.hl7.fhir.r5.context.SimpleWorkerContext;
import org.hl7.fhir.r5.fhirpath.ExpressionNode;
import org.hl7.fhir.r5.fhirpath.FHIRPathEngine;
import org.hl7.fhir.r5.model.Attachment;
import org.hl7.fhir.r5.model.Base;
import org.hl7.fhir.r5.model.Coding;
import org.hl7.fhir.r5.model.DateTimeType;
import org.hl7.fhir.r5.model.Identifier;
import org.hl7.fhir.r5.model.Period;
import org.hl7.fhir.r5.model.Reference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The natively checked core invariants agree with the FHIR core FHIRPath engine evaluating the
 * invariants' own expressions, including the boundary semantics of per-1.
 */
class NativeInvariantsTest {

  private static FHIRPathEngine engine;

  @BeforeAll
  static void engine() throws IOException, FHIRException {
    engine = new FHIRPathEngine(new SimpleWorkerContext.SimpleWorkerContextBuilder().fromNothing());
  }

  private static boolean fhirPath(String expression, Base value) {
    ExpressionNode node = engine.parse(expression);
    return engine.evaluateToBoolean(null, value, value, value, node);
  }

  @Test
  void periodStartNotAfterEndAgreesWithFhirPathOnMixedPrecisionsAndZones() {
    String expression =
        "start.hasValue().not() or end.hasValue().not() or (start.lowBoundary() <= end.highBoundary())";
    String[] values = {
      "2020",
      "2021",
      "2020-07",
      "2020-08",
      "2020-07-31",
      "2020-08-01",
      "2020-08-02",
      "2020-08-01T10:00:00+02:00",
      "2020-08-01T08:59:59Z",
      "2020-08-01T00:00:00+14:00",
      "2020-07-31T23:59:59-12:00",
      "2020-08-01T10:00:00.5+02:00",
      "2020-08-01T10:00:00.123456+02:00",
      "2020-07-31T10:00:00Z",
      "2020-07-31T09:59:59.999Z",
      "2020-08-01T11:59:59.999Z",
      "2020-08-01T12:00:00Z",
      "2020-07-31T22:00:00-05:00"
    };
    List<String> disagreements = new ArrayList<>();
    for (String start : values) {
      for (String end : values) {
        Period p = new Period();
        p.setStartElement(new DateTimeType(start));
        p.setEndElement(new DateTimeType(end));
        boolean expected = fhirPath(expression, p);
        boolean actual =
            NativeInvariants.of("Period", "per-1")
                .holds(JsonTrees.parse("{\"start\": \"" + start + "\", \"end\": \"" + end + "\"}"));
        if (expected != actual) {
          disagreements.add(start + " .. " + end + ": FHIRPath " + expected);
        }
      }
    }
    assertThat(disagreements).isEmpty();
  }

  @Test
  void simpleDatatypeInvariantsAgreeWithFhirPath() {
    assertAgree(
        "Coding",
        "cod-1",
        "code.exists().not() implies display.exists().not()",
        new Coding().setDisplay("x"),
        "{\"display\": \"x\"}");
    assertAgree(
        "Coding",
        "cod-1",
        "code.exists().not() implies display.exists().not()",
        new Coding().setCode("a").setDisplay("x"),
        "{\"code\": \"a\", \"display\": \"x\"}");
    assertAgree(
        "Reference",
        "ref-2",
        "reference.exists() or identifier.exists() or display.exists() or extension.exists()",
        new Reference(),
        "{\"type\": \"Learner\"}");
    assertAgree(
        "Reference",
        "ref-2",
        "reference.exists() or identifier.exists() or display.exists() or extension.exists()",
        new Reference().setDisplay("Aino"),
        "{\"display\": \"Aino\"}");
    assertAgree(
        "Identifier",
        "ident-1",
        "value.exists()",
        new Identifier().setSystem("urn:x"),
        "{\"system\": \"urn:x\"}");
    assertAgree(
        "Attachment",
        "att-1",
        "data.empty() or contentType.exists()",
        new Attachment().setData(new byte[] {1}),
        "{\"data\": \"AQ==\"}");
  }

  private static void assertAgree(
      String type, String key, String expression, Base hapi, String json) {
    assertThat(NativeInvariants.of(type, key).holds(JsonTrees.parse(json)))
        .as(type + " " + key + " on " + json)
        .isEqualTo(fhirPath(expression, hapi));
  }
}
