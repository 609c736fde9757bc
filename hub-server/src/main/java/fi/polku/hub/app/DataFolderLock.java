package fi.polku.hub.app;

import fi.polku.hub.problem.StartupCodes;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lock a hub holds on its data folder while it runs ({@code polku.lock} in the folder),
 * whatever its database: with PostgreSQL the embedded database's own lock is not there, yet two
 * hubs on one folder would still share its search index, inbox and load reports, and corrupt the
 * index. The operating system releases the lock when the process ends, also when it is killed.
 *
 * <p>Hubs in one JVM (tests, {@code polku demo}) share the folder, as they share its embedded
 * database: the lock is counted and released by the last of them.
 */
final class DataFolderLock {

  /** The lock file's name in the data folder. */
  static final String FILE_NAME = "polku.lock";

  private static final Logger LOG = LoggerFactory.getLogger(DataFolderLock.class);

  /** The folders this JVM holds, by absolute path. */
  private static final Map<Path, Held> HELD = new HashMap<>();

  private final Path folder;
  private boolean released;

  private DataFolderLock(Path folder) {
    this.folder = folder;
  }

  /**
   * Takes the lock of {@code data} (creating the folder), or shares it with a hub of this JVM.
   *
   * @throws StartupFailure {@code POLKU-HUB-1001} if another process holds it
   */
  static DataFolderLock acquire(Path data) {
    Path folder = data.toAbsolutePath().normalize();
    synchronized (HELD) {
      Held held = HELD.get(folder);
      if (held == null) {
        held = lock(folder);
        HELD.put(folder, held);
      }
      held.users++;
    }
    return new DataFolderLock(folder);
  }

  /** Gives the lock up; the folder is free once every hub of this JVM that shared it has. */
  void release() {
    synchronized (HELD) {
      if (released) {
        return;
      }
      released = true;
      Held held = HELD.get(folder);
      if (held != null && --held.users == 0) {
        HELD.remove(folder);
        held.close();
      }
    }
  }

  private static Held lock(Path folder) {
    FileChannel channel = null;
    try {
      Files.createDirectories(folder);
      channel =
          FileChannel.open(
              folder.resolve(FILE_NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = channel.tryLock();
      if (lock == null) {
        channel.close();
        throw inUse(folder, null);
      }
      // Who holds it, for an operator looking at the folder; the lock itself is what counts.
      channel.truncate(0);
      channel.write(
          StandardCharsets.UTF_8.encode(
              "pid=" + ProcessHandle.current().pid() + " since=" + Instant.now() + "\n"));
      return new Held(channel, lock);
    } catch (OverlappingFileLockException e) {
      // Locked in this JVM by something other than a hub (as a test simulates another process).
      closeQuietly(channel);
      throw inUse(folder, e);
    } catch (IOException e) {
      // A file system without locks (some network shares): the hub runs, unguarded, and says so.
      closeQuietly(channel);
      LOG.warn(
          "The data folder {} cannot be locked ({}): nothing stops a second hub from using it",
          folder,
          e.toString());
      return new Held(null, null);
    }
  }

  private static StartupFailure inUse(Path folder, Throwable cause) {
    return new StartupFailure(
        StartupCodes.DATA_FOLDER_IN_USE, Map.of("folder", folder.toString()), cause);
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel == null) {
      return;
    }
    try {
      channel.close();
    } catch (IOException e) {
      LOG.debug("Closing the lock file failed", e);
    }
  }

  /** The channel and lock of one folder, and how many hubs of this JVM use it. */
  private static final class Held {
    private final FileChannel channel;
    private final FileLock lock;
    private int users;

    Held(FileChannel channel, FileLock lock) {
      this.channel = channel;
      this.lock = lock;
    }

    void close() {
      try {
        if (lock != null) {
          lock.release();
        }
      } catch (IOException e) {
        LOG.debug("Releasing the data folder lock failed", e);
      } finally {
        closeQuietly(channel);
      }
    }
  }
}
