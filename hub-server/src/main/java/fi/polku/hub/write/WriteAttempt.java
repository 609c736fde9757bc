package fi.polku.hub.write;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.util.ResourceReferenceInfo;
import fi.polku.hub.problem.HubCodes;
import fi.polku.hub.problem.HubException;
import fi.polku.hub.store.ConditionEntity;
import fi.polku.hub.store.ContentEncoder;
import fi.polku.hub.store.ResourceDecoder;
import fi.polku.hub.store.ResourceEntity;
import fi.polku.hub.store.ResourceStore;
import fi.polku.hub.store.SearchCriteria;
import fi.polku.hub.store.StoreBatch;
import fi.polku.hub.store.StoredContent;
import fi.polku.hub.store.StoredContent.IdentifierKey;
import fi.polku.hub.store.UniqueSystems;
import fi.polku.hub.validate.StoreReferenceResolver;
import fi.polku.hub.write.WriteOutcome.Status;
import fi.polku.hub.write.WriteRequest.Op;
import fi.polku.validation.api.ValidationIssue;
import fi.polku.validation.api.ValidationReport;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * One attempt at a unit of writes (a single write or a transaction Bundle), inside one database
 * transaction: resolve targets in bulk, assign ids, rewrite references and check that they point at
 * resources that exist, encode, validate, check unique identifiers, stage and flush. Throws {@link
 * HubException} for anything the client must fix; database races surface from the flush and are
 * retried by {@link WriteEngine}.
 */
final class WriteAttempt {

  private final FhirContext fhir;
  private final ResourceStore store;
  private final ContentEncoder encoder;
  private final EntryValidator validator;
  private final UniqueSystems uniqueSystems;
  private final ReferenceRewriter rewriter;
  private final Instant now;
  private final boolean bundle;
  private final List<Plan> plans = new ArrayList<>();
  private final List<Runnable> undo = new ArrayList<>();

  /** What one request turns into. */
  private static final class Plan {
    final int index;
    final WriteRequest req;
    Condition condition;
    ResourceEntity current;
    Long newPid;
    String id;
    Status early;
    boolean revived;
    StoredContent content;
    List<ResourceReferenceInfo> refs;
    ValidationReport findings = ValidationReport.valid();

    Plan(int index, WriteRequest req) {
      this.index = index;
      this.req = req;
    }

    boolean writesContent() {
      return req.op() != Op.DELETE && early == null;
    }

    String reference() {
      return req.type() + "/" + id;
    }

    int newVersion() {
      return current == null ? 1 : current.version() + 1;
    }
  }

  WriteAttempt(
      FhirContext fhir,
      ResourceStore store,
      ContentEncoder encoder,
      EntryValidator validator,
      UniqueSystems uniqueSystems,
      List<WriteRequest> requests,
      boolean bundle) {
    this.fhir = fhir;
    this.store = store;
    this.encoder = encoder;
    this.validator = validator;
    this.uniqueSystems = uniqueSystems;
    this.rewriter = new ReferenceRewriter(fhir);
    this.now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    this.bundle = bundle;
    for (int i = 0; i < requests.size(); i++) {
      plans.add(new Plan(i, requests.get(i)));
    }
  }

