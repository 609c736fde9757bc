package fi.polku.hub.ingest;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.hub.index.DeferredIndexing;
import fi.polku.hub.problem.HubException;
import fi.polku.hub.problem.Problems;
import fi.polku.hub.store.ResourceReader;
import fi.polku.hub.store.SearchCriteria;
import fi.polku.hub.store.StoredContent;
import fi.polku.hub.write.WriteEngine;
import fi.polku.hub.write.WriteOutcome;
import fi.polku.hub.write.WriteRequest;
import fi.polku.hub.write.WriteService;
import fi.polku.mapping.export.ExportSource;
import fi.polku.mapping.hub.EntryOutcome;
import fi.polku.mapping.hub.EntryStatus;
import fi.polku.mapping.hub.HubIssue;
import fi.polku.mapping.hub.HubPort;
import fi.polku.mapping.hub.Identifier;
import fi.polku.mapping.hub.StoredResource;
import fi.polku.mapping.hub.TransactionBundles;
import fi.polku.mapping.hub.TransactionResult;
import fi.polku.mapping.hub.UploadOutcome;
import fi.polku.mapping.hub.WriteEntry;
import fi.polku.validation.api.ValidationIssue;
import fi.polku.validation.api.ValidationReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * The loader's port into this hub, without HTTP: each transaction's entries become the same write
 * requests a transaction Bundle posted to {@code /fhir} becomes, executed by the hub's {@link
 * WriteEngine} as one all-or-nothing unit, with the same validation (structure and business rules)
 * and the same conditional-reference resolution. Refusals come back as the OperationOutcome the
 * REST API would answer, read by the same code the remote port uses.
 */
public final class InProcessHubPort implements HubPort, ExportSource {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int EXPORT_PAGE = 500;

  private final FhirContext fhir;
  private final WriteEngine engine;
  private final WriteService writer;
  private final ResourceReader reader;
  private final ConceptMapCatalogue conceptMaps;
  private final DeferredIndexing indexing;

  /**
   * A port over the hub's write engine and reader.
   *
   * @param indexing how load transactions' index changes become searchable: deferred to the next
   *     search or the end of the run ({@link #awaitVisible}), or null when the index follows the
   *     database on its own (outbox polling)
   */
  public InProcessHubPort(
      FhirContext fhir,
      WriteEngine engine,
      WriteService writer,
      ResourceReader reader,
      ConceptMapCatalogue conceptMaps,
      DeferredIndexing indexing) {
    this.fhir = fhir;
    this.engine = engine;
    this.writer = writer;
    this.reader = reader;
    this.conceptMaps = conceptMaps;
    this.indexing = indexing;
  }

  /**
   * Parses the entry's resource with HAPI's parser, as {@link #transaction} would (the loader calls
   * this on its worker threads, so the one thread that writes does not spend its time parsing).
   * Null when HAPI refuses it: the transaction parses it again and reports why.
   */
  @Override
  public Object prepare(String type, byte[] json) {
    try {
      return parse(fhir.newJsonParser(), json);
    } catch (DataFormatException unparseable) {
      return null;
    }
  }

