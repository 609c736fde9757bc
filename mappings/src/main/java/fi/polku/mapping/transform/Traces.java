package fi.polku.mapping.transform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Follows a validator's FHIRPath location through a traced resource to the source column. */
final class Traces {

  private Traces() {}

  static String column(RowContext ctx, ObjectNode resource, String location) {
    String[] parts = location.split("\\.");
    JsonNode node = resource;
    String found = null;
    for (int i = 1; i < parts.length && node instanceof ObjectNode o; i++) {
      String p = parts[i];
      int bracket = p.indexOf('[');
      String name = bracket < 0 ? p : p.substring(0, bracket);
      String column = ctx.tracedColumn(o, name);
      if (column != null) {
        found = column;
      }
      JsonNode next = o.get(name);
      if (next != null && next.isArray()) {
        int index = bracket < 0 ? 0 : Integer.parseInt(p.substring(bracket + 1, p.length() - 1));
        next = next.get(index);
      }
      node = next;
    }
    return found;
  }
}
