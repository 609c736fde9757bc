package fi.polku.mapping.spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Where a spec came from, so that the files it names (ConceptMaps) are found next to it: a folder
 * on disk or a package on the class path.
 */
public interface SpecFiles {

  /** Opens {@code name}, relative to the spec; throws {@link NoSuchFileException} if absent. */
  InputStream open(String name) throws IOException;

  /** Human-readable location of {@code name}, for messages. */
  String describe(String name);

  /** Files in {@code folder} on disk. */
  static SpecFiles folder(Path folder) {
    return new SpecFiles() {
      @Override
      public InputStream open(String name) throws IOException {
        return Files.newInputStream(folder.resolve(name));
      }

      @Override
      public String describe(String name) {
        return folder.resolve(name).toString();
      }
    };
  }

  /** Resources in {@code packagePath} ({@code polku/mappings}) of {@code loader}. */
  static SpecFiles classpath(ClassLoader loader, String packagePath) {
    return new SpecFiles() {
      @Override
      public InputStream open(String name) throws IOException {
        InputStream in = loader.getResourceAsStream(packagePath + "/" + name);
        if (in == null) {
          throw new NoSuchFileException("classpath:" + packagePath + "/" + name);
        }
        return in;
      }

      @Override
      public String describe(String name) {
        return "classpath:" + packagePath + "/" + name;
      }
    };
  }

  /** Reads a whole file (small files only: specs and ConceptMaps). */
  default byte[] read(String name) {
    try (InputStream in = open(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
