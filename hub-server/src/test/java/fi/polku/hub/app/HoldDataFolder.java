package fi.polku.hub.app;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A process that holds a data folder's lock as a hub does, for {@link DataFolderLockTest}: it says
 * {@code held} once it has the lock and keeps it until its input ends or it is killed.
 */
public final class HoldDataFolder {

  private HoldDataFolder() {}

  /** Holds the lock of the folder {@code args[0]}. */
  public static void main(String[] args) throws IOException {
    DataFolderLock lock = DataFolderLock.acquire(Path.of(args[0]));
    System.out.println("held");
    System.out.flush();
    while (System.in.read() >= 0) {
      // Until the test closes our input (or kills us).
    }
    lock.release();
  }
}
