package fi.polku.validation.structure;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A StructureDefinition snapshot as a tree of element nodes, built from the element ids: {@code
 * A.b.c} is a child of {@code A.b}; {@code A.extension:name} is a slice of {@code A.extension} and
 * {@code A.extension:name.url} a child of that slice. Compile-time only.
 */
final class Snapshot {

  /** One ElementDefinition with its children and slices. */
  static final class Node {
    final JsonNode def;
    final String id;
    final String path;
    final String sliceName;
    final List<Node> children = new ArrayList<>();
    final List<Node> slices = new ArrayList<>();

    Node(JsonNode def) {
      this.def = def;
      this.id = def.path("id").asText(def.path("path").asText());
      this.path = def.path("path").asText();
      this.sliceName = def.path("sliceName").asText(null);
    }

    /** The element's own name as in its path: {@code value[x]}, {@code statusHistory}. */
    String pathName() {
      return path.substring(path.lastIndexOf('.') + 1);
    }

    /** The child named {@code name}, or null. */
    Node child(String name) {
      for (Node c : children) {
        if (c.pathName().equals(name)) {
          return c;
        }
      }
      return null;
    }
  }

  private final Node root;
  private final Map<String, Node> byId;

  private Snapshot(Node root, Map<String, Node> byId) {
    this.root = root;
    this.byId = byId;
  }

  /** The tree of {@code elements} (a snapshot's element array). */
  static Snapshot of(JsonNode elements, String what) {
    Map<String, Node> byId = new HashMap<>();
    Node root = null;
    for (JsonNode def : elements) {
      Node node = new Node(def);
      byId.put(node.id, node);
      if (root == null) {
        root = node;
        continue;
      }
      int dot = node.id.lastIndexOf('.');
      Node parent = dot < 0 ? null : byId.get(node.id.substring(0, dot));
      if (parent == null) {
        throw new IllegalStateException("Element " + node.id + " of " + what + " has no parent");
      }
      if (node.sliceName != null && node.id.endsWith(":" + node.sliceName)) {
        Node sliced = parent.child(node.pathName());
        if (sliced != null) {
          sliced.slices.add(node);
        }
      } else {
        parent.children.add(node);
      }
    }
    if (root == null) {
      throw new IllegalStateException(what + " has an empty snapshot");
    }
    return new Snapshot(root, byId);
  }

  Node root() {
    return root;
  }

  /** The node with element id {@code id}, or null. */
  Node node(String id) {
    return byId.get(id);
  }
}
