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
   * A reader of delimited or JSON files among {@code inputs}, for which the columns {@code ignored}
   * are deliberately not read (the spec's {@code ignore} list); null if no input file matches the
   * entity.
   */
  public static SourceReader files(
      SourceSpec source, EntitySpec entity, Set<String> ignored, List<Path> inputs) {
    String pattern = entity.file() != null ? entity.file() : "*.json";
    List<InputFiles.Found> found = InputFiles.find(inputs, pattern);
    if (found.isEmpty()) {
      return null;
    }
    return switch (source.kind()) {
      case CSV -> new CsvSourceReader(entity.name(), entity.columns(), ignored, source, found);
      case JSON -> new JsonSourceReader(entity.name(), entity.records(), entity.recurse(), found);
      case SQL -> throw new IllegalArgumentException("SQL entities are read with sql()");
    };
  }

  /** A reader of a table or query through Camel's SQL component. */
  public static SqlSourceReader sql(
      ProducerTemplate camel, String dataSourceRef, EntitySpec entity, SqlPosition since) {
    return new SqlSourceReader(camel, dataSourceRef, entity, since);
  }
}
