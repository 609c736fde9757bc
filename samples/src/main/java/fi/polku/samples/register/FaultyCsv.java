package fi.polku.samples.register;

import fi.polku.samples.generate.FaultDice;
import fi.polku.samples.generate.FaultKind;
import fi.polku.samples.generate.FaultLog;
import fi.polku.samples.generate.Rand;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A register file that injects faults: each row may get one fault from the options its writer
 * offers; the fault is written into the row and recorded in the fault log with the row's line.
 *
 * <p>A duplicate-key fault leaves the row intact and adds a second row with the same key and one
 * other value changed, some rows later (never adjacent, so a reader cannot get by with comparing
 * neighbours). Only a handful of such rows wait at any time.
 */
final class FaultyCsv implements Closeable {

  /** How a fault changes a value. */
  @FunctionalInterface
  interface Corrupter {
    String corrupt(String original, Rand rand);
  }

  /**
   * One fault a row may get.
   *
   * @param kind the fault
   * @param column the column the fault goes into (for a duplicate: the column that differs)
   * @param corrupter the faulty value
   * @param refersTo for a dangling key, the file the key should refer to
   */
  record Option(FaultKind kind, String column, Corrupter corrupter, String refersTo) {}

  private record Pending(String[] row, long due, long originalLine, String column) {}

  private final CsvFile file;
  private final String path;
  private final String table;
  private final List<String> header;
  private final List<String> keyColumns;
  private final FaultDice dice;
  private final FaultLog log;
  private final List<Pending> pending = new ArrayList<>();

  FaultyCsv(
      CsvFile file,
      String path,
      List<String> header,
      List<String> keyColumns,
      FaultDice dice,
      FaultLog log) {
    this.file = file;
    this.path = path;
    this.table = path.substring(path.lastIndexOf('/') + 1, path.lastIndexOf('.'));
    this.header = header;
    this.keyColumns = keyColumns;
    this.dice = dice;
    this.log = log;
  }

  /** Writes a row, possibly with one of the offered faults. */
  void write(String[] row, List<Option> options) {
    List<FaultKind> kinds = new ArrayList<>();
    for (Option option : options) {
      if (!kinds.contains(option.kind())) {
        kinds.add(option.kind());
      }
    }
    FaultKind kind = dice.roll(kinds);
    Option chosen = null;
    if (kind != null) {
      List<Option> ofKind = options.stream().filter(o -> o.kind() == kind).toList();
      chosen = dice.rand().pick(ofKind);
    }
    if (chosen == null) {
      file.write(row);
    } else if (chosen.kind() == FaultKind.DUPLICATE_KEY) {
      long line = file.write(row);
      String[] copy = row.clone();
      int index = header.indexOf(chosen.column());
      copy[index] = chosen.corrupter().corrupt(copy[index], dice.rand());
      pending.add(
          new Pending(copy, file.rows() + dice.rand().between(2, 40), line, chosen.column()));
    } else {
      int index = header.indexOf(chosen.column());
      String faulty = chosen.corrupter().corrupt(row[index], dice.rand());
      row[index] = faulty;
      long line = file.write(row);
      log.record(
          path, line, table, key(row), chosen.kind(), chosen.column(), detail(chosen, faulty));
    }
    flushDue(false);
  }

  private void flushDue(boolean all) {
    for (Iterator<Pending> it = pending.iterator(); it.hasNext(); ) {
      Pending p = it.next();
      if (all || p.due() <= file.rows()) {
        it.remove();
        long line = file.write(p.row());
        log.record(
            path,
            line,
            table,
            key(p.row()),
            FaultKind.DUPLICATE_KEY,
            String.join(",", keyColumns),
            "same key as line " + p.originalLine() + " with a different " + p.column());
      }
    }
  }

  private String key(String[] row) {
    StringBuilder key = new StringBuilder();
    for (String column : keyColumns) {
      if (key.length() > 0) {
        key.append(',');
      }
      key.append(column).append('=').append(row[header.indexOf(column)]);
    }
    return key.toString();
  }

  private static String detail(Option option, String faulty) {
    return switch (option.kind()) {
      case BAD_CHECKSUM -> "wrong check character in " + faulty;
      case IMPOSSIBLE_DATE -> faulty + " is not a date";
      case UNKNOWN_CODE -> "unknown " + option.column() + " code " + faulty;
      case DANGLING_KEY ->
          "no " + option.refersTo() + " row with " + option.column() + " " + faulty;
      case MISSING_VALUE -> option.column() + " is required";
      case DUPLICATE_KEY -> "duplicate";
    };
  }

  /** Number of data rows written. */
  long rows() {
    return file.rows();
  }

  /** Writes any waiting duplicate rows and closes the file. */
  @Override
  public void close() throws IOException {
    flushDue(true);
    file.close();
  }
}
