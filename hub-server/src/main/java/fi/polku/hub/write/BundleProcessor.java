package fi.polku.hub.write;

import ca.uhn.fhir.context.FhirContext;
import fi.polku.hub.problem.HubCodes;
import fi.polku.hub.problem.HubException;
import fi.polku.hub.problem.Problems;
import fi.polku.hub.store.ResourceReader;
import fi.polku.hub.write.WriteRequest.Op;
import fi.polku.validation.api.Text;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r5.model.Bundle;
import org.hl7.fhir.r5.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r5.model.Bundle.BundleEntryResponseComponent;
import org.hl7.fhir.r5.model.Bundle.BundleType;
import org.hl7.fhir.r5.model.Resource;

/**
 * Batch and transaction Bundles. A transaction's writes are one {@link WriteEngine} unit (all or
 * nothing: any failure answers the whole request with an error and writes nothing); a batch runs
 * each entry as its own unit and reports failures per entry. PATCH entries (a JSON Patch in a
 * Binary) become updates of the version they were applied to ({@link Patches}). Reads ({@code GET
 * Type/id}) and searches ({@code GET Type?query}, answered by the {@link EntrySearches} given) come
 * after the writes, so they see them.
 */
public final class BundleProcessor {

  private final FhirContext fhir;
  private final WriteEngine engine;
  private final ResourceReader reader;
  private final Set<String> storedTypes;
  private final int maxEntries;
  private final Patches patches;

  /**
   * A processor.
   *
   * @param storedTypes the resource types the hub stores
   * @param maxEntries most entries per Bundle (413 beyond)
   * @param patches applies the JSON Patches of PATCH entries
   */
  public BundleProcessor(
      FhirContext fhir,
      WriteEngine engine,
      ResourceReader reader,
      Set<String> storedTypes,
      int maxEntries,
      Patches patches) {
    this.fhir = fhir;
    this.engine = engine;
    this.reader = reader;
    this.storedTypes = storedTypes;
    this.maxEntries = maxEntries;
    this.patches = patches;
  }

  /**
   * Processes a batch or transaction.
   *
   * @param representation whether response entries carry the resources ({@code Prefer:
   *     return=representation})
   * @param searches answers the search entries
   */
  public Bundle process(
      Bundle bundle, boolean representation, String lang, EntrySearches searches) {
    if (bundle.getType() != BundleType.TRANSACTION && bundle.getType() != BundleType.BATCH) {
      throw HubException.withDetail(
          HubCodes.INVALID_BUNDLE,
          new Text(
              "Bundle.type-kentän arvon on oltava transaction tai batch",
              "Bundle.type måste vara transaction eller batch",
              "Bundle.type must be transaction or batch"));
    }
    if (bundle.getEntry().size() > maxEntries) {
      throw new HubException(
          HubCodes.TOO_MANY_ENTRIES,
          Map.of(
              "count",
              Integer.toString(bundle.getEntry().size()),
              "limit",
              Integer.toString(maxEntries)));
    }
    boolean transaction = bundle.getType() == BundleType.TRANSACTION;
    Bundle response = new Bundle();
    response.setType(transaction ? BundleType.TRANSACTIONRESPONSE : BundleType.BATCHRESPONSE);
    response.setTimestamp(new Date());
    List<Object> parsed = new ArrayList<>();
    for (int i = 0; i < bundle.getEntry().size(); i++) {
      try {
        Object entry = EntryParser.parse(fhir, storedTypes, bundle.getEntry().get(i), i);
        parsed.add(entry instanceof EntryParser.Patch p ? patchedUpdate(p) : entry);
      } catch (HubException e) {
        if (transaction) {
          throw e;
        }
        parsed.add(e);
      }
    }
    List<BundleEntryComponent> out =
        transaction
            ? transaction(parsed, representation, searches)
            : batch(parsed, representation, lang, searches);
    response.setEntry(out);
    return response;
  }

