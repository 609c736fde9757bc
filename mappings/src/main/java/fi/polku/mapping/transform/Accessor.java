package fi.polku.mapping.transform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * Reads one source value from a scope: a column of the record, a path in the JSON scope, or a
 * built-in ({@code $file}, {@code $line}, {@code $index}, {@code $path}). Compiled once; per row it
 * is an array index or a few map lookups.
 */
abstract class Accessor {

  private final String name;

  Accessor(String name) {
    this.name = name;
  }

  /** The source field as written in the spec (for messages and dead letters). */
  final String name() {
    return name;
  }

  abstract Object get(Scope scope);

  /** A column of a CSV or SQL record, by its position in the spec's column list. */
  static Accessor column(String name, int ordinal) {
    return new Accessor(name) {
      @Override
      Object get(Scope scope) {
        return scope.record.value(ordinal);
      }
    };
  }

  /**
   * A JSON path: dot-separated field names from the current scope node; {@code $.} starts at the
   * record's root, each {@code ^.} goes one scope up.
   */
  static Accessor json(String name) {
    String path = name;
    int ups = 0;
    boolean fromRoot = false;
    if (path.startsWith("$.")) {
      fromRoot = true;
      path = path.substring(2);
    }
    while (path.startsWith("^.")) {
      ups++;
      path = path.substring(2);
    }
    String[] keys = path.isEmpty() ? new String[0] : path.split("\\.");
    boolean root = fromRoot;
    int up = ups;
    return new Accessor(name) {
      @Override
      Object get(Scope scope) {
        Scope s = root ? scope.root() : scope;
        for (int i = 0; i < up && s.parent != null; i++) {
          s = s.parent;
        }
        JsonNode n = s.node;
        for (String k : keys) {
          if (n == null) {
            return MissingNode.getInstance();
          }
          n = n.get(k);
        }
        return n == null ? MissingNode.getInstance() : n;
      }
    };
  }

  /** A built-in value; null if {@code name} is not one. */
  static Accessor builtIn(String name) {
    return switch (name) {
      case "$file" ->
          new Accessor(name) {
            @Override
            Object get(Scope scope) {
              return scope.record.stem();
            }
          };
      case "$line" ->
          new Accessor(name) {
            @Override
            Object get(Scope scope) {
              return Long.toString(scope.record.line());
            }
          };
      case "$index" ->
          new Accessor(name) {
            @Override
            Object get(Scope scope) {
              return scope.index < 0 ? null : Integer.toString(scope.index);
            }
          };
      case "$path" ->
          new Accessor(name) {
            @Override
            Object get(Scope scope) {
              return scope.indexPath();
            }
          };
      default -> null;
    };
  }

  /** A constant. */
  static Accessor constant(String value) {
    return new Accessor(value) {
      @Override
      Object get(Scope scope) {
        return value;
      }
    };
  }
}
