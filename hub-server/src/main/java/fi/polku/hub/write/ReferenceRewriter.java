package fi.polku.hub.write;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.util.ResourceReferenceInfo;
import fi.polku.hub.problem.HubCodes;
import fi.polku.hub.problem.HubException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hl7.fhir.instance.model.api.IBaseReference;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * Rewrites the references of a transaction's resources: {@code urn:uuid:} placeholders to the ids
 * the hub assigned, and conditional references ({@code Learner?identifier=...}) to the one resource
 * they match.
 */
final class ReferenceRewriter {

  private final FhirContext fhir;

  ReferenceRewriter(FhirContext fhir) {
    this.fhir = fhir;
  }

  /** The references of {@code resource} with their paths: one walk, reused for every step. */
  List<ResourceReferenceInfo> references(IBaseResource resource) {
    return fhir.newTerser().getAllResourceReferences(resource);
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
   * Rewrites references.
   *
   * @param refs the references of one resource ({@link #references})
   * @param placeholders fullUrl ({@code urn:uuid:...}) to relative reference
   * @param conditional resolves a conditional reference to a relative reference (or throws)
   * @param undo collects how to put each rewritten reference back, for a retried attempt
   */
  static void rewrite(
      List<ResourceReferenceInfo> refs,
      Map<String, String> placeholders,
      Function<String, String> conditional,
      List<Runnable> undo) {
    for (ResourceReferenceInfo info : refs) {
      IBaseReference ref = info.getResourceReference();
      String value = ref.getReferenceElement().getValue();
      if (value == null) {
        continue;
      }
      String target = null;
      if (value.startsWith("urn:uuid:") || value.startsWith("urn:oid:")) {
        target = placeholders.get(value);
        if (target == null) {
          throw new HubException(HubCodes.UNRESOLVED_PLACEHOLDER, Map.of("reference", value));
        }
      } else if (isConditional(value)) {
        target = conditional.apply(value);
      }
      if (target != null) {
        ref.setReference(target);
        undo.add(() -> ref.setReference(value));
      }
    }
  }

  private static final java.util.regex.Pattern CONDITIONAL =
      java.util.regex.Pattern.compile("^[A-Z][A-Za-z]{1,63}\\?.+");

  /** Whether {@code reference} is a conditional reference, {@code Type?query}. */
  static boolean isConditional(String reference) {
    return CONDITIONAL.matcher(reference).matches();
  }
}
