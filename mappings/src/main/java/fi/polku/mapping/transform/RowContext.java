package fi.polku.mapping.transform;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.mapping.codes.RowIssue;
import fi.polku.validation.api.IssueCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-record state while a record is transformed: the problems found so far and, when a rejected
 * record is traced to explain a validator finding, which source field wrote which element.
 */
public final class RowContext {

  /** Stands in for a sensitive value in messages. */
  static final String HIDDEN = "•••";

  private static final int MAX_ISSUES = 20;

  private final List<RowIssue> issues = new ArrayList<>();
  private final List<ProducedResource.Ref> references = new ArrayList<>();
  private final boolean tracing;
  private final IdentityHashMap<ObjectNode, Map<String, String>> trace;

  RowContext(boolean tracing) {
    this.tracing = tracing;
    this.trace = tracing ? new IdentityHashMap<>() : null;
  }

  /** Records a problem of the record. */
  void fail(IssueCode code, String column, Map<String, String> params) {
    for (RowIssue i : issues) {
      if (i.code().equals(code) && java.util.Objects.equals(i.column(), column)) {
        return; // one problem of a column is reported once, even if several fields read it
      }
    }
    if (issues.size() < MAX_ISSUES) {
      issues.add(RowIssue.of(code, column, params));
    }
  }

  void fail(RowIssue issue) {
    if (issues.size() < MAX_ISSUES) {
      issues.add(issue);
    }
  }

  boolean failed() {
    return !issues.isEmpty();
  }

  List<RowIssue> issues() {
    return issues;
  }

  void reference(ProducedResource.Ref ref) {
    references.add(ref);
  }

  /** The references recorded since {@code mark} (removed from the context). */
  List<ProducedResource.Ref> takeReferences(int mark) {
    List<ProducedResource.Ref> out = new ArrayList<>(references.subList(mark, references.size()));
    references.subList(mark, references.size()).clear();
    return out;
  }

  int referenceMark() {
    return references.size();
  }

  /** Remembers that {@code column} wrote element {@code name} of {@code container}. */
  void trace(TargetPath.Written written, String column) {
    if (tracing && column != null) {
      trace
          .computeIfAbsent(written.container(), k -> new HashMap<>())
          .putIfAbsent(written.name(), column);
    }
  }

  /** The source column that wrote {@code name} of {@code container}, or null. */
  String tracedColumn(ObjectNode container, String name) {
    if (!tracing) {
      return null;
    }
    Map<String, String> m = trace.get(container);
    return m == null ? null : m.get(name);
  }
}
