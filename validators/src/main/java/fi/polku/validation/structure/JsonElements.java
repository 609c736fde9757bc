package fi.polku.validation.structure;

import fi.polku.validation.parse.JsonArray;
import fi.polku.validation.parse.JsonBoolean;
import fi.polku.validation.parse.JsonNumber;
import fi.polku.validation.parse.JsonObject;
import fi.polku.validation.parse.JsonString;
import fi.polku.validation.parse.JsonValue;
import java.util.List;

/**
 * The values of one element of a structurally valid JSON object, as HAPI's object model would hold
 * them ({@code Base.getProperty}): in document order, a choice element under whichever type it is
 * given in, each object with the rules the invariant walk uses for it. Whatever the object model
 * would represent differently from the JSON (a primitive given only by its {@code _name} part, a
 * contained resource) is {@link Undecided}.
 */
final class JsonElements {

  private JsonElements() {}

  /** Adds the values of element {@code e} of {@code obj} to {@code out}. */
  static void values(CompiledModel model, JsonObject obj, ElementRule e, List<PathItem> out) {
    if (e.choice) {
      for (TypeRef t : e.types) {
        String json = e.name + capitalise(t.code());
        if (obj.get(json) != null || obj.get("_" + json) != null) {
          add(model, obj, json, "_" + json, e, t, out);
          return; // the structural pass allows one type only
        }
      }
      return;
    }
    add(model, obj, e.name, e.part, e, e.types.get(0), out);
  }

  private static void add(
      CompiledModel model,
      JsonObject obj,
      String json,
      String partName,
      ElementRule e,
      TypeRef t,
      List<PathItem> out) {
    JsonValue v = obj.get(json);
    JsonValue part = obj.get(partName);
    if (t instanceof TypeRef.Primitive) {
      if (part != null && !allValued(v)) {
        throw Undecided.INSTANCE; // an element with extensions but no value
      }
    }
    if (v == null) {
      return;
    }
    if (v instanceof JsonArray array) {
      for (JsonValue item : array.items()) {
        out.add(item(model, item, e, t));
      }
    } else {
      out.add(item(model, v, e, t));
    }
  }

  private static boolean allValued(JsonValue v) {
    if (v == null) {
      return false;
    }
    if (v instanceof JsonArray array) {
      for (JsonValue item : array.items()) {
        if (!(item instanceof JsonString
            || item instanceof JsonNumber
            || item instanceof JsonBoolean)) {
          return false;
        }
      }
    }
    return true;
  }

  private static PathItem item(CompiledModel model, JsonValue v, ElementRule e, TypeRef t) {
    if (t instanceof TypeRef.Primitive p) {
      return PathItem.primitive(p.code(), text(v));
    }
    if (!(v instanceof JsonObject o) || t instanceof TypeRef.Contained) {
      throw Undecided.INSTANCE; // contained resources: HAPI moves them; not modelled here
    }
    TypeRef.Complex c = (TypeRef.Complex) t;
    return PathItem.object(c.code(), o, e.extension ? extensionRules(model, e, o) : c.rules());
  }

  /** As {@link InvariantRunner}: the profile's slice, a known definition or the generic one. */
  static StructureRules extensionRules(CompiledModel model, ElementRule e, JsonObject ext) {
    String url = ext.string("url");
    SliceRule slice = url == null ? null : e.slices.get(url);
    if (slice != null) {
      return slice.rules();
    }
    StructureRules known = url == null ? null : model.extensions.get(url);
    return known != null ? known : model.genericExtension;
  }

  /** The engine's {@code primitiveValue()} of a JSON primitive. */
  private static String text(JsonValue v) {
    if (v instanceof JsonString s) {
      return s.value();
    }
    if (v instanceof JsonNumber n) {
      return n.text();
    }
    if (v instanceof JsonBoolean b) {
      return b == JsonBoolean.TRUE ? "true" : "false";
    }
    throw Undecided.INSTANCE;
  }

  private static String capitalise(String code) {
    return Character.toUpperCase(code.charAt(0)) + code.substring(1);
  }
}