  @Override
  public TransactionResult transaction(List<WriteEntry> entries) {
    IParser parser = fhir.newJsonParser();
    List<WriteRequest> requests = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      WriteEntry e = entries.get(i);
      IBaseResource resource;
      if (e.prepared() instanceof IBaseResource ready) {
        resource = ready;
      } else {
        try {
          resource = parse(parser, e.json());
        } catch (DataFormatException unparseable) {
          return unparseable(i, e, unparseable);
        }
      }
      String condition = e.condition() == null ? null : e.type() + "?" + e.condition();
      if (condition == null && resource.getIdElement().getIdPart() == null) {
        resource.setId(e.id());
      }
      requests.add(
          new WriteRequest(
              WriteRequest.Op.UPDATE,
              e.type(),
              condition == null ? e.id() : null,
              condition,
              null,
              resource,
              null,
              false));
    }
    try {
      List<WriteOutcome> outcomes = engine.execute(requests, true, indexing);
      List<EntryOutcome> out = new ArrayList<>(outcomes.size());
      for (WriteOutcome o : outcomes) {
        out.add(
            new EntryOutcome(
                status(o.status()), o.id(), Integer.toString(o.version()), findings(o)));
      }
      return TransactionResult.committed(out);
    } catch (HubException refused) {
      if (refused.code().status() >= 500) {
        throw new fi.polku.mapping.hub.HubUnavailableException(
            "The hub failed: " + refused.getMessage(), refused);
      }
      return TransactionBundles.rejected(outcome(refused), refused.getMessage());
    }
  }

  /** Waits until what this port wrote is searchable (a no-op unless indexing is deferred). */
  @Override
  public void awaitVisible() {
    if (indexing != null) {
      indexing.awaitVisible();
    }
  }

  private static IBaseResource parse(IParser parser, byte[] json) {
    return parser.parseResource(new String(json, StandardCharsets.UTF_8));
  }

  /**
   * An entry HAPI's strict parser refuses: the validators say precisely why (unknown element,
   * malformed value), as the REST API does for a single write.
   */
  private TransactionResult unparseable(int index, WriteEntry e, DataFormatException cause) {
    try {
      writer.validateAsSent(e.json());
    } catch (HubException refused) {
      TransactionResult r = TransactionBundles.rejected(outcome(refused), refused.getMessage());
      return TransactionResult.rejected(index, r.issues());
    }
    TransactionResult r = TransactionBundles.rejected(null, cause.getMessage());
    return TransactionResult.rejected(index, r.issues());
  }

  private JsonNode outcome(HubException e) {
    String json =
        fhir.newJsonParser().encodeResourceToString(Problems.toOperationOutcome(e, "en", null));
    try {
      return JSON.readTree(json);
    } catch (IOException notJson) {
      throw new UncheckedIOException("HAPI encoded an OperationOutcome that is not JSON", notJson);
    }
  }

  private static EntryStatus status(WriteOutcome.Status s) {
    return switch (s) {
      case CREATED -> EntryStatus.CREATED;
      case UPDATED, DELETED -> EntryStatus.UPDATED;
      case UNCHANGED, EXISTING, NOTHING_DELETED -> EntryStatus.UNCHANGED;
    };
  }

  private static List<HubIssue> findings(WriteOutcome o) {
    ValidationReport report = o.findings();
    if (report == null || report.issues().isEmpty()) {
      return List.of();
    }
    List<HubIssue> out = new ArrayList<>();
    for (ValidationIssue i : report.issues()) {
      out.add(
          new HubIssue(
              i.code().code(),
              i.severity().name().toLowerCase(Locale.ROOT),
              i.location(),
              i.message()));
    }
    return out;
  }

  @Override
  public List<StoredResource> find(String type, Collection<Identifier> identifiers) {
    List<StoredContent.IdentifierKey> keys = new ArrayList<>(identifiers.size());
    for (Identifier id : identifiers) {
      keys.add(new StoredContent.IdentifierKey(id.system(), id.value()));
    }
    List<StoredResource> out = new ArrayList<>();
    for (IBaseResource r : reader.byIdentifiers(type, keys)) {
      out.add(new StoredResource(type, r.getIdElement().getIdPart(), json(r)));
    }
    return out;
  }

  /** Up to {@code count} ids of stored {@code type} resources (for example requests). */
  public List<String> ids(String type, int count) {
    List<String> out = new ArrayList<>();
    for (IBaseResource r : reader.search(type, SearchCriteria.none(), null, count).resources()) {
      out.add(r.getIdElement().getIdPart());
    }
    return out;
  }

  /**
   * Pages through every stored {@code type} resource in storage order (for exports), each page
   * starting after the previous page's last row rather than at an offset.
   */
  @Override
  public void forEach(String type, Consumer<StoredResource> each) {
    Long after = null;
    while (true) {
      ResourceReader.Page page = reader.search(type, SearchCriteria.none(), after, EXPORT_PAGE);
      for (IBaseResource r : page.resources()) {
        each.accept(new StoredResource(type, r.getIdElement().getIdPart(), json(r)));
      }
      if (page.resources().size() < EXPORT_PAGE) {
        return;
      }
      after = page.lastPid();
    }
  }

  @Override
  public void close() {
    // The hub's beans belong to its application context, which closes them.
  }

  @Override
  public StoredResource read(String type, String id) {
    try {
      return new StoredResource(type, id, json(reader.read(type, id)));
    } catch (HubException e) {
      if (e.code().status() == 404 || e.code().status() == 410) {
        return null;
      }
      throw e;
    }
  }

  @Override
  public UploadOutcome upload(String type, String id, byte[] json) {
    if (!"ConceptMap".equals(type)) {
      return UploadOutcome.unsupported(type + "/" + id + " is not a resource the loader uploads");
    }
    return conceptMaps.register(id, json)
        ? UploadOutcome.ok("ConceptMap/" + id + " served by the hub")
        : UploadOutcome.ok("ConceptMap/" + id + " already served by the hub");
  }

  private ObjectNode json(IBaseResource r) {
    try {
      return (ObjectNode) JSON.readTree(fhir.newJsonParser().encodeResourceToString(r));
    } catch (IOException e) {
      throw new UncheckedIOException("HAPI encoded a resource that is not JSON", e);
    }
  }
}
