package fi.polku.hub.write;

import ca.uhn.fhir.util.ResourceReferenceInfo;
import fi.polku.hub.store.ResourceEntity;
import fi.polku.hub.store.SearchCriteria;
import fi.polku.hub.store.StoredContent;
import fi.polku.hub.store.StoredContent.IdentifierKey;
import fi.polku.hub.write.WriteOutcome.Status;
import fi.polku.hub.write.WriteRequest.Op;
import fi.polku.validation.api.ValidationReport;
import java.util.List;

/** What one request of a unit turns into, filled in step by step by a {@link WriteAttempt}. */
final class WritePlan {

  /** The request's position in its Bundle, which issue locations name; 0 for a single write. */
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

  WritePlan(int index, WriteRequest req) {
    this.index = index;
    this.req = req;
  }

  /** Whether the request writes a new version (not a delete, not settled early). */
  boolean writesContent() {
    return req.op() != Op.DELETE && early == null;
  }

  /** {@code Type/id} of the resource the request writes. */
  String reference() {
    return req.type() + "/" + id;
  }

  int newVersion() {
    return current == null ? 1 : current.version() + 1;
  }

  /** The identifier named by the condition if it is exactly one identifier, else null. */
  IdentifierKey conditionKey() {
    SearchCriteria.Token t = condition == null ? null : condition.singleIdentifier();
    return t == null ? null : new IdentifierKey(t.system(), t.value());
  }
}
