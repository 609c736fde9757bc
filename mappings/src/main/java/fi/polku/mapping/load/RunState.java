package fi.polku.mapping.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.mapping.hub.HubPort;
import fi.polku.mapping.transform.CompiledMapping;
import fi.polku.validation.api.ResourceValidator;
import java.time.Instant;

/** Everything one run shares between its entities: the hub, the report, the dead letters. */
final class RunState {

  static final ObjectMapper JSON = new ObjectMapper();

  final String runId;
  final String provenance;
  final CompiledMapping mapping;
  final HubPort hub;
  final ResourceValidator validator;
  final LoadSettings settings;
  final ReportBuilder report = new ReportBuilder();
  final DeadLetterWriter deadLetters;
  final RejectedRecords rejected = new RejectedRecords();
  final OrganisationDirectory organisations;
  final ProgressListener progress;
  final Instant started = Instant.now();

  /** Resources left out of a transaction as unchanged and counted so (type/id hashes). */
  private final LongLongMap countedUnchanged;

  RunState(
      String runId,
      CompiledMapping mapping,
      HubPort hub,
      ResourceValidator validator,
      LoadSettings settings,
      DeadLetterWriter deadLetters,
      ProgressListener progress) {
    this.runId = runId;
    this.provenance = ProvenanceRecorder.reference(runId);
    this.mapping = mapping;
    this.hub = hub;
    this.validator = validator;
    this.settings = settings;
    this.deadLetters = deadLetters;
    this.organisations = new OrganisationDirectory(hub);
    this.progress = progress;
    this.countedUnchanged = new LongLongMap(keysFolder(), LongLongMap.HEAP_SLOTS);
  }

  /** Where the run's large key tables are memory-mapped ({@link LongLongMap}). */
  java.nio.file.Path keysFolder() {
    return settings.runFolder(runId).resolve("keys");
  }

  /**
   * Whether the stored resource {@code type/id}, found unchanged, is counted now for the first time
   * in this run (a guardian of pupils in several batches is found once per batch).
   */
  synchronized boolean firstSeenUnchanged(String type, String id) {
    return LongLongMap.absent(countedUnchanged.putIfAbsent(LongLongMap.hash(type + "/" + id), 1));
  }
}
