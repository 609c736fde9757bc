package fi.polku.hub.write;

import ca.uhn.fhir.context.FhirContext;
import fi.polku.hub.problem.HubCodes;
import fi.polku.hub.problem.HubException;
import fi.polku.hub.store.ConditionEntity;
import fi.polku.hub.store.ContentEncoder;
import fi.polku.hub.store.ResourceDecoder;
import fi.polku.hub.store.ResourceEntity;
import fi.polku.hub.store.ResourceStore;
import fi.polku.hub.store.StoreBatch;
import fi.polku.hub.store.StoredContent;
import fi.polku.hub.store.UniqueSystems;
import fi.polku.hub.validate.StoreReferenceResolver;
import fi.polku.hub.write.WriteOutcome.Status;
import fi.polku.hub.write.WriteRequest.Op;
import fi.polku.validation.api.Text;
import fi.polku.validation.api.ValidationIssue;
import fi.polku.validation.api.ValidationReport;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * One attempt at a unit of writes (a single write or a transaction Bundle), inside one database
 * transaction: resolve targets in bulk, assign ids, rewrite references and check that they point at
 * resources that exist ({@link UnitReferences}), encode, validate, check unique identifiers and
 * condition claims ({@link UniquenessChecks}), stage and flush. Throws {@link HubException} for
 * anything the client must fix; database races surface from the flush and are retried by {@link
 * WriteEngine}.
 */
final class WriteAttempt {

  /** Fewer resources than this per slice are encoded on the calling thread alone. */
  private static final int MIN_PER_SLICE = 8;

  private final FhirContext fhir;
  private final ResourceStore store;
  private final ContentEncoder encoder;
  private final EntryValidator validator;
  private final Slices slices;
  private final UnitReferences references;
  private final UniquenessChecks uniqueness;
  private final Instant now;
  private final boolean bundle;
  private final List<WritePlan> plans = new ArrayList<>();
  private final List<Runnable> undo = new ArrayList<>();

  WriteAttempt(
      FhirContext fhir,
      ResourceStore store,
      ContentEncoder encoder,
      EntryValidator validator,
      Slices slices,
      UniqueSystems uniqueSystems,
      List<WriteRequest> requests,
      List<Integer> entries) {
    this.fhir = fhir;
    this.store = store;
    this.encoder = encoder;
    this.validator = validator;
    this.slices = slices;
    this.references = new UnitReferences(store, encoder, new ReferenceRewriter(fhir), slices);
    this.uniqueness = new UniquenessChecks(store, uniqueSystems);
    this.now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    this.bundle = entries != null;
    for (int i = 0; i < requests.size(); i++) {
      plans.add(new WritePlan(bundle ? entries.get(i) : i, requests.get(i)));
    }
  }

  List<WriteOutcome> run() {
    for (WritePlan p : plans) {
      IBaseResource r = p.req.resource();
      if (r != null) {
        // Encoding clears the id and stamping sets the assigned one; a retry needs the sent one.
        String sent = r.getIdElement().getValue();
        undo.add(() -> r.setId(sent));
      }
    }
    TargetResolver targets = new TargetResolver(store);
    targets.resolve(plansView());
    for (WritePlan p : plans) {
      try {
        decide(p, targets);
      } catch (HubException e) {
        throw located(e, p, "");
      }
    }
    checkDistinctTargets();
    references.resolve(plans, undo);
    encodeAndValidate();
    uniqueness.checkUniqueIdentifiers(plans, (e, p) -> located(e, p, ".resource"));
    Map<String, ConditionEntity> staleClaims = uniqueness.staleClaims(plans);
    StoreBatch batch = store.newBatch();
    for (WritePlan p : plans) {
      stage(p, batch, staleClaims);
    }
    batch.flush();
    List<WriteOutcome> out = new ArrayList<>(plans.size());
    for (WritePlan p : plans) {
      out.add(outcome(p));
    }
    return out;
  }

  /**
   * Puts back the references this attempt rewrote, so a retry (which may assign other ids, or find
   * that a conditional create now matches) starts from what the client sent.
   */
  void undoRewrites() {
    for (int i = undo.size() - 1; i >= 0; i--) {
      undo.get(i).run();
    }
    undo.clear();
  }

