package fi.polku.samples.ecec;

import fi.polku.samples.generate.FaultDice;
import fi.polku.samples.generate.FaultKind;
import fi.polku.samples.generate.FaultLog;
import fi.polku.samples.generate.Rand;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Rows of one table on their way into the script: buffered and written as multi-row INSERTs of at
 * most {@link #BATCH} rows, one row per line, so every row has a line number. Like the register
 * files, a row may get one injected fault, recorded with its line once the line is known.
 */
final class SqlTable {

  /** Rows per INSERT statement. */
  static final int BATCH = 500;

  /** How a fault changes a literal. */
  @FunctionalInterface
  interface Corrupter {
    String corrupt(String literal, Rand rand);
  }

  /**
   * One fault a row may get.
   *
   * @param kind the fault
   * @param column the column it goes into (for a duplicate: the repeated column)
   * @param corrupter the faulty literal (for a duplicate: the new row's key literal)
   * @param detail explanation for the fault log
   */
  record Option(FaultKind kind, String column, Corrupter corrupter, String detail) {}

  private record Row(String[] literals, FaultKind kind, String column, String detail) {}

  private record Pending(Row row, long due) {}

  private final EcecSchema.Table table;
  private final List<String> columns;
  private final FaultDice dice;
  private final FaultLog log;
  private final String path;
  private final List<Row> buffer = new ArrayList<>(BATCH);
  private final List<Pending> pending = new ArrayList<>();
  private long added;

  SqlTable(EcecSchema.Table table, FaultDice dice, FaultLog log, String path) {
    this.table = table;
    this.columns = table.columnNames();
    this.dice = dice;
    this.log = log;
    this.path = path;
  }

  /** Adds a row, possibly with one of the offered faults; flushes full batches to the script. */
  void add(String[] literals, List<Option> options, SqlScript script) {
    List<FaultKind> kinds = new ArrayList<>();
    options.forEach(
        o -> {
          if (!kinds.contains(o.kind())) {
            kinds.add(o.kind());
          }
        });
    FaultKind kind = dice.roll(kinds);
    if (kind == null) {
      append(new Row(literals, null, null, null), script);
    } else {
      Option option = dice.rand().pick(options.stream().filter(o -> o.kind() == kind).toList());
      int index = columns.indexOf(option.column());
      if (kind == FaultKind.DUPLICATE_KEY) {
        append(new Row(literals, null, null, null), script);
        String[] copy = literals.clone();
        // The copy keeps the repeated column and gets a new primary key.
        copy[0] = option.corrupter().corrupt(copy[0], dice.rand());
        Row duplicate =
            new Row(copy, kind, option.column(), option.detail() + " " + literals[index]);
        pending.add(new Pending(duplicate, added + dice.rand().between(2, 40)));
      } else {
        String[] faulty = literals.clone();
        faulty[index] = option.corrupter().corrupt(literals[index], dice.rand());
        append(new Row(faulty, kind, option.column(), option.detail()), script);
      }
    }
    for (Iterator<Pending> it = pending.iterator(); it.hasNext(); ) {
      Pending p = it.next();
      if (p.due() <= added) {
        it.remove();
        append(p.row(), script);
      }
    }
  }

  private void append(Row row, SqlScript script) {
    buffer.add(row);
    added++;
    if (buffer.size() >= BATCH) {
      flush(script);
    }
  }

  /** Writes waiting duplicates and buffered rows. */
  void finish(SqlScript script) {
    for (Pending p : pending) {
      buffer.add(p.row());
      added++;
    }
    pending.clear();
    flush(script);
  }

  private void flush(SqlScript script) {
    if (buffer.isEmpty()) {
      return;
    }
    StringBuilder sql = new StringBuilder(buffer.size() * 160);
    sql.append("INSERT INTO ")
        .append(table.name())
        .append(" (")
        .append(String.join(", ", columns))
        .append(") VALUES\n");
    long line = script.nextLine() + 1;
    for (int i = 0; i < buffer.size(); i++) {
      Row row = buffer.get(i);
      sql.append('(').append(String.join(", ", row.literals())).append(')');
      sql.append(i == buffer.size() - 1 ? ";\n" : ",\n");
      if (row.kind() != null) {
        log.record(
            path,
            line + i,
            table.name(),
            key(row.literals()),
            row.kind(),
            row.column(),
            row.detail());
      }
    }
    script.lines(sql.toString());
    buffer.clear();
  }

  private String key(String[] literals) {
    if (table.primaryKey() != null) {
      return table.primaryKey() + "=" + literals[0];
    }
    // lapsi_huoltaja has no key: the pair identifies the row.
    return columns.get(0) + "=" + literals[0] + "," + columns.get(1) + "=" + literals[1];
  }

  /** Rows added so far, including duplicates. */
  long rows() {
    return added;
  }
}
