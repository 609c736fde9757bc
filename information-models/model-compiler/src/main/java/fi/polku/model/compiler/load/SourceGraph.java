package fi.polku.model.compiler.load;

import fi.polku.model.compiler.ir.SourceLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.StmtIterator;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;

/**
 * All Turtle files of the model merged into one graph, remembering which file declared each subject
 * so that problems can name the file.
 */
public final class SourceGraph {

  private final Model graph;
  private final Map<RDFNode, String> fileOfSubject;

  private SourceGraph(Model graph, Map<RDFNode, String> fileOfSubject) {
    this.graph = graph;
    this.fileOfSubject = fileOfSubject;
  }

  /**
   * Reads every {@code *.ttl} file in {@code dir}, in name order.
   *
   * @throws ModelSyntaxException if a file is not valid Turtle
   */
  public static SourceGraph read(Path dir) {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".ttl")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list model sources in " + dir, e);
    }
    if (files.isEmpty()) {
      throw new ModelSyntaxException(dir.toString(), "no *.ttl model sources found", null);
    }
    Model merged = ModelFactory.createDefaultModel();
    Map<RDFNode, String> fileOf = new HashMap<>();
    for (Path file : files) {
      Model part;
      try {
        part = RDFDataMgr.loadModel(file.toString());
      } catch (RiotException e) {
        throw new ModelSyntaxException(file.getFileName().toString(), e.getMessage(), e);
      }
      StmtIterator it = part.listStatements();
      while (it.hasNext()) {
        fileOf.putIfAbsent(it.next().getSubject(), file.getFileName().toString());
      }
      merged.add(part);
      merged.setNsPrefixes(part.getNsPrefixMap());
    }
    return new SourceGraph(merged, fileOf);
  }

  /** The merged graph. */
  public Model graph() {
    return graph;
  }

  /** Where {@code subject} was declared. */
  public SourceLocation locate(Resource subject) {
    String file = fileOfSubject.getOrDefault(subject, "?");
    return new SourceLocation(file, describe(subject));
  }

  /** A readable name for a subject: its prefixed IRI, or a marker for blank nodes. */
  public String describe(Resource subject) {
    if (subject.isAnon()) {
      return "[blank node]";
    }
    String short_ = graph.shortForm(subject.getURI());
    return short_ == null ? subject.getURI() : short_;
  }
}
