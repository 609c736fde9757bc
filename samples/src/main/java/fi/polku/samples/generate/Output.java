package fi.polku.samples.generate;

import java.io.IOException;
import java.io.OutputStream;

/** Where generated files go: a folder on disk, or something that only counts bytes in tests. */
@FunctionalInterface
public interface Output {

  /** Opens a new file at a path relative to the output root, e.g. {@code 092-vantaa/faults.csv}. */
  OutputStream open(String path) throws IOException;

  /** The same output with every path under a sub-folder. */
  default Output under(String folder) {
    return path -> open(folder + "/" + path);
  }
}
