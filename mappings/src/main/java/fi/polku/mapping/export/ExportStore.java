package fi.polku.mapping.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.mapping.hub.StoredResource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where an export keeps the resources it has read until it writes their documents: the anchors
 * (learners) in id order and every nested resource under its parent, in an H2 MVStore. With a work
 * folder the store is a file, so an export of a whole city holds only a cache of it in memory; the
 * file is encrypted with a key that exists only in this process and is deleted on {@link #close}.
 */
final class ExportStore implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ExportStore.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String WORK_PREFIX = ".polku-export-";
  private static final String WORK_SUFFIX = ".mv.db";
  private static final char SEP = '\u0000';

  /** MB of the store's page cache when it is a file. */
  private static final int CACHE_MB = 32;

  private final MVStore store;
  private final Path file;
  private final MVMap<String, String> anchors;
  private final MVMap<String, String> children;
  private long sequence;

  private ExportStore(MVStore store, Path file) {
    this.store = store;
    this.file = file;
    this.anchors = store.openMap("anchors");
    this.children = store.openMap("children");
  }

  /** A store in memory (small exports, tests). */
  static ExportStore inMemory() {
    return new ExportStore(new MVStore.Builder().open(), null);
  }

  /**
   * A store in a hidden file of {@code folder}, deleted on {@link #close}. Work files that earlier
   * exports into the folder left behind when they were killed are deleted first.
   */
  static ExportStore inFolder(Path folder) {
    int left = removeLeftovers(folder);
    if (left > 0) {
      LOG.info("Deleted {} work file(s) of earlier exports into {} that did not end", left, folder);
    }
    Path file = folder.resolve(WORK_PREFIX + UUID.randomUUID() + WORK_SUFFIX);
    char[] key = new char[32];
    SecureRandom random = new SecureRandom();
    for (int i = 0; i < key.length; i++) {
      key[i] = (char) ('!' + random.nextInt(94));
    }
    MVStore store =
        new MVStore.Builder()
            .fileName(file.toString())
            .encryptionKey(key)
            .cacheSize(CACHE_MB)
            .open();
    return new ExportStore(store, file);
  }

  /**
   * Deletes the work files in {@code folder} that no running export holds: those of exports that
   * were killed (a store holds a lock on its file while it is open, in this process or another).
   * Such a file cannot be read by anyone (its key died with its process) but can be large. One that
   * cannot be deleted (another user's) is logged and left: it must not stop this export.
   *
   * @return how many were deleted
   */
  static int removeLeftovers(Path folder) {
    int removed = 0;
    try (DirectoryStream<Path> files =
        Files.newDirectoryStream(folder, WORK_PREFIX + "*" + WORK_SUFFIX)) {
      for (Path f : files) {
        try {
          if (unheld(f) && Files.deleteIfExists(f)) {
            removed++;
          }
        } catch (IOException e) {
          LOG.warn("Could not delete {}, the work file of an earlier export", f, e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the work files left in " + folder, e);
    }
    return removed;
  }

  private static boolean unheld(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      FileLock lock = channel.tryLock();
      if (lock == null) {
        return false;
      }
      lock.release();
      return true;
    } catch (OverlappingFileLockException e) {
      // The lock is this process's own: an export running here holds the file.
      return false;
    } catch (NoSuchFileException e) {
      // Its export ended (and deleted it) since the folder was listed.
      return false;
    }
  }

  /** Keeps an anchor resource. */
  void addAnchor(StoredResource r) {
    anchors.put(r.id(), encode(r));
  }

  /** The anchors in id order, read back one at a time. */
  Iterable<StoredResource> anchors() {
    return () -> {
      Iterator<String> keys = anchors.keyIterator(null);
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return keys.hasNext();
        }

        @Override
        public StoredResource next() {
          return decode(anchors.get(keys.next()));
        }
      };
    };
  }

  /** Keeps {@code r} of the nested resource {@code spec} under {@code parentId}. */
  void addChild(String spec, String parentId, StoredResource r) {
    // The sequence keeps the order read and makes each key unique.
    children.put(prefix(spec, parentId) + String.format("%019d", sequence++), encode(r));
  }

  /** The resources of {@code spec} under {@code parentId}, in the order they were kept. */
  List<StoredResource> children(String spec, String parentId) {
    String prefix = prefix(spec, parentId);
    List<StoredResource> out = new ArrayList<>();
    Cursor<String, String> c = children.cursor(prefix);
    while (c.hasNext()) {
      String key = c.next();
      if (!key.startsWith(prefix)) {
        break;
      }
      out.add(decode(c.getValue()));
    }
    return out;
  }

  private static String prefix(String spec, String parentId) {
    return spec + SEP + parentId + SEP;
  }

  private static String encode(StoredResource r) {
    try {
      return r.type() + SEP + r.id() + SEP + JSON.writeValueAsString(r.json());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored resource that Jackson cannot write", e);
    }
  }

  private static StoredResource decode(String value) {
    int a = value.indexOf(SEP);
    int b = value.indexOf(SEP, a + 1);
    try {
      return new StoredResource(
          value.substring(0, a),
          value.substring(a + 1, b),
          (ObjectNode) JSON.readTree(value.substring(b + 1)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the export store gave back JSON it did not keep", e);
    }
  }

  @Override
  public void close() {
    store.closeImmediately();
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot delete the export's work file " + file, e);
      }
    }
  }
}
