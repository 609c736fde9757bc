package fi.polku.model;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Validates every example under {@code examples/} with the HL7 FHIR validator: valid examples must
 * have no errors, each invalid one must fail with the error its sidecar documents. The structure
 * checks keep the example set from silently shrinking or drifting from its conventions.
 */
@ExtendWith(ModelTestExtension.class)
class ExamplesValidationTest {

  private static final int MIN_VALID = 2;
  private static final int MIN_INVALID = 3;

  static Stream<Example> validExamples() {
    return Example.valid();
  }

  static Stream<Example> invalidExamples() {
    return Example.invalid();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validExamples")
  void validExampleHasNoErrors(Example example, ModelValidator validator) {
    ValidationResult result = validator.validate(example.json(), example.profile());

    assertThat(ModelValidator.errors(result))
        .as("%s should be valid, but the validator says:%n%s", example, describe(result))
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidExamples")
  void invalidExampleFailsWithDocumentedError(Example example, ModelValidator validator) {
    ExpectedFault expected = example.expectedFault();
    ValidationResult result = validator.validate(example.json(), example.profile());

    assertThat(ModelValidator.errors(result))
        .as(
            "%s should fail with %s, but the validator says:%n%s",
            example, expected, describe(result))
        .anyMatch(expected::matches);
  }

  @Test
  void everyTypeHasEnoughValidAndInvalidExamples() {
    Map<String, Map<Boolean, Long>> counts =
        Example.all().stream()
            .collect(
                Collectors.groupingBy(
                    Example::type,
                    Collectors.partitioningBy(Example::isValid, Collectors.counting())));

    assertThat(counts.keySet()).containsExactlyInAnyOrderElementsOf(Example.TYPES);
    assertThat(Example.TYPES)
        .allSatisfy(
            type -> {
              assertThat(counts.get(type).get(true))
                  .as("valid %s examples", type)
                  .isGreaterThanOrEqualTo(MIN_VALID);
              assertThat(counts.get(type).get(false))
                  .as("invalid %s examples", type)
                  .isGreaterThanOrEqualTo(MIN_INVALID);
            });
  }

  @Test
  void everyExampleNameSaysWhetherItIsValid() {
    assertThat(Example.all())
        .allSatisfy(e -> assertThat(e.name()).matches("(valid|invalid)-[a-z0-9]+(-[a-z0-9]+)*"));
  }

  @Test
  void everyInvalidExampleAndOnlyThoseDocumentTheirFault() {
    assertThat(Example.all())
        .allSatisfy(
            e ->
                assertThat(Files.exists(e.sidecar()))
                    .as("sidecar of %s", e)
                    .isEqualTo(!e.isValid()));
    Set<Path> expectedSidecars =
        Example.invalid().map(Example::sidecar).collect(Collectors.toSet());
    assertThat(Example.sidecars())
        .as("sidecars without an instance")
        .allMatch(expectedSidecars::contains);
    assertThat(Example.invalid().map(Example::expectedFault))
        .allSatisfy(
            f -> {
              assertThat(f.kind()).isNotNull();
              assertThat(f.explanation()).isNotBlank().doesNotContain("\n");
              assertThat(f.message() != null || f.location() != null)
                  .as("%s names a message or a location", f)
                  .isTrue();
            });
  }

  @Test
  void invalidExamplesCoverEveryKindOfFault() {
    Set<FaultKind> used =
        Example.invalid()
            .map(e -> e.expectedFault().kind())
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(FaultKind.class)));

    assertThat(used).containsExactlyInAnyOrder(FaultKind.values());
  }

  @Test
  void everyExampleIsOfItsFoldersTypeWithAUniqueId() {
    ObjectMapper json = new ObjectMapper();
    Map<Example, JsonNode> parsed =
        Example.all().stream()
            .collect(Collectors.toMap(Function.identity(), e -> read(json, e.file())));

    assertThat(parsed)
        .allSatisfy(
            (example, node) -> {
              assertThat(node.path("resourceType").asText())
                  .as("resourceType of %s", example)
                  .isEqualTo(example.resourceType());
              assertThat(node.path("id").asText()).as("id of %s", example).isNotBlank();
              if (example.profile() != null) {
                assertThat(node.path("meta").path("profile").toString())
                    .as("meta.profile of %s", example)
                    .contains(example.profile());
              }
            });
    List<String> validIds =
        parsed.entrySet().stream()
            .filter(e -> e.getKey().isValid())
            .map(
                e ->
                    e.getValue().path("resourceType").asText()
                        + "/"
                        + e.getValue().path("id").asText())
            .toList();
    assertThat(validIds)
        .as("ids of valid examples, which refer to each other")
        .doesNotHaveDuplicates();
  }

  /**
   * Negative control: the validator really reports errors, so "no errors" above means something.
   */
  @Test
  void validatorRejectsAnInstanceThatBreaksTheModel(ModelValidator validator) {
    String broken =
        """
        { "resourceType": "Learner", "birthDate": "not a date", "nickname": "Aino" }
        """;

    ValidationResult result = validator.validate(broken, null);

    assertThat(ModelValidator.errors(result))
        .extracting(SingleValidationMessage::getLocationString)
        .contains("Learner.birthDate", "Learner");
    assertThat(ModelValidator.errors(result))
        .extracting(SingleValidationMessage::getMessage)
        .anyMatch(m -> m.contains("nickname"));
  }

  /** Negative control: a type the model does not define is not silently accepted. */
  @Test
  void validatorRejectsAnUnknownResourceType(ModelValidator validator) {
    ValidationResult result = validator.validate("{ \"resourceType\": \"Pupil\" }", null);

    assertThat(ModelValidator.errors(result)).isNotEmpty();
  }

  private static String describe(ValidationResult result) {
    return ModelValidator.describe(result);
  }

  private static JsonNode read(ObjectMapper json, Path file) {
    try {
      return json.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
