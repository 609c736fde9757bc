package fi.polku.hub.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fi.polku.hub.problem.StartupCodes;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderLockTest {

  @TempDir Path data;

  @Test
  void aFolderLockedByAnotherHolderIsInUseNamingTheFolder() throws IOException {
    Files.createDirectories(data);
    try (FileChannel other = lockFile();
        FileLock held = other.lock()) {

      StartupFailure refused =
          catchThrowableOfType(() -> DataFolderLock.acquire(data), StartupFailure.class);

      assertThat(refused.code()).isEqualTo(StartupCodes.DATA_FOLDER_IN_USE);
      assertThat(refused.getMessage()).contains(data.toAbsolutePath().normalize().toString());
    }
  }

  @Test
  void hubsOfOneJvmShareTheFolderAndTheLastOneFreesIt() throws IOException {
    DataFolderLock first = DataFolderLock.acquire(data.resolve("hub"));
    DataFolderLock second = DataFolderLock.acquire(data.resolve("hub"));

    first.release();
    first.release();
    assertThat(tryLockFrom(data.resolve("hub"))).as("still held by the second").isFalse();

    second.release();
    assertThat(tryLockFrom(data.resolve("hub"))).as("free").isTrue();
    assertThat(Files.readString(data.resolve("hub").resolve(DataFolderLock.FILE_NAME)))
        .startsWith("pid=" + ProcessHandle.current().pid());
  }

  @Test
  void aFolderAnotherProcessHoldsIsInUseUntilThatProcessIsKilled() throws Exception {
    Process other =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    HoldDataFolder.class.getName(),
                    data.toString()))
            .redirectErrorStream(true)
            .start();
    try {
      BufferedReader out =
          new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
      assertThat(out.readLine()).isEqualTo("held");

      StartupFailure refused =
          catchThrowableOfType(() -> DataFolderLock.acquire(data), StartupFailure.class);
      assertThat(refused.code()).isEqualTo(StartupCodes.DATA_FOLDER_IN_USE);

      other.destroyForcibly();
      assertThat(other.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThatCode(() -> DataFolderLock.acquire(data).release()).doesNotThrowAnyException();
    } finally {
      other.destroyForcibly();
    }
  }

  private FileChannel lockFile() throws IOException {
    return FileChannel.open(
        data.resolve(DataFolderLock.FILE_NAME),
        StandardOpenOption.CREATE,
        StandardOpenOption.WRITE);
  }

  /** Whether the lock file of {@code folder} can be locked here, outside DataFolderLock. */
  private static boolean tryLockFrom(Path folder) throws IOException {
    try (FileChannel c =
        FileChannel.open(
            folder.resolve(DataFolderLock.FILE_NAME),
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE)) {
      FileLock lock = c.tryLock();
      if (lock == null) {
        return false;
      }
      lock.release();
      return true;
    } catch (java.nio.channels.OverlappingFileLockException e) {
      return false;
    }
  }
}
