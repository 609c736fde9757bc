package fi.polku.mapping.source;

import java.util.Iterator;
import java.util.List;

/**
 * Streams the records of one entity from a source. Implementations read lazily (a record at a
 * time), so memory does not grow with the size of the input; they never throw for bad data:
 * unreadable parts become records with a {@link SourceRecord#problem()}. Only a source that cannot
 * be opened at all (a missing folder, a database that does not answer) is an exception.
 *
 * <p>Extension point: a new kind of legacy source (fixed-width files, a message queue) is a new
 * implementation plus a {@link SourceReaders} entry.
 */
public interface SourceReader extends AutoCloseable {

  /** The records, in source order. Called once. */
  Iterator<SourceRecord> records();

  /** The inputs read so far: files with their size and SHA-256, or tables. */
  List<InputDescription> inputs();

  /** Bytes (or rows, for databases) read so far, for progress reporting. */
  long position();

  /** Total bytes (or rows) expected, or -1 if unknown. */
  long total();

  /** Releases files and connections. */
  @Override
  void close();

  /**
   * One input of a run, recorded in its Provenance.
   *
   * @param name file path relative to the input root, or {@code table:<name>}
   * @param bytes size in bytes (rows for tables)
   * @param sha256 hex SHA-256 of the file's bytes, or null for tables
   */
  record InputDescription(String name, long bytes, String sha256) {}
}
