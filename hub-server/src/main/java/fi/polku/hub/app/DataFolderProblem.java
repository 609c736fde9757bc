package fi.polku.hub.app;

import fi.polku.validation.api.Text;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What keeps the hub from creating its data folder or writing to it, in fi/sv/en: the {@code
 * {problem}} of POLKU-HUB-1003. Looks without creating anything, so that a check leaves no folder
 * behind.
 */
final class DataFolderProblem {

  private DataFolderProblem() {}

  /**
   * The problem with {@code folder} as it is now: the folder or a folder above it is a file, or the
   * nearest of them that exists cannot be written to. Empty when the hub can create the folder or
   * write to it.
   */
  static Optional<Text> of(Path folder) {
    Path existing = folder.toAbsolutePath().normalize();
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return Optional.empty();
    }
    if (!Files.isDirectory(existing)) {
      return Optional.of(notAFolder(existing));
    }
    if (!Files.isWritable(existing)) {
      return Optional.of(notWritable(existing));
    }
    return Optional.empty();
  }

  /** {@code path} is a file where a folder must be. */
  static Text notAFolder(Path path) {
    return new Text(
        path + " on tiedosto eikä kansio",
        path + " är en fil, inte en mapp",
        path + " is a file, not a folder");
  }

  /** {@code path} cannot be written to. */
  static Text notWritable(Path path) {
    return new Text(
        "kansioon " + path + " ei voi kirjoittaa (ei oikeuksia tai vain luku -tiedostojärjestelmä)",
        "det går inte att skriva i " + path + " (behörighet saknas eller skrivskyddat filsystem)",
        path + " cannot be written to (no permission, or a read-only file system)");
  }

  /** The file system refused {@code path}, for {@code reason} in the system's words. */
  static Text refused(Path path, String reason) {
    return Text.of(path + ": " + reason);
  }
}
