package fi.polku.mapping.spec;

/**
 * Where something in a mapping spec was written: the file, the line and column (1-based) and the
 * key path inside the document ({@code entities[2].resources[0].fields[4].from}).
 *
 * @param file the spec file name as given to the loader
 * @param line 1-based line, 0 if unknown
 * @param column 1-based column, 0 if unknown
 * @param path key path inside the YAML document
 */
public record Loc(String file, int line, int column, String path) {

  /** A location without line information (for specs built in code). */
  public static Loc of(String file, String path) {
    return new Loc(file, 0, 0, path);
  }

  /** The location of {@code key} below this one. */
  public Loc child(String key, Loc known) {
    return known != null ? known : new Loc(file, line, column, join(path, key));
  }

  static String join(String path, String key) {
    if (path == null || path.isEmpty()) {
      return key;
    }
    return key.startsWith("[") ? path + key : path + "." + key;
  }

  @Override
  public String toString() {
    String where = line > 0 ? file + ":" + line + ":" + column : file;
    return path == null || path.isEmpty() ? where : where + ": " + path;
  }
}
