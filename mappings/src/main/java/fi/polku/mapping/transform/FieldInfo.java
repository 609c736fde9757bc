package fi.polku.mapping.transform;

/**
 * What messages about a field need: the source column (or path) and whether its values are personal
 * data that must not appear in messages.
 *
 * @param column the source field as written in the spec
 * @param sensitive whether values are hidden in messages
 */
record FieldInfo(String column, boolean sensitive) {

  /** The value as shown in a message. */
  String show(Object value) {
    if (sensitive) {
      return RowContext.HIDDEN;
    }
    String t = Values.text(value);
    if (t == null) {
      return String.valueOf(value);
    }
    return t.length() > 40 ? t.substring(0, 40) + "…" : t;
  }
}
