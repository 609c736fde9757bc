package fi.polku.mapping.transform;

import com.fasterxml.jackson.databind.JsonNode;
import fi.polku.mapping.spec.ConditionSpec;
import fi.polku.mapping.spec.EntitySpec;
import fi.polku.mapping.spec.FieldSpec;
import fi.polku.mapping.spec.MappingSpec.IgnoredPath;
import fi.polku.mapping.spec.ResourceSpec;
import fi.polku.mapping.spec.ResourceSpec.CheckSpec;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which fields of a JSON record an entity's spec reads, so that a load can say which fields of its
 * documents it did not load. A field that no spec field, key, condition or check reads, and that
 * the spec's {@code ignore} list does not name, would otherwise be dropped in silence: a KOSKI
 * document of a newer kind, or an export with a field added, loads "fine" while losing data.
 *
 * <p>A path read as a value ({@code from: tyyppi}) covers everything below it (the code's {@code
 * koodiarvo}, {@code nimi}...), as does an ignored path; a path that is only a scope ({@code each},
 * the {@code from} of a structure) covers just what its nested fields read. Paths are
 * record-relative, dot-separated field names without array positions ({@code
 * opiskeluoikeudet.suoritukset.tila}), as the {@code ignore} list writes them.
 */
public final class SourceCoverage {

  private static final Pattern PLACEHOLDER = Pattern.compile("(?<!\\$)\\{([^}]+)}");
  private static final SourceCoverage EVERYTHING = new SourceCoverage(Node.covered());

  private final Node root;

  private SourceCoverage(Node root) {
    this.root = root;
  }

  /** A coverage that reads everything (sources whose records are not JSON documents). */
  public static SourceCoverage everything() {
    return EVERYTHING;
  }

  /**
   * The fields {@code entity} reads of each of its JSON records.
   *
   * @param entity the entity as written
   * @param groups the spec's named field groups
   * @param ignored the spec's ignore list (record-relative paths)
   */
  public static SourceCoverage of(
      EntitySpec entity, Map<String, List<FieldSpec>> groups, List<IgnoredPath> ignored) {
    Builder b = new Builder(groups == null ? Map.of() : groups);
    Scope top = new Scope(List.of(b.root), null);
    if (entity.recurse() != null) {
      // Child records are records of their own, checked when they are read.
      b.read(top, entity.recurse());
    }
    b.templates(top, entity.key());
    if (entity.resources() != null) {
      b.resources(entity.resources(), top);
    }
    // After the fields: an ignored path inside a group used within itself then follows the
    // group's link back (see Builder.nest) rather than keeping the link from being made.
    if (ignored != null) {
      for (IgnoredPath i : ignored) {
        b.read(top, i.path());
      }
    }
    return new SourceCoverage(b.root);
  }

  /**
   * The fields of {@code record} that hold a value and that the spec neither reads nor ignores, by
   * path, each once, in document order. For a field none of whose parts is read, the path of the
   * field itself ({@code opiskeluoikeudet.järjestämislupa}), not of each of its parts.
   */
  public Set<String> unread(JsonNode record) {
    Set<String> out = new LinkedHashSet<>();
    if (record != null && !root.all) {
      walk(root, record, "", out);
    }
    return out;
  }

