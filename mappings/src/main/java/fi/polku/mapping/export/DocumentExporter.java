package fi.polku.mapping.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.mapping.hub.StoredResource;
import fi.polku.mapping.spec.EntitySpec;
import fi.polku.mapping.spec.FieldSpec;
import fi.polku.mapping.spec.MappingSpec;
import fi.polku.mapping.spec.ResourceSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * Builds source documents back from canonical resources by running a JSON spec's entity in reverse:
 * the entity's first resource without {@code each} anchors a document (the KOSKI learner), and
 * every resource nested under it in the spec becomes a list element of its parent at the resource's
 * {@code each} path, found through the reference field that names the parent ({@code {to:
 * studyRight, as: reference, resource: study-right}}).
 *
 * <p>All resources of the spec's types are read once and kept under their parent ({@link
 * ExportStore}): in memory, or for an export of a whole hub in a work file, so that memory does not
 * grow with the number of learners.
 */
public final class DocumentExporter {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String SOURCE_KEY_BASE = "https://polku.fi/fhir/source/";

  private final MappingSpec spec;
  private final ResourceSpec anchor;

  /**
   * An exporter of the first entity of {@code spec}.
   *
   * @throws IllegalArgumentException if the entity has no resource that can anchor a document
   */
  public DocumentExporter(MappingSpec spec) {
    this.spec = spec;
    EntitySpec entity = spec.entities().get(0);
    this.anchor =
        entity.resources().stream()
            .filter(r -> r.each() == null || r.each().isEmpty())
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "the mapping " + spec.name() + " has no resource to anchor a document"));
  }

  /**
   * A document built.
   *
   * @param id the anchor resource's id ({@code Learner/<id>}): names the file, never a person
   * @param document the source document
   */
  public record Document(String id, ObjectNode document) {}

  /**
   * Builds the document of every anchor resource and hands each to {@code each}.
   *
   * @return the number of documents
   */
  public int export(ExportSource source, Consumer<Document> each) {
    return export(source, n -> {}, each);
  }

  /**
   * Builds the document of every anchor resource and hands each to {@code each}, telling {@code
   * read} the number of resources read so far while it reads (every 500).
   *
   * @return the number of documents
   */
  public int export(ExportSource source, IntConsumer read, Consumer<Document> each) {
    try (ExportStore store = ExportStore.inMemory()) {
      return export(source, read, each, store);
    }
  }

  /**
   * As {@link #export(ExportSource, IntConsumer, Consumer)}, keeping what it reads in a file of
   * {@code workFolder} (deleted at the end) instead of in memory: for exports of a whole hub.
   */
  public int export(
      ExportSource source, IntConsumer read, Consumer<Document> each, Path workFolder) {
    try (ExportStore store = ExportStore.inFolder(workFolder)) {
      return export(source, read, each, store);
    }
  }

  private int export(
      ExportSource source, IntConsumer read, Consumer<Document> each, ExportStore store) {
    int[] count = {0};
    ExportSource counted =
        new ExportSource() {
          @Override
          public void forEach(String type, Consumer<StoredResource> consumer) {
            source.forEach(
                type,
                r -> {
                  if (++count[0] % READ_STEP == 0) {
                    read.accept(count[0]);
                  }
                  consumer.accept(r);
                });
          }

          @Override
          public StoredResource read(String type, String id) {
            return source.read(type, id);
          }
        };
    return build(counted, each, store);
  }

  private static final int READ_STEP = 500;

  private int build(ExportSource source, Consumer<Document> each, ExportStore store) {
    ReferenceResolver refs = new ReferenceResolver(source);
    ReverseFields reverse = new ReverseFields(spec.groups(), refs);
    for (ResourceSpec r : spec.entities().get(0).resources()) {
      if (r != anchor) {
        collect(r, anchor.name(), source, reverse, store);
      }
    }
    source.forEach(anchor.type(), store::addAnchor);
    int n = 0;
    for (StoredResource a : store.anchors()) {
      ObjectNode doc = NODES.objectNode();
      reverse.apply(anchor.fields(), a.json(), doc);
      for (ResourceSpec r : spec.entities().get(0).resources()) {
        if (r != anchor) {
          nest(r, a, doc, store, reverse);
        }
      }
      each.accept(new Document(a.type() + "/" + a.id(), doc));
      n++;
    }
    return n;
  }

  /** Reads the resources of {@code r} and its nested specs, kept under their parent's id. */
  private void collect(
      ResourceSpec r, String parent, ExportSource source, ReverseFields reverse, ExportStore out) {
    FieldSpec link = link(r, parent);
    if (link != null) {
      source.forEach(
          r.type(),
          res -> {
            if (!reverse.matches(r.fields(), res.json())) {
              return;
            }
            String parentId =
                ReferenceResolver.idOf(res.json().get(FhirPaths.segments(link.to())[0]));
            if (parentId != null) {
              out.addChild(r.name(), parentId, res);
            }
          });
    }
    if (r.resources() != null) {
      for (ResourceSpec child : r.resources()) {
        collect(child, r.name(), source, reverse, out);
      }
    }
  }

  /** The reference field of {@code r} that points to the resource named {@code parent}. */
  private static FieldSpec link(ResourceSpec r, String parent) {
    for (FieldSpec f : r.fields()) {
      if (f != null && "reference".equals(f.as()) && parent.equals(f.resource())) {
        return f;
      }
    }
    return null;
  }

  /** Adds the resources of {@code r} whose parent is {@code parent} to {@code into}. */
  private void nest(
      ResourceSpec r,
      StoredResource parent,
      ObjectNode into,
      ExportStore children,
      ReverseFields reverse) {
    List<StoredResource> mine = children.children(r.name(), parent.type() + "/" + parent.id());
    if (mine.isEmpty() || r.each() == null || r.each().isEmpty()) {
      return;
    }
    List<StoredResource> sorted = new ArrayList<>(mine);
    sorted.sort(Comparator.comparing(DocumentExporter::order, DocumentExporter::natural));
    ArrayNode list = NODES.arrayNode();
    for (StoredResource res : sorted) {
      ObjectNode o = NODES.objectNode();
      reverse.apply(r.fields(), res.json(), o);
      if (r.resources() != null) {
        for (ResourceSpec child : r.resources()) {
          nest(child, res, o, children, reverse);
        }
      }
      list.add(o);
    }
    // The last of alternative paths is the current name (see ReverseFields).
    ReverseFields.put(into, r.each().get(r.each().size() - 1), list);
  }

  /** The source key (it keeps the order of the source's lists), else the id. */
  private static String order(StoredResource r) {
    for (JsonNode id : r.json().path("identifier")) {
      if (id.path("system").asText().startsWith(SOURCE_KEY_BASE)) {
        return id.path("value").asText();
      }
    }
    return r.id();
  }

  /** Compares texts with their runs of digits as numbers ({@code [2]} before {@code [10]}). */
  static int natural(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char x = a.charAt(i);
      char y = b.charAt(j);
      if (Character.isDigit(x) && Character.isDigit(y)) {
        int si = i;
        int sj = j;
        while (i < a.length() && Character.isDigit(a.charAt(i))) {
          i++;
        }
        while (j < b.length() && Character.isDigit(b.charAt(j))) {
          j++;
        }
        String da = a.substring(si, i).replaceFirst("^0+(?=.)", "");
        String db = b.substring(sj, j).replaceFirst("^0+(?=.)", "");
        int c = da.length() != db.length() ? da.length() - db.length() : da.compareTo(db);
        if (c != 0) {
          return c;
        }
      } else {
        if (x != y) {
          return Character.compare(x, y);
        }
        i++;
        j++;
      }
    }
    return (a.length() - i) - (b.length() - j);
  }
}
