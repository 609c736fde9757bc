package fi.polku.mapping.transform;

import fi.polku.mapping.spec.Loc;
import fi.polku.mapping.spec.SourceSpec.SourceKind;
import java.util.List;

/**
 * Resolves source field names of one entity to accessors: columns by their position in the entity's
 * column list (CSV, SQL), paths in the document otherwise (JSON, XML), and the built-ins
 * everywhere.
 */
final class SourceFields {

  private final SourceKind kind;
  private final List<String> columns;
  private final Problems problems;
  private final java.util.Set<String> used = new java.util.HashSet<>();

  SourceFields(SourceKind kind, List<String> columns, Problems problems) {
    this.kind = kind;
    this.columns = columns;
    this.problems = problems;
  }

  /** The accessor of {@code name}; null (with a problem at {@code loc}) if it is unknown. */
  Accessor resolve(String name, Loc loc) {
    Accessor builtIn = Accessor.builtIn(name);
    if (builtIn != null) {
      return builtIn;
    }
    if (kind.documents()) {
      return Accessor.json(name);
    }
    int ordinal = columns.indexOf(name);
    if (ordinal < 0) {
      problems.add(
          loc,
          "unknown column '"
              + name
              + "': add it to the entity's 'columns'"
              + Problems.hint(name, columns));
      return null;
    }
    used.add(name);
    return Accessor.column(name, ordinal);
  }

  /** The listed columns that nothing resolved so far reads, in the spec's order. */
  List<String> unused() {
    return columns.stream().filter(c -> !used.contains(c)).toList();
  }

  /** Compiles a template; null (with a problem) if it names unknown fields. */
  Template template(String text, Loc loc) {
    try {
      boolean[] ok = {true};
      Template t =
          Template.compile(
              text,
              n -> {
                Accessor a = resolve(n, loc);
                if (a == null) {
                  ok[0] = false;
                  return Accessor.constant("");
                }
                return a;
              });
      return ok[0] ? t : null;
    } catch (IllegalArgumentException e) {
      problems.add(loc, e.getMessage());
      return null;
    }
  }
}
