package fi.polku.mapping.load;

import java.util.Arrays;

/**
 * A map from 64-bit keys to 64-bit values with open addressing: 16 bytes per entry and no objects,
 * so remembering every key of a file with millions of rows costs tens of megabytes, not gigabytes.
 * Key 0 is reserved internally (callers' keys are hashes, remapped if 0).
 */
final class LongLongMap {

  private static final long NO_VALUE = Long.MIN_VALUE;

  private long[] keys;
  private long[] values;
  private int size;
  private int mask;

  LongLongMap() {
    this(1024);
  }

  LongLongMap(int capacity) {
    int c = Integer.highestOneBit(Math.max(16, capacity) * 2 - 1);
    keys = new long[c];
    values = new long[c];
    mask = c - 1;
  }

  int size() {
    return size;
  }

  /** The value of {@code key}, or {@link Long#MIN_VALUE} if absent. */
  long get(long key) {
    long k = key == 0 ? 1 : key;
    int i = slot(k);
    while (keys[i] != 0) {
      if (keys[i] == k) {
        return values[i];
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
    while (keys[i] != 0) {
      if (keys[i] == k) {
        return values[i];
      }
      i = (i + 1) & mask;
    }
    keys[i] = k;
    values[i] = value;
    if (++size * 4 > keys.length * 3) {
      grow();
    }
    return NO_VALUE;
  }

  void clear() {
    Arrays.fill(keys, 0);
    size = 0;
  }

  private int slot(long k) {
    long h = k * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 32) & mask;
  }

  private void grow() {
    long[] oldKeys = keys;
    long[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new long[oldKeys.length * 2];
    mask = keys.length - 1;
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        putIfAbsent(oldKeys[i], oldValues[i]);
      }
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