  List<WriteOutcome> run() {
    for (Plan p : plans) {
      IBaseResource r = p.req.resource();
      if (r != null) {
        // Encoding clears the id and stamping sets the assigned one; a retry needs the sent one.
        String sent = r.getIdElement().getValue();
        undo.add(() -> r.setId(sent));
      }
    }
    TargetResolver targets = new TargetResolver(store);
    targets.resolve(plansView());
    for (Plan p : plans) {
      decide(p, targets);
    }
    checkDistinctTargets();
    rewriteReferences();
    encodeAndValidate();
    checkUniqueIdentifiers();
    Map<String, ConditionEntity> staleClaims = staleClaims();
    StoreBatch batch = store.newBatch();
    for (Plan p : plans) {
      stage(p, batch, staleClaims);
    }
    batch.flush();
    List<WriteOutcome> out = new ArrayList<>(plans.size());
    for (Plan p : plans) {
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
    for (Plan p : plans) {
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
  private void decide(Plan p, TargetResolver targets) {
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

  private void newResource(Plan p, String clientId) {
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
    for (Plan p : plans) {
      if (p.early != Status.EXISTING && !seen.add(p.reference())) {
        throw new HubException(
            HubCodes.INVALID_BUNDLE,
            Map.of("detail", "more than one entry writes " + p.reference()));
      }
    }
  }

  /**
   * References to other entries (placeholders, fullUrls) to assigned ids; conditional references to
   * their one match. Entry references are rewritten before literal references are noted, so that
   * one naming an entry by its URL counts as a reference to what the entry writes.
   */
  private void rewriteReferences() {
    EntryUrls urls = new EntryUrls();
    for (Plan p : plans) {
      if (p.id != null) {
        urls.add(p.req.fullUrl(), p.reference());
      }
    }
    List<Plan> writers = plans.stream().filter(Plan::writesContent).toList();
    ConditionalReferences conditional = new ConditionalReferences(store, encoder);
    LocalReferences local = new LocalReferences();
    for (Plan p : writers) {
      p.refs = rewriter.references(p.req.resource());
      ReferenceRewriter.rewriteEntryUrls(p.refs, urls, p.req.fullUrl(), undo);
      local.collect(p.req.type(), p.refs);
      for (String ref : ReferenceRewriter.conditionalReferences(p.refs)) {
        conditional.want(ref);
      }
    }
    if (conditional.any()) {
      for (Plan p : writers) {
        conditional.offer(p.req.type(), p.reference(), p.req.resource());
      }
      conditional.resolve();
      for (Plan p : writers) {
        ReferenceRewriter.rewriteConditional(p.refs, conditional::target, undo);
      }
    }
    checkIntegrity(local, writers);
  }

  /**
   * Referential integrity: the unit's literal references point at resources that exist after it,
   * and no resource it leaves in place refers to one it deletes.
   */
  private void checkIntegrity(LocalReferences local, List<Plan> writers) {
    Set<String> writtenHere = new HashSet<>();
    writers.forEach(p -> writtenHere.add(p.reference()));
    Set<String> deletedHere = new HashSet<>();
    Set<Long> changedHere = new HashSet<>();
    for (Plan p : plans) {
      boolean deletes = p.req.op() == Op.DELETE && p.early == null;
      if (deletes) {
        deletedHere.add(p.reference());
      }
      if (p.current != null && (deletes || p.req.op() == Op.UPDATE)) {
        changedHere.add(p.current.pid());
      }
    }
    local.check(store, writtenHere, deletedHere);
    LocalReferences.checkDeletes(store, deletedHere, changedHere);
  }

  private void encodeAndValidate() {
    Map<String, IBaseResource> pending = new LinkedHashMap<>();
    for (Plan p : plans) {
      if (!p.writesContent()) {
        continue;
      }
      IBaseResource r = p.req.resource();
      p.content = encoder.encode(r, p.refs);
      StoreReferenceResolver.offerJson(r, p.content.json());
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
    List<Plan> checked = new ArrayList<>();
    List<byte[]> jsons = new ArrayList<>();
    for (Plan p : plans) {
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
      Plan p = checked.get(c);
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

  private ValidationIssue relocate(ValidationIssue i, Plan p) {
    String prefix = "Bundle.entry[" + p.index + "].resource";
    String loc = i.location();
    String type = p.req.type();
    String moved =
        loc == null
            ? prefix
            : loc.startsWith(type) ? prefix + loc.substring(type.length()) : prefix + "." + loc;
    return new ValidationIssue(i.severity(), i.code(), moved, i.ruleId(), i.message());
  }

  /** A unique identifier may belong to one resource per type: in this unit and in the store. */
  private void checkUniqueIdentifiers() {
    Map<String, Map<IdentifierKey, Plan>> byType = new LinkedHashMap<>();
    Map<String, Set<IdentifierKey>> toAsk = new LinkedHashMap<>();
    for (Plan p : plans) {
      if (!p.writesContent()) {
        continue;
      }
      IdentifierKey resolved = conditionKey(p);
      for (IdentifierKey k : p.content.identifiers()) {
        if (uniqueSystems.isUnique(k.system())) {
          Plan other = byType.computeIfAbsent(p.req.type(), t -> new HashMap<>()).put(k, p);
          if (other != null && other != p) {
            throw WriteRules.duplicateIdentifier(p.req.type(), k);
          }
          // The holders of the condition's own identifier were looked up in this transaction to
          // resolve the condition: none, or the resource this plan writes.
          if (!k.equals(resolved)) {
            toAsk.computeIfAbsent(p.req.type(), t -> new HashSet<>()).add(k);
          }
        }
      }
    }
    for (Map.Entry<String, Map<IdentifierKey, Plan>> e : byType.entrySet()) {
      Set<IdentifierKey> asked = toAsk.getOrDefault(e.getKey(), Set.of());
      if (asked.isEmpty()) {
        continue;
      }
      Map<IdentifierKey, Set<Long>> held = store.pidsByIdentifiers(e.getKey(), asked);
      for (Map.Entry<IdentifierKey, Set<Long>> h : held.entrySet()) {
        Plan p = e.getValue().get(h.getKey());
        long own = p.current != null ? p.current.pid() : p.newPid;
        for (long pid : h.getValue()) {
          if (pid != own) {
            throw WriteRules.duplicateIdentifier(e.getKey(), h.getKey());
          }
        }
      }
    }
  }

  /**
   * Existing claims of the conditions this unit creates resources for. A claim whose condition
   * matches nothing is stale (its resource changed) unless a racing writer committed between our
   * condition query and this one: the condition is asked again, and a match now means a race, for
   * {@link WriteEngine} to retry.
   */
  private Map<String, ConditionEntity> staleClaims() {
    Map<String, List<Plan>> byType = new LinkedHashMap<>();
    for (Plan p : plans) {
      if (needsClaim(p)) {
        byType.computeIfAbsent(p.req.type(), t -> new ArrayList<>()).add(p);
      }
    }
    Map<String, ConditionEntity> out = new HashMap<>();
    List<Condition> recheck = new ArrayList<>();
    for (Map.Entry<String, List<Plan>> e : byType.entrySet()) {
      List<String> hashes = e.getValue().stream().map(p -> p.condition.hash()).toList();
      Map<String, ConditionEntity> claims = store.conditionClaims(e.getKey(), hashes);
      for (Plan p : e.getValue()) {
        ConditionEntity claim = claims.get(p.condition.hash());
        if (claim != null) {
          out.put(e.getKey() + "|" + p.condition.hash(), claim);
          recheck.add(p.condition);
        }
      }
    }
    if (!recheck.isEmpty()) {
      for (Set<Long> pids : new ConditionMatcher(store).match(recheck).values()) {
        if (!pids.isEmpty()) {
          throw new ConcurrentWriteDetected();
        }
      }
    }
    return out;
  }

  /**
   * Whether a resource this unit creates under a condition needs a claim on the condition, so that
   * a parallel writer of the same condition fails at flush. A condition that is one identifier of a
   * unique system, which the new resource carries, needs none: the unique identifier row already
   * refuses the second resource (the common case of loads, which upsert by source key), and a claim
   * would cost a lookup, two index rows and a randomly placed index page per resource.
   */
  private boolean needsClaim(Plan p) {
    if (p.condition == null || p.newPid == null) {
      return false;
    }
    IdentifierKey k = conditionKey(p);
    return k == null || !uniqueSystems.isUnique(k.system()) || !p.content.identifiers().contains(k);
  }

  /** The identifier named by the plan's condition if it is exactly one identifier, else null. */
  private static IdentifierKey conditionKey(Plan p) {
    SearchCriteria.Token t = p.condition == null ? null : p.condition.singleIdentifier();
    return t == null ? null : new IdentifierKey(t.system(), t.value());
  }

  private void stage(Plan p, StoreBatch batch, Map<String, ConditionEntity> staleClaims) {
    if (p.early != null) {
      return;
    }
    switch (p.req.op()) {
      case CREATE, UPDATE -> {
        if (p.current == null) {
          batch.create(p.newPid, p.req.type(), p.id, p.content, now);
          if (needsClaim(p)) {
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

  private WriteOutcome outcome(Plan p) {
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
