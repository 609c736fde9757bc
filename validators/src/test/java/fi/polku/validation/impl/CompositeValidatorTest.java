package fi.polku.validation.impl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.validation.PolkuValidators;
import fi.polku.validation.api.ResourceValidator;
import fi.polku.validation.api.ResourceValidator.ValidationOptions;
import fi.polku.validation.api.ValidationIssue;
import fi.polku.validation.api.ValidationReport;
import fi.polku.validation.spi.InMemoryReferenceResolver;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Structure and business rules together, as the hub and the loaders use them. */
class CompositeValidatorTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ResourceValidator validator = PolkuValidators.full();

  @Test
  void reportsABusinessRuleViolationOfAStructurallyValidRecord() throws IOException {
    ObjectNode placement = record("early-childhood-placement");
    ((ObjectNode) placement.get("period")).put("start", "1999-01-01");

    ValidationReport report = validator.validate(bytes(placement), withContext());

    assertThat(report.issues()).extracting(i -> i.code().code()).containsExactly("POLKU-VAL-0509");
  }

  @Test
  void skipsBusinessRulesWhenTheStructureIsInvalid() throws IOException {
    ObjectNode placement = record("early-childhood-placement");
    ((ObjectNode) placement.get("period")).put("start", "1999-01-01");
    placement.put("notAnElement", true);

    ValidationReport report = validator.validate(bytes(placement), withContext());

    assertThat(report.isValid()).isFalse();
    assertThat(report.issues())
        .extracting(ValidationIssue::code)
        .noneMatch(c -> c.category().equals("rule"));
  }

  @Test
  void runsOnlyStructureWhenRulesAreNotAsked() throws IOException {
    ObjectNode placement = record("early-childhood-placement");
    ((ObjectNode) placement.get("period")).put("start", "1999-01-01");

    ValidationOptions structural = new ValidationOptions(AS_OF, resolver(), false);

    assertThat(validator.validate(bytes(placement), structural).issues()).isEmpty();
  }

  @Test
  void acceptsAConformingRecordWithItsContext() throws IOException {
    ValidationReport report =
        validator.validate(bytes(record("early-childhood-placement")), withContext());

    assertThat(report.errors()).isEmpty();
  }

  @Test
  void batchOfMixedRecordsGivesTheReportsOfValidatingEachAlone() throws IOException {
    ObjectNode ruleBroken = record("early-childhood-placement");
    ((ObjectNode) ruleBroken.get("period")).put("start", "1999-01-01");
    ObjectNode structureBroken = record("early-childhood-placement");
    structureBroken.put("notAnElement", true);
    List<byte[]> batch =
        List.of(
            bytes(record("early-childhood-placement")),
            bytes(ruleBroken),
            bytes(structureBroken),
            "not json".getBytes(StandardCharsets.UTF_8),
            bytes(record("early-childhood-placement")));
    ValidationOptions options = withContext();

    List<ValidationReport> together = validator.validateAll(batch, options);

    assertThat(together).hasSize(batch.size());
    for (int i = 0; i < batch.size(); i++) {
      assertThat(together.get(i).issues())
          .as("entry %d", i)
          .isEqualTo(validator.validate(batch.get(i), options).issues());
    }
    assertThat(together.get(1).issues())
        .extracting(i -> i.code().code())
        .containsExactly("POLKU-VAL-0509");
    assertThat(together.get(2).isValid()).isFalse();
    assertThat(together.get(3).isValid()).isFalse();
  }

  private static ValidationOptions withContext() throws IOException {
    return new ValidationOptions(AS_OF, resolver(), true);
  }

  private static InMemoryReferenceResolver resolver() throws IOException {
    InMemoryReferenceResolver resolver =
        new InMemoryReferenceResolver(PolkuValidators.fhirContext());
    resolver.add(
        PolkuValidators.fhirContext()
            .newJsonParser()
            .parseResource(JSON.writeValueAsString(record("early-childhood-decision"))));
    return resolver;
  }

  private static ObjectNode record(String name) throws IOException {
    try (InputStream in =
        CompositeValidatorTest.class.getResourceAsStream("/rules/records/" + name + ".json")) {
      return (ObjectNode) JSON.readTree(in);
    }
  }

  private static byte[] bytes(ObjectNode record) throws IOException {
    return JSON.writeValueAsString(record).getBytes(StandardCharsets.UTF_8);
  }
}
