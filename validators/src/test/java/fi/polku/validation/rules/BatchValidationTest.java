package fi.polku.validation.rules;

import static fi.polku.validation.rules.Fixtures.engine;
import static fi.polku.validation.rules.Fixtures.options;
import static fi.polku.validation.rules.Fixtures.record;
import static fi.polku.validation.rules.Fixtures.set;
import static fi.polku.validation.rules.Fixtures.status;
import static fi.polku.validation.rules.Fixtures.world;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.validation.api.ValidationReport;
import fi.polku.validation.spi.InMemoryReferenceResolver;
import fi.polku.validation.spi.ReferenceResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.junit.jupiter.api.Test;

/** Business rules over a batch of records validated against the same context. */
class BatchValidationTest {

  @Test
  void batchOfValidAndViolatingRecordsGivesEachRecordItsOwnReport() {
    List<ObjectNode> batch = new ArrayList<>();
    for (String name : Fixtures.WORLD) {
      batch.add(record(name));
    }
    batch.add(set(record("absence"), "lesson.date", "1999-02-01"));
    ObjectNode outOfOrder = record("study-right-basic");
    ArrayNode history = (ArrayNode) outOfOrder.get("statusHistory");
    history.add(status("lasna", "2001-01-01"));
    batch.add(outOfOrder);
    batch.add(set(record("support-decision"), "period.start", "1990-01-01"));
    batch.add(record("absence"));
    ReferenceResolver resolver = world();

    List<ValidationReport> together = engine().validateAll(batch, options(resolver));

    List<ValidationReport> alone = new ArrayList<>();
    for (ObjectNode r : batch) {
      alone.add(engine().validate(r, options(resolver)));
    }
    assertThat(together).hasSize(batch.size());
    for (int i = 0; i < batch.size(); i++) {
      assertThat(together.get(i).issues()).as("record %d", i).isEqualTo(alone.get(i).issues());
    }
    assertThat(together)
        .flatExtracting(ValidationReport::issues)
        .extracting(issue -> issue.code().code())
        .contains("POLKU-VAL-0514", "POLKU-VAL-0503", "POLKU-VAL-0513");
  }

  @Test
  void recordSeveralRecordsReferToIsFetchedOncePerBatch() {
    CountingResolver resolver = new CountingResolver(world());
    ObjectNode first = record("absence");
    ObjectNode second = set(record("absence"), "id", "abs-2");

    engine().validateAll(List.of(first, second), options(resolver));

    assertThat(resolver.resolved).containsEntry("StudyRight/sr-basic", 1);
  }

  @Test
  void batchDoesNotChangeTheRecordsItValidates() {
    ObjectNode absence = record("absence");
    ObjectNode before = absence.deepCopy();

    engine().validateAll(List.of(absence), options(world()));

    assertThat(absence).isEqualTo(before);
  }

  @Test
  void contextRecordTheResolverHoldsAsJsonIsReadFromThatJson() {
    ReferenceResolver stored = world();
    IBaseResource studyRight = stored.resolve("StudyRight/sr-basic").orElseThrow();
    // The resolver's JSON of the study right starts it later than its HAPI object does: the
    // absence then falls outside it, which only reading the JSON can tell.
    String json = set(record("study-right-basic"), "period.start", "2024-08-01").toString();
    ReferenceResolver withJson =
        new ReferenceResolver() {
          @Override
          public Optional<IBaseResource> resolve(String reference) {
            return stored.resolve(reference);
          }

          @Override
          public List<IBaseResource> referencing(String type, String path, String reference) {
            return stored.referencing(type, path, reference);
          }

          @Override
          public Optional<String> json(IBaseResource record) {
            return record == studyRight ? Optional.of(json) : Optional.empty();
          }
        };

    List<ValidationReport> reports =
        engine().validateAll(List.of(record("absence")), options(withJson));

    assertThat(reports.get(0).issues())
        .extracting(issue -> issue.code().code())
        .containsExactly("POLKU-VAL-0514");
  }

  @Test
  void contextRecordWithALinkedReferenceGivesEachRecordOfTheBatchItsReportAlone() {
    // The group's school is a conditional reference that resolves to another school than the
    // learner's study right is at: only the linked reference makes rule 0512 see that school.
    InMemoryReferenceResolver stored = world();
    ObjectNode group = record("teaching-group");
    set(group, "school.reference", "Organization?identifier=https://polku.fi/fhir/sid|2");
    stored.add(Fixtures.resource(group));
    ReferenceResolver conditional =
        new ReferenceResolver() {
          @Override
          public Optional<IBaseResource> resolve(String reference) {
            return stored.resolve(
                reference.startsWith("Organization?") ? "Organization/school-2" : reference);
          }

          @Override
          public List<IBaseResource> referencing(String type, String path, String reference) {
            return stored.referencing(type, path, reference);
          }
        };
    List<ObjectNode> batch =
        List.of(
            record("group-membership"),
            record("absence"),
            set(record("group-membership"), "id", "gm-2"),
            record("support-decision"));

    List<ValidationReport> together = engine().validateAll(batch, options(conditional));

    for (int i = 0; i < batch.size(); i++) {
      assertThat(together.get(i).issues())
          .as("record %d", i)
          .isEqualTo(engine().validate(batch.get(i), options(conditional)).issues());
    }
    assertThat(together.get(0).issues())
        .extracting(issue -> issue.code().code())
        .containsExactly("POLKU-VAL-0512");
    assertThat(together.get(2).issues()).isEqualTo(together.get(0).issues());
  }

  @Test
  void batchWithoutBusinessRulesIsAllValid() {
    ObjectNode wrong = set(record("absence"), "lesson.date", "1999-02-01");

    List<ValidationReport> reports =
        engine()
            .validateAll(
                List.of(wrong, record("absence")),
                new fi.polku.validation.api.ResourceValidator.ValidationOptions(
                    Fixtures.AS_OF, world(), false));

    assertThat(reports).hasSize(2).allMatch(r -> r.issues().isEmpty());
  }

  @Test
  void whatTheRulesOfABatchWillAskIsAnnouncedBeforeAnyRecordIsValidated() {
    BusinessRuleEngineTest.Recording recording = new BusinessRuleEngineTest.Recording(world());

    engine()
        .validateAll(
            List.of(record("absence"), record("study-right-basic"), record("group-membership")),
            options(recording));

    List<String> events = recording.calls;
    assertThat(events.subList(0, 2))
        .containsExactly(
            "prefetch [Learner/learner-1, StudyRight/sr-basic, TeachingGroup/group-1a]",
            "prefetch StudyRight StudyRight.learner [Learner/learner-1]");
    assertThat(events.subList(2, events.size())).noneMatch(e -> e.startsWith("prefetch"));
  }

  /** Counts how often each reference is resolved. */
  private static final class CountingResolver implements ReferenceResolver {
    private final ReferenceResolver delegate;
    final Map<String, Integer> resolved = new ConcurrentHashMap<>();
    final AtomicInteger referencing = new AtomicInteger();

    CountingResolver(ReferenceResolver delegate) {
      this.delegate = delegate;
    }

    @Override
    public Optional<IBaseResource> resolve(String reference) {
      resolved.merge(reference, 1, Integer::sum);
      return delegate.resolve(reference);
    }

    @Override
    public List<IBaseResource> referencing(String type, String path, String reference) {
      referencing.incrementAndGet();
      return delegate.referencing(type, path, reference);
    }
  }
}