  private List<TargetResolver.Target> plansView() {
    List<TargetResolver.Target> out = new ArrayList<>();
    for (WritePlan p : plans) {
      WriteRequest r = p.req;
      if (r.condition() != null) {
        p.condition = Condition.parse(r.type(), r.condition());
      }
      out.add(
          new TargetResolver.Target(r.type(), r.op() == Op.CREATE ? null : r.id(), p.condition));
    }
    return out;
  }

  /** Decides what each request does, given the resolved targets. */
  private void decide(WritePlan p, TargetResolver targets) {
    WriteRequest r = p.req;
    ResourceEntity found = null;
    if (p.condition != null) {
      List<ResourceEntity> matches = targets.matches(p.condition);
      if (matches.size() > 1) {
        throw new HubException(HubCodes.MULTIPLE_MATCHES, Map.of("condition", p.condition.text()));
      }
      found = matches.isEmpty() ? null : matches.get(0);
    } else if (r.op() != Op.CREATE) {
      WriteRules.checkId(r.id(), false);
      found = targets.byId(r.type(), r.id());
    }
    switch (r.op()) {
      case CREATE -> {
        if (found != null) {
          p.current = found;
          p.id = found.resourceId();
          p.early = Status.EXISTING;
        } else {
          newResource(p, null);
        }
      }
      case UPDATE -> {
        String bodyId = r.resource().getIdElement().getIdPart();
        if (found != null) {
          if (bodyId != null && p.condition != null && !bodyId.equals(found.resourceId())) {
            throw new HubException(
                HubCodes.ID_MISMATCH, Map.of("body", bodyId, "url", found.resourceId()));
          }
          WriteRules.checkIfMatch(r, found);
          p.current = found;
          p.id = found.resourceId();
          p.revived = found.deleted();
        } else {
          WriteRules.checkIfMatch(r, null);
          newResource(p, p.condition == null ? r.id() : bodyId);
        }
      }
      case DELETE -> {
        if (found != null) {
          WriteRules.checkIfMatch(r, found);
        }
        p.current = found;
        p.id = found == null ? r.id() : found.resourceId();
        if (found == null || found.deleted()) {
          p.early = Status.NOTHING_DELETED;
        }
      }
    }
  }

  private void newResource(WritePlan p, String clientId) {
    p.newPid = store.newPid();
    if (clientId != null) {
      WriteRules.checkId(clientId, true);
      p.id = clientId;
    } else {
      p.id = Long.toString(p.newPid);
    }
  }

  private void checkDistinctTargets() {
    Set<String> seen = new HashSet<>();
    for (WritePlan p : plans) {
      if (p.early != Status.EXISTING && !seen.add(p.reference())) {
        throw HubException.withDetail(
            HubCodes.INVALID_BUNDLE,
            new Text(
                    "resurssiin {reference} kirjoittaa useampi kuin yksi merkintä",
                    "fler än en post skriver till {reference}",
                    "more than one entry writes {reference}")
                .format(Map.of("reference", p.reference())));
      }
    }
  }

  private void encodeAndValidate() {
    encode();
    Map<String, IBaseResource> pending = new LinkedHashMap<>();
    for (WritePlan p : plans) {
      if (!p.writesContent()) {
        continue;
      }
      IBaseResource r = p.req.resource();
      if (p.current != null
          && !p.current.deleted()
          && p.content.hash().equals(p.current.contentHash())) {
        p.early = Status.UNCHANGED;
        ResourceDecoder.stamp(
            r, p.req.type(), p.id, p.current.version(), Date.from(p.current.lastUpdated()));
      } else {
        ResourceDecoder.stamp(r, p.req.type(), p.id, p.newVersion(), Date.from(now));
        pending.put(p.reference(), r);
      }
    }
    List<WritePlan> checked = new ArrayList<>();
    List<byte[]> jsons = new ArrayList<>();
    for (WritePlan p : plans) {
      // An unchanged resource writes nothing and was validated when its version was written; a
      // re-load must not fail on it (nor spend the business rules' time on it).
      if (p.writesContent() && !p.req.prevalidated() && p.early != Status.UNCHANGED) {
        checked.add(p);
        jsons.add(p.content.json().getBytes(StandardCharsets.UTF_8));
      }
    }
    List<ValidationReport> reports = validator.validate(jsons, pending);
    List<ValidationIssue> errors = new ArrayList<>();
    for (int c = 0; c < checked.size(); c++) {
      WritePlan p = checked.get(c);
      List<ValidationIssue> kept = new ArrayList<>();
      for (ValidationIssue i : reports.get(c).issues()) {
        ValidationIssue located = bundle ? relocate(i, p) : i;
        errors.add(located);
        kept.add(located);
      }
      p.findings = ValidationReport.of(kept);
    }
    ValidationReport all = ValidationReport.of(errors);
    if (!all.isValid()) {
      throw new HubException(HubCodes.INVALID_CONTENT, Map.of(), all);
    }
  }

