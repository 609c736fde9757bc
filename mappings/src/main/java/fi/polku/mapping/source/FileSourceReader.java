package fi.polku.mapping.source;

import fi.polku.mapping.source.SourceReader.InputDescription;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A reader of the files of one entity, read one after another, one open file at a time: the
 * iteration, progress and per-file provenance (size and SHA-256) that every file-based {@link
 * SourceReader} shares, so that a format only says how one file becomes records ({@link #open}).
 */
abstract class FileSourceReader implements SourceReader {

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

  /**
   * A cursor whose parser reads the file through a {@link HashedStream}: the parser is released
   * before the file is finished or abandoned.
   */
  abstract static class StreamCursor implements Cursor {

    /** The file's bytes as the parser reads them. */
    final HashedStream in;

    StreamCursor(InputFiles.Found file) {
      this.in = HashedStream.open(file);
    }

    /** Releases the parser's buffers, if a parser was opened; the file stays open. */
    abstract void releaseParser();

    @Override
    public final long bytesRead() {
      return in.count();
    }

    @Override
    public final InputDescription finish() {
      releaseParser();
      return in.finish();
    }

    @Override
    public final void abandon() {
      releaseParser();
      in.abandon();
    }
  }

  private final List<InputFiles.Found> files;
  private final List<InputDescription> inputs = new ArrayList<>();
  private final long total;
  private long finishedBytes;
  private Cursor current;

  /** A reader of {@code files}, each opened with {@link #open} when its turn comes. */
  FileSourceReader(List<InputFiles.Found> files) {
    this.files = List.copyOf(files);
    this.total = InputFiles.totalSize(files);
  }

  /**
   * Opens {@code file} for reading.
   *
   * @throws java.io.UncheckedIOException if it cannot be opened
   */
  abstract Cursor open(InputFiles.Found file);

  /** The records of all files, in file order. */
  @Override
  public final Iterator<SourceRecord> records() {
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
            current = open(files.get(fileIndex++));
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
  @Override
  public final List<InputDescription> inputs() {
    return List.copyOf(inputs);
  }

  /** Bytes read so far, over all files. */
  @Override
  public final long position() {
    Cursor c = current;
    return finishedBytes + (c == null ? 0 : c.bytesRead());
  }

  /** The size of all files. */
  @Override
  public final long total() {
    return total;
  }

  /** Closes the open file, if any. */
  @Override
  public final void close() {
    if (current != null) {
      current.abandon();
      current = null;
    }
  }
}
