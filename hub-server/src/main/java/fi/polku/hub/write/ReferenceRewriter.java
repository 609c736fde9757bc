package fi.polku.hub.write;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.util.ResourceReferenceInfo;
import fi.polku.hub.model.ResourceReferences;
import fi.polku.hub.problem.HubCodes;
import fi.polku.hub.problem.HubException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hl7.fhir.instance.model.api.IBaseReference;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * Rewrites the references of a transaction's resources: references to other entries ({@code
 * urn:uuid:} placeholders, entries' RESTful {@code fullUrl}s) to the ids the hub assigned, and
 * conditional references ({@code Learner?identifier=...}) to the one resource they match.
 */
final class ReferenceRewriter {

  private final ResourceReferences references;

  ReferenceRewriter(FhirContext fhir) {
    this.references = new ResourceReferences(fhir);
  }

  /** The references of {@code resource} with their paths: one walk, reused for every step. */
  List<ResourceReferenceInfo> references(IBaseResource resource) {
    return references.of(resource);
  }

  /** The conditional references ({@code Type?query}) among {@code refs}. */
  static List<String> conditionalReferences(List<ResourceReferenceInfo> refs) {
    List<String> out = new ArrayList<>();
    for (ResourceReferenceInfo info : refs) {
      String value = info.getResourceReference().getReferenceElement().getValue();
      if (value != null && isConditional(value)) {
        out.add(value);
      }
    }
    return out;
  }

  /**
   * Rewrites the references of one resource that name another entry of the unit (its {@code
   * fullUrl}: a placeholder or a RESTful URL, see {@link EntryUrls}) to the resource that entry
   * wrote or matched.
   *
   * @param refs the references of one resource ({@link #references})
   * @param urls the unit's entry URLs
   * @param entryUrl the {@code fullUrl} of the entry the resource came in, or null
   * @param undo collects how to put each rewritten reference back, for a retried attempt
   * @throws HubException {@link HubCodes#UNRESOLVED_PLACEHOLDER} for a placeholder no entry has
   */
  static void rewriteEntryUrls(
      List<ResourceReferenceInfo> refs, EntryUrls urls, String entryUrl, List<Runnable> undo) {
    for (ResourceReferenceInfo info : refs) {
      IBaseReference ref = info.getResourceReference();
      String value = ref.getReferenceElement().getValue();
      if (value == null || isConditional(value)) {
        continue;
      }
      String target = urls.target(value, entryUrl);
      if (target == null && EntryUrls.isPlaceholder(value)) {
        throw new HubException(HubCodes.UNRESOLVED_PLACEHOLDER, Map.of("reference", value));
      }
      set(ref, value, target, undo);
    }
  }

  /**
   * Rewrites the conditional references of one resource to the one resource each matches.
   *
   * @param refs the references of one resource ({@link #references})
   * @param conditional resolves a conditional reference to a relative reference (or throws)
   * @param undo collects how to put each rewritten reference back, for a retried attempt
   */
  static void rewriteConditional(
      List<ResourceReferenceInfo> refs, Function<String, String> conditional, List<Runnable> undo) {
    for (ResourceReferenceInfo info : refs) {
      IBaseReference ref = info.getResourceReference();
      String value = ref.getReferenceElement().getValue();
      if (value != null && isConditional(value)) {
        set(ref, value, conditional.apply(value), undo);
      }
    }
  }

  private static void set(IBaseReference ref, String value, String target, List<Runnable> undo) {
    if (target != null && !target.equals(value)) {
      ref.setReference(target);
      undo.add(() -> ref.setReference(value));
    }
  }

  private static final java.util.regex.Pattern CONDITIONAL =
      java.util.regex.Pattern.compile("^[A-Z][A-Za-z]{1,63}\\?.+");

  /** Whether {@code reference} is a conditional reference, {@code Type?query}. */
  static boolean isConditional(String reference) {
    return CONDITIONAL.matcher(reference).matches();
  }
}
