package fi.polku.mapping.load;

import fi.polku.mapping.source.InputFiles;
import fi.polku.mapping.source.SourceReaders;
import fi.polku.mapping.spec.EntitySpec;
import fi.polku.mapping.spec.MappingSpec;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.component.file.GenericFile;

/**
 * The order in which the inbox loads the files of one poll: by folder, then in the dependency order
 * of the folder's mapping (the order of its entities), then by name. An integrator who drops a
 * register export's CSV files one by one instead of as one ZIP gets one run per file; in this order
 * each file's references (a pupil's school, a guardian's pupil) are already in the hub when it is
 * loaded, whatever order the files were copied in.
 */
final class InboxOrder implements Comparator<GenericFile<File>> {

  /** Files no entity of the folder's mapping reads (a ZIP, a JSON document) come last. */
  private static final int UNKNOWN = Integer.MAX_VALUE;

  /** How long a folder's patterns are reused: within one poll, not after its settings change. */
  private static final long REUSE_MILLIS = 2_000;

  /** File patterns of each folder's entities, with when they were read. */
  private final Map<Path, Patterns> patterns = new HashMap<>();

  private record Patterns(List<String> entities, long readAt) {}

  @Override
  public int compare(GenericFile<File> a, GenericFile<File> b) {
    Path pa = a.getFile().toPath().toAbsolutePath();
    Path pb = b.getFile().toPath().toAbsolutePath();
    int byFolder = pa.getParent().compareTo(pb.getParent());
    if (byFolder != 0) {
      return byFolder;
    }
    int byRank = Integer.compare(rank(pa), rank(pb));
    return byRank != 0 ? byRank : pa.getFileName().compareTo(pb.getFileName());
  }

  /** The index of the first entity of its folder's mapping that reads {@code file}. */
  int rank(Path file) {
    long now = System.currentTimeMillis();
    Patterns cached = patterns.get(file.getParent());
    if (cached == null || now - cached.readAt() > REUSE_MILLIS) {
      cached = new Patterns(patternsOf(file.getParent()), now);
      patterns.put(file.getParent(), cached);
    }
    List<String> entities = cached.entities();
    for (int i = 0; i < entities.size(); i++) {
      if (InputFiles.matches(entities.get(i), file)) {
        return i;
      }
    }
    return UNKNOWN;
  }

  /**
   * The file patterns of the entities of {@code folder}'s mapping, in order; none when the mapping
   * cannot be read (its run then fails with the reason, whatever the order).
   */
  private static List<String> patternsOf(Path folder) {
    MappingSpec spec;
    try {
      spec = InboxFolder.of(folder).loadSpec().spec();
    } catch (IOException | RuntimeException e) {
      // Only the order is lost; loading the file reports what is wrong with the mapping.
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (EntitySpec entity : spec.entities()) {
      if (spec.source() != null && entity.table() == null && entity.query() == null) {
        out.add(SourceReaders.filePattern(spec.source(), entity));
      }
    }
    return out;
  }
}
