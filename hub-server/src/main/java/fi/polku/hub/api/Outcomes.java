package fi.polku.hub.api;

import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import fi.polku.hub.problem.Problems;
import fi.polku.hub.write.WriteOutcome;
import fi.polku.validation.api.ValidationReport;
import org.hl7.fhir.r5.model.OperationOutcome;
import org.hl7.fhir.r5.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r5.model.OperationOutcome.IssueType;

/**
 * Write outcomes as HAPI {@link MethodOutcome}s: HAPI then writes the status, {@code Location},
 * {@code ETag} and {@code Last-Modified}, and the body {@code Prefer} asks for (the resource,
 * nothing, or the informational OperationOutcome built here).
 */
final class Outcomes {

  private Outcomes() {}

  static MethodOutcome of(WriteOutcome o, RequestDetails request) {
    MethodOutcome m = new MethodOutcome();
    if (o.version() > 0) {
      m.setId(ResourceTypeProvider.idOf(o));
    }
    m.setCreated(o.status().created());
    m.setResource(o.resource());
    String lang = Problems.language(request.getHeader("Accept-Language"));
    OperationOutcome oo = info(o, lang);
    // Warnings of the validators go to the sender (Prefer: return=OperationOutcome shows them).
    ValidationReport findings = PreValidation.findings(request).plus(o.findings());
    if (!findings.issues().isEmpty()) {
      oo.getIssue().addAll(findings.toOperationOutcome(lang).getIssue());
    }
    m.setOperationOutcome(oo);
    return m;
  }

  private static OperationOutcome info(WriteOutcome o, String lang) {
    String ref = o.type() + "/" + o.id();
    String[] text =
        switch (o.status()) {
          case CREATED -> new String[] {"Luotiin " + ref, "Skapades " + ref, "Created " + ref};
          case UPDATED ->
              new String[] {"Päivitettiin " + ref, "Uppdaterades " + ref, "Updated " + ref};
          case UNCHANGED ->
              new String[] {
                "Ei muutoksia: " + ref,
                "Inga ändringar: " + ref,
                "Unchanged, no new version: " + ref
              };
          case EXISTING ->
              new String[] {
                "Oli jo olemassa: " + ref, "Fanns redan: " + ref, "Already exists: " + ref
              };
          case DELETED -> new String[] {"Poistettiin " + ref, "Raderades " + ref, "Deleted " + ref};
          case NOTHING_DELETED ->
              new String[] {"Ei poistettavaa", "Inget att radera", "Nothing to delete"};
        };
    OperationOutcome oo = new OperationOutcome();
    oo.addIssue()
        .setSeverity(IssueSeverity.INFORMATION)
        .setCode(IssueType.INFORMATIONAL)
        .setDiagnostics(lang.equals("fi") ? text[0] : lang.equals("sv") ? text[1] : text[2]);
    return oo;
  }
}
