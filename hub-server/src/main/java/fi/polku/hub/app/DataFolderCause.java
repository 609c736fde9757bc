package fi.polku.hub.app;

import fi.polku.hub.problem.StartupCodes;
import fi.polku.validation.api.Text;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import org.h2.api.ErrorCode;

/**
 * The data folder cannot be created or written to (POLKU-HUB-1003), as the file system reports it
 * for a path in or above the folder (the index, the inbox), or as H2 reports a database file it
 * cannot create there. The problem is told as the folder is when the failure is recognised, which
 * names the file in the way rather than the path that could not be created below it.
 */
final class DataFolderCause implements StartupCause {

  @Override
  public Optional<StartupFailure> recognise(
      Throwable link, Throwable thrown, StartupSettings settings) {
    Path folder = settings.folder();
    if (folder == null) {
      return Optional.empty();
    }
    if (link instanceof FileSystemException f && f.getFile() != null) {
      Path file = path(f.getFile());
      if (file != null && (file.startsWith(folder) || folder.startsWith(file))) {
        Text seen =
            f instanceof AccessDeniedException
                ? DataFolderProblem.notWritable(file)
                : DataFolderProblem.refused(file, reason(f));
        return Optional.of(failure(folder, DataFolderProblem.of(folder).orElse(seen), thrown));
      }
    }
    if (link instanceof SQLException s
        && settings.embeddedDatabase()
        && s.getErrorCode() == ErrorCode.FILE_CREATION_FAILED_1) {
      Text seen = DataFolderProblem.refused(folder, "H2 cannot create its database file");
      return Optional.of(failure(folder, DataFolderProblem.of(folder).orElse(seen), thrown));
    }
    return Optional.empty();
  }

  /** The failure for {@code folder} with {@code problem}. */
  static StartupFailure failure(Path folder, Text problem, Throwable cause) {
    return new StartupFailure(
        StartupCodes.DATA_FOLDER_UNUSABLE,
        Map.of("folder", folder.toString()),
        Map.of("problem", problem),
        cause);
  }

  private static String reason(FileSystemException f) {
    return f.getReason() != null ? f.getReason() : f.getClass().getSimpleName();
  }

  private static Path path(String file) {
    try {
      return Path.of(file).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      // Not a path of this file system: not one of the data folder's.
      return null;
    }
  }
}
