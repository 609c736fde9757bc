package fi.polku.mapping.source;

import fi.polku.mapping.spec.EntitySpec;
import fi.polku.mapping.spec.SourceSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.camel.ProducerTemplate;

/** Creates the {@link SourceReader} of an entity for the source kind of its spec. */
public final class SourceReaders {

  private SourceReaders() {}

  /**
   * A reader of delimited, JSON or XML files among {@code inputs}, for which the columns {@code
   * ignored} are deliberately not read (the spec's {@code ignore} list); null if no input file
   * matches the entity.
   */
  public static SourceReader files(
      SourceSpec source, EntitySpec entity, Set<String> ignored, List<Path> inputs) {
    List<InputFiles.Found> found = InputFiles.find(inputs, filePattern(source, entity));
    if (found.isEmpty()) {
      return null;
    }
    return switch (source.kind()) {
      case CSV -> new CsvSourceReader(entity.name(), entity.columns(), ignored, source, found);
      case JSON -> new JsonSourceReader(entity.name(), entity.records(), entity.recurse(), found);
      case XML -> new XmlSourceReader(entity.name(), entity.records(), source.encoding(), found);
      case SQL -> throw new IllegalArgumentException("SQL entities are read with sql()");
    };
  }

  /** The file name or glob of an entity's files: its own, else every file of the kind. */
  public static String filePattern(SourceSpec source, EntitySpec entity) {
    return entity.file() != null
        ? entity.file()
        : "*." + source.kind().name().toLowerCase(java.util.Locale.ROOT);
  }

  /** A reader of a table or query through Camel's SQL component. */
  public static SqlSourceReader sql(
      ProducerTemplate camel, String dataSourceRef, EntitySpec entity, SqlPosition since) {
    return new SqlSourceReader(camel, dataSourceRef, entity, since);
  }
}
