package fi.polku.mapping.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A map from 64-bit keys to 64-bit values with open addressing: 16 bytes per slot and no objects.
 * Key 0 is reserved internally (callers' keys are hashes, remapped if 0).
 *
 * <p>Up to {@link #HEAP_SLOTS} slots the table is two arrays on the heap. A larger one (a file of
 * millions of rows: a 1 GB register export has ten million absences) moves to a memory-mapped file
 * in the spill folder, so the heap stays flat whatever the size of the export; the operating system
 * keeps the file's pages in memory as long as it can. The file is deleted as soon as it is mapped
 * (where the platform allows; else when the JVM exits), so nothing is left behind, not even after a
 * crash. Without a spill folder the table stays on the heap.
 */
final class LongLongMap {

  /** Most slots kept on the heap (32 MB); a larger table is memory-mapped. */
  static final int HEAP_SLOTS = 1 << 21;

  /** Most slots of a mapped table: each of its two arrays is one mapping of at most 1 GB. */
  static final int MAX_SLOTS = 1 << 27;

  private static final long NO_VALUE = Long.MIN_VALUE;

  private final Path spillFolder;
  private final int heapSlots;
  private LongBuffer keys;
  private LongBuffer values;
  private int size;
  private int mask;

  /** A map on the heap only. */
  LongLongMap() {
    this(null, HEAP_SLOTS);
  }

  /**
   * A map that moves to a memory-mapped file in {@code spillFolder} (created when needed) once it
   * needs more than {@code heapSlots} slots.
   */
  LongLongMap(Path spillFolder, int heapSlots) {
    this.spillFolder = spillFolder;
    this.heapSlots = heapSlots;
    allocate(1024);
  }

  int size() {
    return size;
  }

  /** Whether the table lives in a memory-mapped file rather than on the heap. */
  boolean mapped() {
    return keys.isDirect();
  }

  /** The value of {@code key}, or {@link Long#MIN_VALUE} if absent. */
  long get(long key) {
    long k = key == 0 ? 1 : key;
    int i = slot(k);
    long stored;
    while ((stored = keys.get(i)) != 0) {
      if (stored == k) {
        return values.get(i);
      }
      i = (i + 1) & mask;
    }
    return NO_VALUE;
  }

  static boolean absent(long value) {
    return value == NO_VALUE;
  }

  /** Puts {@code key -> value} if absent; returns the existing value, or {@link Long#MIN_VALUE}. */
  long putIfAbsent(long key, long value) {
    long k = key == 0 ? 1 : key;
    int i = slot(k);
    long stored;
    while ((stored = keys.get(i)) != 0) {
      if (stored == k) {
        return values.get(i);
      }
      i = (i + 1) & mask;
    }
    keys.put(i, k);
    values.put(i, value);
    if (++size * 4L > keys.capacity() * 3L) {
      grow();
    }
    return NO_VALUE;
  }

  private int slot(long k) {
    long h = k * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 32) & mask;
  }

  private void grow() {
    LongBuffer oldKeys = keys;
    LongBuffer oldValues = values;
    if (oldKeys.capacity() >= MAX_SLOTS) {
      throw new IllegalStateException(
          "more than "
              + (MAX_SLOTS / 4 * 3)
              + " keys in one file: split the export into smaller files");
    }
    allocate(oldKeys.capacity() * 2);
    size = 0;
    for (int i = 0; i < oldKeys.capacity(); i++) {
      long k = oldKeys.get(i);
      if (k != 0) {
        putIfAbsent(k, oldValues.get(i));
      }
    }
  }

  private void allocate(int slots) {
    if (slots <= heapSlots || spillFolder == null) {
      keys = LongBuffer.allocate(slots);
      values = LongBuffer.allocate(slots);
    } else {
      map(slots);
    }
    mask = slots - 1;
  }

  /** Maps a fresh zero-filled file of {@code slots} keys and values. */
  private void map(int slots) {
    long bytes = (long) slots * Long.BYTES;
    try {
      Files.createDirectories(spillFolder);
      Path file = Files.createTempFile(spillFolder, "keys-", ".bin");
      try (FileChannel channel =
          FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
        // A mapping outlives its channel; the file grows (sparse, zero-filled) to what is mapped.
        MappedByteBuffer k = channel.map(FileChannel.MapMode.READ_WRITE, 0, bytes);
        MappedByteBuffer v = channel.map(FileChannel.MapMode.READ_WRITE, bytes, bytes);
        keys = k.asLongBuffer();
        values = v.asLongBuffer();
      }
      deleteNowOrAtExit(file);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot create the key table of " + bytes * 2 / (1024 * 1024) + " MB in " + spillFolder,
          e);
    }
  }

  /** Unix lets a mapped file be deleted (its pages stay until unmapped); Windows does not. */
  private static void deleteNowOrAtExit(Path file) {
    try {
      Files.delete(file);
    } catch (IOException stillMapped) {
      file.toFile().deleteOnExit();
    }
  }

  /** A 64-bit hash of a string (FNV-1a, then a finalising mix). */
  static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    return h ^ (h >>> 33);
  }
}
