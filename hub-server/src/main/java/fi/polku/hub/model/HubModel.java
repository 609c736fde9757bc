package fi.polku.hub.model;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.StrictErrorHandler;
import fi.polku.model.generated.PolkuModelTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r5.model.AuditEvent;
import org.hl7.fhir.r5.model.Consent;
import org.hl7.fhir.r5.model.Location;
import org.hl7.fhir.r5.model.Organization;
import org.hl7.fhir.r5.model.Person;
import org.hl7.fhir.r5.model.Provenance;

/**
 * What the hub serves: the model's resource types, the reused FHIR resource types, and the
 * read-only conformance resources of the model package.
 */
public final class HubModel {

  /** FHIR core resource types the model reuses; the hub stores them like the model's own types. */
  public static final List<Class<? extends IBaseResource>> REUSED_TYPES =
      List.of(
          Organization.class,
          Person.class,
          Location.class,
          Provenance.class,
          AuditEvent.class,
          Consent.class);

  /** Conformance resource types served read-only from the model package. */
  public static final Set<String> CONFORMANCE_TYPES =
      Set.of("StructureDefinition", "SearchParameter", "CodeSystem", "ValueSet");

  private HubModel() {}

  /** Every stored (writable) resource type: the model's types, then the reused FHIR types. */
  public static List<Class<? extends IBaseResource>> storedTypes() {
    List<Class<? extends IBaseResource>> out = new ArrayList<>(PolkuModelTypes.RESOURCE_TYPES);
    out.addAll(REUSED_TYPES);
    return out;
  }

  /**
   * A new R5 context with the model's classes registered. Parsing is strict: an unknown element or
   * a malformed value fails the request instead of being dropped silently.
   */
  public static FhirContext newFhirContext() {
    FhirContext ctx = FhirContext.forR5();
    PolkuModelTypes.registerAll(ctx);
    ctx.setParserErrorHandler(new StrictErrorHandler());
    // Resources reach the encoder parsed from a body or read from the store, never holding a
    // referenced resource object without an id, so the encoder need not walk every reference
    // looking
    // for one to contain (a sizeable part of each encoding's cost). Contained resources with an id
    // are encoded as before.
    ctx.getParserOptions().setAutoContainReferenceTargetsWithNoId(false);
    return ctx;
  }
}
