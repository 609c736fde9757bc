package fi.polku.mapping.load;

import fi.polku.mapping.codes.MappingCodes;
import fi.polku.mapping.codes.RowIssue;
import fi.polku.mapping.hub.HubIssue;
import fi.polku.mapping.hub.HubPort;
import fi.polku.mapping.transform.EntityPlan;
import fi.polku.mapping.transform.ProducedResource;
import fi.polku.mapping.transform.RowOutput;
import fi.polku.validation.api.IssueCode;
import fi.polku.validation.api.Text;
import fi.polku.validation.catalogue.Catalogue;
import fi.polku.validation.catalogue.Catalogues;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Explains the hub's refusal of a record in the record's terms: an unresolvable reference becomes
 * "the referenced record X does not exist" (or "was rejected on line N") with the source column; a
 * validator code keeps its code and message; anything else is wrapped.
 */
final class HubIssues {

  private static final Map<String, IssueCode> KNOWN = known();

  private HubIssues() {}

  static List<RowIssue> explain(
      RowOutput row, EntityPlan plan, List<HubIssue> issues, RejectedRecords rejected) {
    List<RowIssue> out = new ArrayList<>();
    for (HubIssue i : issues) {
      if (!i.isError()) {
        continue;
      }
      RowIssue r = reference(row, i, rejected);
      if (r == null) {
        r = other(row, plan, i);
      }
      out.add(r);
    }
    if (out.isEmpty()) {
      out.add(RowIssue.of(MappingCodes.ROW_IN_FAILED_GROUP, null, Map.of()));
    }
    return out;
  }

  private static RowIssue reference(RowOutput row, HubIssue issue, RejectedRecords rejected) {
    if (!HubPort.UNRESOLVED_REFERENCE.equals(issue.code())) {
      return null;
    }
    String text = issue.message().en();
    for (ProducedResource r : row.resources()) {
      for (ProducedResource.Ref ref : r.references()) {
        String plain = RejectedRecords.decode(ref.condition());
        if (text.contains(ref.condition()) || text.contains(plain)) {
          RejectedRecords.Where where = rejected.find(ref.condition());
          if (where != null) {
            return RowIssue.of(
                MappingCodes.REFERENCE_TO_REJECTED,
                ref.column(),
                Map.of(
                    "column", ref.column(),
                    "target", ref.target(),
                    "origin", where.origin(),
                    "line", Long.toString(where.line())));
          }
          return RowIssue.of(
              MappingCodes.DANGLING_REFERENCE,
              ref.column(),
              Map.of("column", ref.column(), "target", ref.target()));
        }
      }
    }
    return null;
  }

  private static RowIssue other(RowOutput row, EntityPlan plan, HubIssue i) {
    IssueCode code = i.code() == null ? null : KNOWN.get(i.code());
    if (code != null) {
      // The hub's own validation (business rules): code and message as the hub gave them.
      return new RowIssue(code, i.message(), null, i.location());
    }
    // The hub tells its refusals in fi/sv/en: the dead letter keeps each language's text.
    String prefix = i.code() == null ? "" : i.code() + " ";
    Text message = i.message();
    Text detail = new Text(prefix + message.fi(), prefix + message.sv(), prefix + message.en());
    return RowIssue.of(
        MappingCodes.HUB_REJECTED,
        null,
        Map.of("resource", row.resources().isEmpty() ? "" : row.resources().get(0).type()),
        Map.of("detail", detail));
  }

  private static Map<String, IssueCode> known() {
    Map<String, IssueCode> m = new HashMap<>();
    for (Catalogue c : Catalogues.all()) {
      for (IssueCode code : c.codes()) {
        m.put(code.code(), code);
      }
    }
    return m;
  }
}
