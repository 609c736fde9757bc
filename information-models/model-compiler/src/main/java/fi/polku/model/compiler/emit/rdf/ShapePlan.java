package fi.polku.model.compiler.emit.rdf;

import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Decides where the record shapes may use {@code sh:node} without creating a cycle of shapes. SHACL
 * leaves recursive shapes undefined and Jena cuts them at parse time (the inner reference then
 * accepts anything), so:
 *
 * <ul>
 *   <li>a backbone that contains itself ({@code contentReference}) is never the object of {@code
 *       sh:node}; its shape instead targets the objects of every predicate that holds it ({@code
 *       sh:targetObjectsOf}), which checks each nested part at any depth and reports problems at
 *       the part itself;
 *   <li>any other edge that would close a cycle (Identifier.assigner to Reference.identifier to
 *       Identifier) keeps only {@code sh:nodeKind}. The JSON-LD context stops at the same kind of
 *       repetition, so such values hardly occur.
 * </ul>
 */
final class ShapePlan {

  private final Set<Structure> recursive = new HashSet<>();
  private final Map<Structure, Set<String>> holders = new LinkedHashMap<>();
  private final Set<Slot.Alt> cut = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Set<Structure> done = new HashSet<>();
  private final Set<Structure> onPath = new HashSet<>();

  ShapePlan(ProjectionModel projection) {
    for (Structure type : projection.recordTypes()) {
      visit(type);
    }
  }

  /** Whether values of this alternative are checked with {@code sh:node}. */
  boolean usesNode(Slot.Alt alt) {
    return alt.structure() != null && !recursive.contains(alt.structure()) && !cut.contains(alt);
  }

  /** Predicates whose objects a recursive backbone's shape targets; empty for other structures. */
  Set<String> targetPredicates(Structure s) {
    return holders.getOrDefault(s, Set.of());
  }

  /** Recursive backbones, in the order they were found. */
  Set<Structure> recursiveBackbones() {
    return holders.keySet();
  }

  private void visit(Structure s) {
    onPath.add(s);
    for (Slot slot : s.slots()) {
      for (Slot.Alt alt : slot.alternatives()) {
        Structure next = alt.structure();
        if (next == null) {
          continue;
        }
        if (next.kind() == Structure.Kind.BACKBONE && next.containsItself()) {
          recursive.add(next);
          holders.computeIfAbsent(next, k -> new LinkedHashSet<>()).add(slot.predicate());
        } else if (onPath.contains(next)) {
          cut.add(alt);
        }
        if (!done.contains(next) && !onPath.contains(next)) {
          visit(next);
        }
      }
    }
    onPath.remove(s);
    done.add(s);
  }
}
