package fi.polku.mapping.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * ZIP archives among a load's inputs: a multi-file export (a register's CSV files) often arrives as
 * one. They are extracted into a temporary folder for the run and deleted after it.
 */
public final class Archives {

  private Archives() {}

  /** Whether {@code input} is a ZIP file to extract. */
  public static boolean isZip(Path input) {
    return Files.isRegularFile(input)
        && input.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
  }

  /**
   * Extracts {@code zip} into {@code into}, refusing entries that would escape it.
   *
   * @return {@code into}
   */
  public static Path unzip(Path zip, Path into) throws IOException {
    Path root = into.toAbsolutePath().normalize();
    Files.createDirectories(root);
    try (InputStream in = Files.newInputStream(zip);
        ZipInputStream z = new ZipInputStream(in)) {
      ZipEntry e;
      while ((e = z.getNextEntry()) != null) {
        Path target = root.resolve(e.getName()).normalize();
        if (!target.startsWith(root)) {
          throw new IOException("ZIP entry outside the archive folder: " + e.getName());
        }
        if (e.isDirectory()) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(z, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    return root;
  }

  /** Deletes {@code root} and everything under it, if it exists. */
  public static void deleteTree(Path root) {
    if (root == null || !Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot delete the temporary folder " + root, e);
    }
  }
}
