package fi.polku.mapping.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fi.polku.mapping.spec.MappingSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the documents of an export into a folder, one file per anchor resource, named after its
 * resource id ({@code Learner-1234.json}): never after an identity code or a name.
 */
public final class ExportRun {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ExportRun() {}

  /** Receives progress: resources read while reading, then documents written. */
  public interface Progress {
    /** The number of documents written so far (after each document). */
    void written(int documents);

    /** The number of resources read so far (every few hundred). */
    default void read(int resources) {}
  }

  /**
   * What a run wrote.
   *
   * @param learners anchor resources (learners) read
   * @param documents documents written
   * @param folder where
   */
  public record Summary(int learners, int documents, Path folder) {
    /** The command's last line: {@code exported: learners=<N> documents=<N>}. */
    public String line() {
      return "exported: learners=" + learners + " documents=" + documents;
    }
  }

  /** The folder an export cannot write into. */
  public static final class UnwritableFolder extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnwritableFolder(Path folder, Throwable cause) {
      super("cannot write into " + folder + ": " + (cause == null ? "not writable" : cause), cause);
    }
  }

  /**
   * Exports with {@code spec} from {@code source} into {@code folder} (created if missing).
   *
   * @throws UnwritableFolder if the folder cannot be created or written
   */
  public static Summary run(MappingSpec spec, ExportSource source, Path folder, Progress progress) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UnwritableFolder(folder, e);
    }
    if (!Files.isDirectory(folder) || !Files.isWritable(folder)) {
      throw new UnwritableFolder(folder, null);
    }
    int[] written = {0};
    int learners =
        new DocumentExporter(spec)
            .export(
                source,
                progress::read,
                d -> {
                  write(folder.resolve(fileName(d.id())), d);
                  written[0]++;
                  progress.written(written[0]);
                },
                folder);
    return new Summary(learners, written[0], folder);
  }

  /** {@code Learner/1234} as {@code Learner-1234.json}. */
  public static String fileName(String id) {
    return id.replaceAll("[^A-Za-z0-9._-]", "-") + ".json";
  }

  private static void write(Path file, DocumentExporter.Document d) {
    try {
      JSON.writeValue(file.toFile(), d.document());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