  private List<BundleEntryComponent> transaction(
      List<Object> parsed, boolean representation, EntrySearches searches) {
    List<WriteRequest> writes = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < parsed.size(); i++) {
      if (parsed.get(i) instanceof WriteRequest w) {
        writes.add(w);
        positions.add(i);
      }
    }
    List<WriteOutcome> outcomes = writes.isEmpty() ? List.of() : engine.execute(writes, positions);
    List<BundleEntryComponent> out = new ArrayList<>();
    int w = 0;
    for (Object p : parsed) {
      if (p instanceof WriteRequest) {
        out.add(entry(outcomes.get(w++), representation));
      } else {
        out.add(get(p, searches));
      }
    }
    return out;
  }

  private List<BundleEntryComponent> batch(
      List<Object> parsed, boolean representation, String lang, EntrySearches searches) {
    List<BundleEntryComponent> out = new ArrayList<>();
    for (int i = 0; i < parsed.size(); i++) {
      Object p = parsed.get(i);
      try {
        if (p instanceof HubException e) {
          throw e;
        } else if (p instanceof WriteRequest w) {
          out.add(entry(engine.execute(List.of(w), List.of(i)).get(0), representation));
        } else {
          out.add(get(p, searches));
        }
      } catch (HubException e) {
        BundleEntryComponent c = new BundleEntryComponent();
        c.getResponse()
            .setStatus(e.code().status() + " " + Problems.reason(e.code().status()))
            .setOutcome(Problems.toOperationOutcome(e, lang, null));
        out.add(c);
      }
    }
    return out;
  }

  /**
   * A PATCH entry as the update it amounts to: the patch applied to the current version, which the
   * update must replace (a change in between fails it with 412). Its result is validated with the
   * Bundle's other writes, after references to other entries are resolved.
   */
  private WriteRequest patchedUpdate(EntryParser.Patch p) {
    Patches.Patched patched =
        patches.apply(p.type(), p.id(), p.condition(), p.document(), p.ifMatch());
    return new WriteRequest(
        Op.UPDATE,
        p.type(),
        patched.id(),
        null,
        patched.version(),
        patches.resource(patched),
        p.fullUrl(),
        false);
  }

  private BundleEntryComponent get(Object entry, EntrySearches searches) {
    Bundle answer;
    if (entry instanceof EntryParser.Search s) {
      answer = searches.search(s.type(), s.query());
    } else if (entry instanceof EntryParser.History h) {
      answer = searches.history(h.type(), h.id(), h.query());
    } else {
      return read((EntryParser.Read) entry);
    }
    BundleEntryComponent c = new BundleEntryComponent();
    c.setResource(answer);
    c.getResponse().setStatus("200 OK");
    return c;
  }

  private BundleEntryComponent read(EntryParser.Read r) {
    Resource resource =
        (Resource)
            (r.version() == null
                ? reader.read(r.type(), r.id())
                : reader.vread(r.type(), r.id(), r.version()));
    BundleEntryComponent c = new BundleEntryComponent();
    c.setResource(resource);
    c.getResponse()
        .setStatus("200 OK")
        .setEtag(VersionTags.of(resource.getMeta().getVersionId()))
        .setLastModified(resource.getMeta().getLastUpdated());
    return c;
  }

  private static BundleEntryComponent entry(WriteOutcome o, boolean representation) {
    BundleEntryComponent c = new BundleEntryComponent();
    BundleEntryResponseComponent r = c.getResponse();
    String status =
        switch (o.status()) {
          case CREATED -> "201 Created";
          case UPDATED, UNCHANGED, EXISTING, DELETED -> "200 OK";
          case NOTHING_DELETED -> "204 No Content";
        };
    r.setStatus(status);
    if (o.version() > 0) {
      r.setEtag(VersionTags.of(o.version()));
      r.setLastModified(Date.from(o.lastUpdated()));
    }
    if (o.resource() != null) {
      r.setLocation(o.type() + "/" + o.id() + "/_history/" + o.version());
      c.setFullUrl(o.type() + "/" + o.id());
      if (representation) {
        c.setResource((Resource) o.resource());
      }
    }
    return c;
  }
}
