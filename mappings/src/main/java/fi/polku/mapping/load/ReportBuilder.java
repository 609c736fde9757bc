package fi.polku.mapping.load;

import fi.polku.mapping.hub.EntryStatus;
import fi.polku.mapping.source.SourceReader.InputDescription;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects the counts of a run as it goes (single writer: the run's thread). */
final class ReportBuilder {

  private final Map<String, long[]> entities = new LinkedHashMap<>();
  private final Map<String, long[]> types = new LinkedHashMap<>();
  private final List<InputDescription> inputs = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final Map<String, UnreadCount> unread = new LinkedHashMap<>();
  private long moreUnread;
  private final List<String> withoutInput = new ArrayList<>();
  private long read;
  private long rejected;
  private long written;

  synchronized void entity(String name) {
    entities.computeIfAbsent(name, k -> new long[5]);
  }

  synchronized void read(String entity) {
    entities.computeIfAbsent(entity, k -> new long[5])[0]++;
    read++;
  }

  /** A record's outcome: the strongest status of its resources. */
  synchronized void row(String entity, EntryStatus status) {
    long[] c = entities.computeIfAbsent(entity, k -> new long[5]);
    switch (status) {
      case CREATED -> c[1]++;
      case UPDATED -> c[2]++;
      case UNCHANGED -> c[3]++;
      case FAILED -> {
        c[4]++;
        rejected++;
      }
    }
    if (status != EntryStatus.FAILED) {
      written++;
    }
  }

  synchronized void resource(String type, EntryStatus status) {
    long[] c = types.computeIfAbsent(type, k -> new long[5]);
    switch (status) {
      case CREATED -> c[1]++;
      case UPDATED -> c[2]++;
      case UNCHANGED -> c[3]++;
      case FAILED -> c[4]++;
    }
  }

  synchronized void inputs(List<InputDescription> more) {
    for (InputDescription i : more) {
      // several entities may read one file (an XML export holding every kind of record)
      if (!inputs.contains(i)) {
        inputs.add(i);
      }
    }
  }

  synchronized List<InputDescription> inputs() {
    return List.copyOf(inputs);
  }

  synchronized void note(String note) {
    notes.add(note);
  }

  /**
   * A field of a record that the spec does not read: counted per entity and path, with the first
   * record that had it (at most {@link #MAX_UNREAD_PATHS} paths; more are only counted).
   */
  synchronized void unread(String entity, String path, String origin, long line) {
    String k = entity + '\u0000' + path;
    UnreadCount c = unread.get(k);
    if (c == null) {
      if (unread.size() >= MAX_UNREAD_PATHS) {
        moreUnread++;
        return;
      }
      c = new UnreadCount(entity, path, origin, line);
      unread.put(k, c);
    }
    c.records++;
  }

  /**
   * Distinct unread paths listed in a report; a source that differs this much is not the spec's.
   */
  static final int MAX_UNREAD_PATHS = 100;

  private static final class UnreadCount {
    final String entity;
    final String path;
    final String origin;
    final long line;
    long records;

    UnreadCount(String entity, String path, String origin, long line) {
      this.entity = entity;
      this.path = path;
      this.origin = origin;
      this.line = line;
    }
  }

  /** An entity none of whose files was among the inputs. */
  synchronized void withoutInput(String entity) {
    withoutInput.add(entity);
  }

  synchronized long readCount() {
    return read;
  }

  synchronized long rejectedCount() {
    return rejected;
  }

  /** Whether any resource was created or updated (unchanged ones write nothing). */
  synchronized boolean wroteAnything() {
    for (long[] v : types.values()) {
      if (v[1] > 0 || v[2] > 0) {
        return true;
      }
    }
    return false;
  }

  synchronized long writtenCount() {
    return written;
  }

  synchronized LoadReport build(
      String runId,
      String mapping,
      String version,
      String sourceSystem,
      Instant started,
      Instant finished,
      String deadLetters) {
    Map<String, Counts> e = new LinkedHashMap<>();
    entities.forEach((k, v) -> e.put(k, new Counts(v[0], v[1], v[2], v[3], v[4])));
    Map<String, Counts> t = new LinkedHashMap<>();
    types.forEach((k, v) -> t.put(k, new Counts(0, v[1], v[2], v[3], v[4])));
    return new LoadReport(
        runId,
        mapping,
        version,
        sourceSystem,
        started,
        finished,
        e,
        t,
        List.copyOf(inputs),
        List.copyOf(notes),
        unread.values().stream()
            .map(c -> new LoadReport.UnreadField(c.entity, c.path, c.records, c.origin, c.line))
            .toList(),
        moreUnread,
        List.copyOf(withoutInput),
        deadLetters);
  }
}