  /**
   * Encodes the resources the unit writes, spread over the cores: each is encoded on its own, and
   * encoding is the costliest step after validation.
   */
  private void encode() {
    List<WritePlan> writing = new ArrayList<>();
    for (WritePlan p : plans) {
      if (p.writesContent()) {
        writing.add(p);
      }
    }
    Function<List<WritePlan>, List<StoredContent>> encodeAll =
        slice -> {
          List<StoredContent> out = new ArrayList<>(slice.size());
          for (WritePlan p : slice) {
            IBaseResource r = p.req.resource();
            StoredContent c;
            try {
              c = encoder.encode(r, p.refs);
            } catch (HubException e) {
              throw located(e, p, ".resource");
            }
            StoreReferenceResolver.offerJson(r, c.json());
            out.add(c);
          }
          return out;
        };
    List<StoredContent> contents = slices.map(writing, MIN_PER_SLICE, encodeAll, encodeAll);
    for (int i = 0; i < writing.size(); i++) {
      writing.get(i).content = contents.get(i);
    }
  }

  /** {@code e} located at the plan's Bundle entry ({@code path} below it); as is otherwise. */
  private HubException located(HubException e, WritePlan p, String path) {
    return bundle ? e.at(entry(p) + path) : e;
  }

  /** The FHIRPath of the plan's Bundle entry. */
  private static String entry(WritePlan p) {
    return "Bundle.entry[" + p.index + "]";
  }

  private ValidationIssue relocate(ValidationIssue i, WritePlan p) {
    String prefix = entry(p) + ".resource";
    String loc = i.location();
    String type = p.req.type();
    String moved =
        loc == null
            ? prefix
            : loc.startsWith(type) ? prefix + loc.substring(type.length()) : prefix + "." + loc;
    return new ValidationIssue(i.severity(), i.code(), moved, i.ruleId(), i.message());
  }

  private void stage(WritePlan p, StoreBatch batch, Map<String, ConditionEntity> staleClaims) {
    if (p.early != null) {
      return;
    }
    switch (p.req.op()) {
      case CREATE, UPDATE -> {
        if (p.current == null) {
          batch.create(p.newPid, p.req.type(), p.id, p.content, now);
          if (uniqueness.needsClaim(p)) {
            String hash = p.condition.hash();
            ConditionEntity stale = staleClaims.get(p.req.type() + "|" + hash);
            if (stale != null) {
              batch.reclaimCondition(stale, p.newPid);
            } else {
              batch.claimCondition(p.req.type(), hash, p.newPid);
            }
          }
        } else {
          batch.update(p.current, p.content, now);
        }
      }
      case DELETE -> batch.delete(p.current, now);
    }
  }

  private WriteOutcome outcome(WritePlan p) {
    String type = p.req.type();
    if (p.early == Status.EXISTING) {
      IBaseResource r = new ResourceDecoder(fhir).decode(p.current.toStored());
      return new WriteOutcome(
          Status.EXISTING, type, p.id, p.current.version(), p.current.lastUpdated(), r, p.findings);
    }
    if (p.early == Status.UNCHANGED) {
      return new WriteOutcome(
          Status.UNCHANGED,
          type,
          p.id,
          p.current.version(),
          p.current.lastUpdated(),
          p.req.resource(),
          p.findings);
    }
    if (p.early == Status.NOTHING_DELETED) {
      int v = p.current == null ? 0 : p.current.version();
      Instant at = p.current == null ? now : p.current.lastUpdated();
      return new WriteOutcome(Status.NOTHING_DELETED, type, p.id, v, at, null, p.findings);
    }
    if (p.req.op() == Op.DELETE) {
      return new WriteOutcome(
          Status.DELETED, type, p.id, p.current.version(), now, null, p.findings);
    }
    Status s = p.current == null || p.revived ? Status.CREATED : Status.UPDATED;
    int version = p.current == null ? 1 : p.current.version();
    return new WriteOutcome(s, type, p.id, version, now, p.req.resource(), p.findings);
  }
}
