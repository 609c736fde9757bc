package fi.polku.hub.write;

import ca.uhn.fhir.util.ResourceReferenceInfo;
import fi.polku.hub.store.ContentEncoder;
import fi.polku.hub.store.ResourceStore;
import fi.polku.hub.write.WriteRequest.Op;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The reference step of a unit of writes: references to other entries (placeholders, fullUrls)
 * become the assigned ids, conditional references their one match, and then referential integrity
 * is checked: literal references point at resources that exist after the unit, and no resource it
 * leaves in place refers to one it deletes.
 */
final class UnitReferences {

  /** Fewer resources than this per slice are not worth a hand-over. */
  private static final int MIN_PER_SLICE = 16;

  private final ResourceStore store;
  private final ContentEncoder encoder;
  private final ReferenceRewriter rewriter;
  private final Slices slices;

  UnitReferences(
      ResourceStore store, ContentEncoder encoder, ReferenceRewriter rewriter, Slices slices) {
    this.store = store;
    this.encoder = encoder;
    this.rewriter = rewriter;
    this.slices = slices;
  }

  /**
   * Rewrites and checks the references of {@code plans} (ids assigned); each plan that writes
   * content gets its {@link WritePlan#refs}. Entry references are rewritten before literal
   * references are noted, so that one naming an entry by its URL counts as a reference to what the
   * entry writes.
   *
   * @param undo collects how to put each rewritten reference back, for a retried attempt
   */
  void resolve(List<WritePlan> plans, List<Runnable> undo) {
    EntryUrls urls = new EntryUrls();
    for (WritePlan p : plans) {
      if (p.id != null) {
        urls.add(p.req.fullUrl(), p.reference());
      }
    }
    List<WritePlan> writers = plans.stream().filter(WritePlan::writesContent).toList();
    // Finding a resource's references walks all of it: each on its own, so spread over the cores.
    Function<List<WritePlan>, List<List<ResourceReferenceInfo>>> find =
        slice -> slice.stream().map(p -> rewriter.references(p.req.resource())).toList();
    List<List<ResourceReferenceInfo>> found = slices.map(writers, MIN_PER_SLICE, find, find);
    ConditionalReferences conditional = new ConditionalReferences(store, encoder);
    LocalReferences local = new LocalReferences();
    for (int i = 0; i < writers.size(); i++) {
      WritePlan p = writers.get(i);
      p.refs = found.get(i);
      ReferenceRewriter.rewriteEntryUrls(p.refs, urls, p.req.fullUrl(), undo);
      local.collect(p.req.type(), p.refs);
      for (String ref : ReferenceRewriter.conditionalReferences(p.refs)) {
        conditional.want(ref);
      }
    }
    if (conditional.any()) {
      for (WritePlan p : writers) {
        conditional.offer(p.req.type(), p.reference(), p.req.resource());
      }
      conditional.resolve();
      for (WritePlan p : writers) {
        ReferenceRewriter.rewriteConditional(p.refs, conditional::target, undo);
      }
    }
    checkIntegrity(plans, local, writers);
  }

  private void checkIntegrity(
      List<WritePlan> plans, LocalReferences local, List<WritePlan> writers) {
    Set<String> writtenHere = new HashSet<>();
    writers.forEach(p -> writtenHere.add(p.reference()));
    Set<String> deletedHere = new HashSet<>();
    Set<Long> changedHere = new HashSet<>();
    for (WritePlan p : plans) {
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
}
