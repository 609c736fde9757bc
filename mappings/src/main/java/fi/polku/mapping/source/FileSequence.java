package fi.polku.mapping.source;

import fi.polku.mapping.source.SourceReader.InputDescription;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * The files of one entity read one after another, one open file at a time: the iteration, progress
 * and per-file provenance (size and SHA-256) that every file-based {@link SourceReader} shares, so
 * that a reader only says how one file becomes records.
 */
final class FileSequence {

  /** The reading state of one open file. */
  interface Cursor {

    /** The next record of the file, or null at its end. */
    SourceRecord next();

    /** Bytes of the file read so far. */
    long bytesRead();

    /**
     * Reads what is left of the file (so that its hash covers all of it), closes it and describes
     * it.
     */
    InputDescription finish();

    /** Closes the file without reading the rest (the run stops early). */
    void abandon();
  }

  private final List<InputFiles.Found> files;
  private final Function<InputFiles.Found, Cursor> open;
  private final List<InputDescription> inputs = new ArrayList<>();
  private final long total;
  private long finishedBytes;
  private Cursor current;

  /**
   * The sequence of {@code files}, each opened with {@code open} when its turn comes.
   *
   * @param open opens a file for reading; throws {@link java.io.UncheckedIOException} if it cannot
   */
  FileSequence(List<InputFiles.Found> files, Function<InputFiles.Found, Cursor> open) {
    this.files = List.copyOf(files);
    this.open = open;
    this.total = InputFiles.totalSize(files);
  }

  /** The records of all files, in file order. */
  Iterator<SourceRecord> records() {
    return new Iterator<>() {
      private int fileIndex;
      private SourceRecord next;

      @Override
      public boolean hasNext() {
        while (next == null) {
          if (current == null) {
            if (fileIndex >= files.size()) {
              return false;
            }
            current = open.apply(files.get(fileIndex++));
          }
          next = current.next();
          if (next == null) {
            Cursor done = current;
            current = null;
            InputDescription d = done.finish();
            finishedBytes += d.bytes();
            inputs.add(d);
          }
        }
        return true;
      }

      @Override
      public SourceRecord next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        SourceRecord r = next;
        next = null;
        return r;
      }
    };
  }

  /** The files read to their end so far. */
  List<InputDescription> inputs() {
    return List.copyOf(inputs);
  }

  /** Bytes read so far, over all files. */
  long position() {
    Cursor c = current;
    return finishedBytes + (c == null ? 0 : c.bytesRead());
  }

  /** The size of all files. */
  long total() {
    return total;
  }

  /** Closes the open file, if any. */
  void close() {
    if (current != null) {
      current.abandon();
      current = null;
    }
  }
}
