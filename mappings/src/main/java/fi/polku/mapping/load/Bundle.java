package fi.polku.mapping.load;

import fi.polku.mapping.hub.WriteEntry;
import java.util.ArrayList;
import java.util.List;

/**
 * A transaction being assembled from prepared records: the entries, and for each record the entries
 * holding its resources (records may share an entry: the same guardian of two pupils).
 */
final class Bundle {

  final List<PreparedRow> rows;
  final List<WriteEntry> entries = new ArrayList<>();

  /** The plan order of each entry (entries are sorted by it before sending). */
  final List<Integer> orders = new ArrayList<>();

  /** For each entry, the resource type (counting). */
  final List<String> types = new ArrayList<>();

  /**
   * For each row, the indexes of its entries, one per resource; -1 for a resource left out because
   * the hub already holds it as it is ({@link #skipped}).
   */
  final List<int[]> rowEntries = new ArrayList<>();

  /**
   * Merged resources left out of the transaction because their stored version is already theirs.
   */
  final List<Skipped> skipped = new ArrayList<>();

  /**
   * A resource not sent: merging the records' data into its stored version changed nothing.
   *
   * @param type resource type
   * @param id its id in the hub
   * @param writtenByRun whether this run wrote the stored version (so it is counted already)
   */
  record Skipped(String type, String id, boolean writtenByRun) {}

  Bundle(List<PreparedRow> rows) {
    this.rows = rows;
  }

  int add(WriteEntry e, int order, String type) {
    entries.add(e);
    orders.add(order);
    types.add(type);
    return entries.size() - 1;
  }

  /** The rows holding entry {@code index}. */
  List<Integer> owners(int index) {
    List<Integer> out = new ArrayList<>();
    for (int r = 0; r < rowEntries.size(); r++) {
      for (int e : rowEntries.get(r)) {
        if (e == index) {
          out.add(r);
          break;
        }
      }
    }
    return out;
  }

  /** Removes the entries at {@code indexes}; the rows' references to them become -1. */
  void drop(java.util.Set<Integer> indexes) {
    if (indexes.isEmpty()) {
      return;
    }
    int[] newIndex = new int[entries.size()];
    List<WriteEntry> e = new ArrayList<>(entries.size());
    List<Integer> o = new ArrayList<>(entries.size());
    List<String> t = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      if (indexes.contains(i)) {
        newIndex[i] = -1;
      } else {
        newIndex[i] = e.size();
        e.add(entries.get(i));
        o.add(orders.get(i));
        t.add(types.get(i));
      }
    }
    replace(e, o, t, newIndex);
  }

  /**
   * Sorts entries by dependency order (organisations before learners before study rights ...),
   * renumbering the rows' entry indexes.
   */
  void sortByOrder() {
    int n = entries.size();
    Integer[] idx = new Integer[n];
    for (int i = 0; i < n; i++) {
      idx[i] = i;
    }
    java.util.Arrays.sort(idx, java.util.Comparator.comparingInt(orders::get));
    int[] newIndex = new int[n];
    List<WriteEntry> e = new ArrayList<>(n);
    List<Integer> o = new ArrayList<>(n);
    List<String> t = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      newIndex[idx[i]] = i;
      e.add(entries.get(idx[i]));
      o.add(orders.get(idx[i]));
      t.add(types.get(idx[i]));
    }
    replace(e, o, t, newIndex);
  }

  private void replace(List<WriteEntry> e, List<Integer> o, List<String> t, int[] newIndex) {
    entries.clear();
    entries.addAll(e);
    orders.clear();
    orders.addAll(o);
    types.clear();
    types.addAll(t);
    for (int[] re : rowEntries) {
      for (int j = 0; j < re.length; j++) {
        re[j] = re[j] < 0 ? -1 : newIndex[re[j]];
      }
    }
  }
}