  private static void walk(Node node, JsonNode value, String path, Set<String> out) {
    if (node.all) {
      return;
    }
    if (value.isArray()) {
      for (JsonNode e : value) {
        walk(node, e, path, out);
      }
    } else if (value.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> f = fields.next();
        String p = path.isEmpty() ? f.getKey() : path + "." + f.getKey();
        Node child = node.children.get(f.getKey());
        if (child != null) {
          walk(child, f.getValue(), p, out);
        } else if (holdsValue(f.getValue())) {
          out.add(p);
        }
      }
    } else if (holdsValue(value) && !path.isEmpty()) {
      // A plain value where the spec reads only fields below it (an object it expected).
      out.add(path);
    }
  }

  /** Whether {@code n} is, or contains, a value other than null or blank text. */
  private static boolean holdsValue(JsonNode n) {
    if (n == null || n.isNull() || n.isMissingNode()) {
      return false;
    }
    if (n.isTextual()) {
      return !n.asText().isBlank();
    }
    if (n.isContainerNode()) {
      for (JsonNode c : n) {
        if (holdsValue(c)) {
          return true;
        }
      }
      return false;
    }
    return true;
  }

  /** A field-name trie: {@code all} when everything from here down is read. */
  private static final class Node {
    final Map<String, Node> children = new HashMap<>();
    boolean all;

    static Node covered() {
      Node n = new Node();
      n.all = true;
      return n;
    }
  }

  /**
   * Where a spec element's paths start: one trie node per alternative ({@code each: [old, new]}),
   * and the enclosing scope ({@code ^.}).
   */
  private record Scope(List<Node> nodes, Scope parent) {

    Scope root() {
      Scope s = this;
      while (s.parent != null) {
        s = s.parent;
      }
      return s;
    }

    /** The nodes of {@code path} written in this scope ({@code $.} root, {@code ^.} up). */
    List<Node> resolve(String path) {
      Scope s = this;
      String p = path.trim();
      if (p.startsWith("$.")) {
        s = root();
        p = p.substring(2);
      }
      while (p.startsWith("^.")) {
        s = s.parent == null ? s : s.parent;
        p = p.substring(2);
      }
      String[] names = p.isEmpty() ? new String[0] : p.split("\\.");
      List<Node> out = new ArrayList<>(s.nodes.size());
      for (Node n : s.nodes) {
        Node at = n;
        for (String name : names) {
          at = at.children.computeIfAbsent(name, k -> new Node());
        }
        out.add(at);
      }
      return out;
    }

    Scope child(List<String> paths) {
      List<Node> inner = new ArrayList<>();
      for (String p : paths) {
        inner.addAll(resolve(p));
      }
      return new Scope(inner, this);
    }
  }

  private static final class Builder {
    /** Unlinked expansions of one group inside itself before giving up (see {@link #nest}). */
    private static final int MAX_NESTING = 8;

    final Node root = new Node();
    final Map<String, List<FieldSpec>> groups;

    /** The scopes of the groups being expanded, innermost last. */
    final Map<String, Deque<Scope>> expanding = new HashMap<>();

    Builder(Map<String, List<FieldSpec>> groups) {
      this.groups = groups;
    }

    void resources(List<ResourceSpec> resources, Scope scope) {
      for (ResourceSpec r : resources) {
        // Keys, conditions and checks of a repeated resource are evaluated per element.
        Scope inner = r.each() == null || r.each().isEmpty() ? scope : scope.child(r.each());
        templates(inner, r.key());
        condition(inner, r.when());
        if (r.checks() != null) {
          for (CheckSpec c : r.checks()) {
            read(inner, c.unit());
            read(inner, c.organisation());
          }
        }
        if (r.fields() != null) {
          fields(r.fields(), inner);
        }
        if (r.resources() != null) {
          resources(r.resources(), inner);
        }
      }
    }

    void fields(List<FieldSpec> fields, Scope scope) {
      for (FieldSpec f : fields) {
        if (f == null) {
          continue;
        }
        condition(scope, f.when());
        templates(scope, f.template());
        templates(scope, f.key());
        if (!f.isStructure()) {
          read(scope, f.from());
          continue;
        }
        List<String> paths =
            f.each() != null && !f.each().isEmpty()
                ? f.each()
                : f.from() != null ? List.of(f.from()) : List.of();
        if (f.fieldGroup() != null) {
          nest(f.fieldGroup(), paths, scope);
        } else if (f.fields() != null) {
          fields(f.fields(), paths.isEmpty() ? scope : scope.child(paths));
        }
      }
    }

    /**
     * Expands a group. A group used inside itself (the parts of a part, to any depth) is not
     * expanded again: its paths lead back to the node where the outer expansion started, so the
     * trie stays finite and covers any depth.
     */
    private void nest(String group, List<String> paths, Scope scope) {
      List<FieldSpec> nested = groups.get(group);
      if (nested == null) {
        return;
      }
      Deque<Scope> active = expanding.computeIfAbsent(group, k -> new ArrayDeque<>());
      if (!active.isEmpty() && !paths.isEmpty() && link(active.peekLast(), paths, scope)) {
        return;
      }
      if (active.size() >= MAX_NESTING) {
        return;
      }
      Scope inner = paths.isEmpty() ? scope : scope.child(paths);
      active.addLast(inner);
      try {
        fields(nested, inner);
      } finally {
        active.removeLast();
      }
    }

    /** Points {@code paths} (in {@code scope}) at the first node of {@code target}, if free. */
    private static boolean link(Scope target, List<String> paths, Scope scope) {
      Node to = target.nodes().get(0);
      for (String path : paths) {
        if (path.startsWith("^.") || path.startsWith("$.")) {
          return false;
        }
        String[] names = path.split("\\.");
        for (Node n : scope.nodes()) {
          Node at = n;
          for (int i = 0; i < names.length - 1; i++) {
            at = at.children.computeIfAbsent(names[i], k -> new Node());
          }
          Node existing = at.children.putIfAbsent(names[names.length - 1], to);
          if (existing != null && existing != to) {
            return false;
          }
        }
      }
      return true;
    }

    void condition(Scope scope, ConditionSpec c) {
      if (c == null) {
        return;
      }
      read(scope, c.field());
      if (c.parts() != null) {
        c.parts().forEach(p -> condition(scope, p));
      }
    }

    void templates(Scope scope, String template) {
      if (template == null) {
        return;
      }
      Matcher m = PLACEHOLDER.matcher(template);
      while (m.find()) {
        read(scope, m.group(1));
      }
    }

    /** Marks {@code path} (in {@code scope}) and everything below it as read. */
    void read(Scope scope, String path) {
      if (path == null || path.isBlank() || (path.startsWith("$") && !path.startsWith("$."))) {
        return; // built-in values ($file, $index...) read no field
      }
      for (Node n : scope.resolve(path)) {
        n.all = true;
      }
    }
  }
}
