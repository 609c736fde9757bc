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
  }
}
