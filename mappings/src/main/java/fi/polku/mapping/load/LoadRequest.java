package fi.polku.mapping.load;

import fi.polku.mapping.transform.CompiledMapping;
import java.util.List;

/**
 * One load: a compiled mapping and its inputs.
 *
 * @param mapping the compiled spec
 * @param inputs folders or files (CSV, JSON), or for SQL mappings one JDBC URL, H2 database file or
 *     SQL script
 * @param progress receives progress
 * @param fullRead whether an incremental SQL source is read from the start, ignoring the saved
 *     position
 */
public record LoadRequest(
    CompiledMapping mapping, List<String> inputs, ProgressListener progress, boolean fullRead) {

  /** A request with no progress listener, reading incrementally where the spec says so. */
  public static LoadRequest of(CompiledMapping mapping, List<String> inputs) {
    return new LoadRequest(mapping, inputs, ProgressListener.none(), false);
  }

  /** The same request reading everything. */
  public LoadRequest full() {
    return new LoadRequest(mapping, inputs, progress, true);
  }

  /** The same request with {@code listener}. */
  public LoadRequest withProgress(ProgressListener listener) {
    return new LoadRequest(mapping, inputs, listener, fullRead);
  }
}
