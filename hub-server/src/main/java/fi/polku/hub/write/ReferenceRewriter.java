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

  /** The conditional references ({@code Type?query}) in {@code resource}. */
  List<String> conditionalReferences(IBaseResource resource) {
    List<String> out = new ArrayList<>();
    for (ResourceReferenceInfo info : fhir.newTerser().getAllResourceReferences(resource)) {
      String value = info.getResourceReference().getReferenceElement().getValue();
      if (value != null && isConditional(value)) {
        out.add(value);
      }
    }
    return out;
  }

  /**
   * Rewrites {@code resource}'s references.
   *
   * @param placeholders fullUrl ({@code urn:uuid:...}) to relative reference
   * @param conditional resolves a conditional reference to a relative reference (or throws)
   */
  void rewrite(
      IBaseResource resource,
      Map<String, String> placeholders,
      Function<String, String> conditional) {
    for (ResourceReferenceInfo info : fhir.newTerser().getAllResourceReferences(resource)) {
      IBaseReference ref = info.getResourceReference();
      String value = ref.getReferenceElement().getValue();
      if (value == null) {
        continue;
      }
      if (value.startsWith("urn:uuid:") || value.startsWith("urn:oid:")) {
        String target = placeholders.get(value);
        if (target == null) {
          throw new HubException(HubCodes.UNRESOLVED_PLACEHOLDER, Map.of("reference", value));
        }
        ref.setReference(target);
      } else if (isConditional(value)) {
        ref.setReference(conditional.apply(value));
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
