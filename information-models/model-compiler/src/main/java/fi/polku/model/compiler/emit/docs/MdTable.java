package fi.polku.model.compiler.emit.docs;

import java.util.ArrayList;
import java.util.List;

/**
 * A GitHub-flavoured Markdown table. Cells are added already formatted (see {@link Md}); the table
 * only lays them out, so one place decides how each kind of content is escaped.
 */
final class MdTable {

  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();

  MdTable(String... headers) {
    this.headers = List.of(headers);
  }

  /** Adds a row; missing trailing cells are left empty, surplus cells are an error. */
  MdTable row(String... cells) {
    if (cells.length > headers.size()) {
      throw new IllegalArgumentException(
          "Row has " + cells.length + " cells, table has " + headers.size() + " columns");
    }
    List<String> row = new ArrayList<>(headers.size());
    for (int i = 0; i < headers.size(); i++) {
      row.add(i < cells.length && cells[i] != null ? cells[i] : "");
    }
    rows.add(row);
    return this;
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  /** The table as Markdown lines, each ending in a newline. */
  String render() {
    StringBuilder out = new StringBuilder();
    appendRow(out, headers);
    out.append('|');
    for (int i = 0; i < headers.size(); i++) {
      out.append("---|");
    }
    out.append('\n');
    for (List<String> row : rows) {
      appendRow(out, row);
    }
    return out.toString();
  }

  private static void appendRow(StringBuilder out, List<String> cells) {
    out.append('|');
    for (String cell : cells) {
      out.append(cell.isEmpty() ? " |" : " " + cell + " |");
    }
    out.append('\n');
  }
}
