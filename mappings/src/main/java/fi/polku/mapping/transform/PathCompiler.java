package fi.polku.mapping.transform;

import ca.uhn.fhir.context.BaseRuntimeChildDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementCompositeDefinition;
import fi.polku.mapping.spec.Loc;
import fi.polku.mapping.transform.ModelInfo.Element;
import java.util.ArrayList;
import java.util.List;

/** Compiles target paths against the model, reporting unknown elements with a suggestion. */
final class PathCompiler {

  private final ModelInfo model;
  private final Problems problems;

  PathCompiler(ModelInfo model, Problems problems) {
    this.model = model;
    this.problems = problems;
  }

  /** A compiled path and the element it ends in. */
  record Compiled(TargetPath path, Element element) {}

  /** Compiles {@code text} relative to {@code parent}; null (with a problem) if it is invalid. */
  Compiled compile(String text, Element parent, Loc loc) {
    if (text == null || text.isBlank()) {
      return null;
    }
    List<String[]> raw = TargetPath.split(text);
    List<TargetPath.Segment> segments = new ArrayList<>();
    Element e = parent;
    for (int i = 0; i < raw.size(); i++) {
      String name = raw.get(i)[0];
      String bracket = raw.get(i)[1];
      Element child = model.child(e, name);
      if (child == null) {
        problems.add(
            loc,
            "'"
                + text
                + "': "
                + e.path()
                + " has no element '"
                + name
                + "'"
                + Problems.hint(name, childNames(e)));
        return null;
      }
      boolean last = i == raw.size() - 1;
      TargetPath.Segment s = segment(name, bracket, child, last, text, loc);
      if (s == null) {
        return null;
      }
      segments.add(s);
      e = child;
    }
    return new Compiled(new TargetPath(text, segments), e);
  }

  private TargetPath.Segment segment(
      String name, String bracket, Element child, boolean last, String text, Loc loc) {
    String slice = child.extensionUrl();
    String json = slice != null ? "extension" : name;
    if (bracket == null) {
      if (!child.repeating()) {
        return new TargetPath.Segment(json, TargetPath.Mode.SINGLE, 0, slice);
      }
      // An intermediate repeating element means its first element; the last one gets a new one.
      return last
          ? new TargetPath.Segment(json, TargetPath.Mode.APPEND, 0, slice)
          : new TargetPath.Segment(
              json, slice != null ? TargetPath.Mode.SINGLE : TargetPath.Mode.INDEX, 0, slice);
    }
    if (!child.repeating()) {
      problems.add(
          loc, "'" + text + "': " + child.path() + " does not repeat; write it without [ ]");
      return null;
    }
    if (bracket.isEmpty()) {
      return new TargetPath.Segment(json, TargetPath.Mode.APPEND, 0, slice);
    }
    try {
      return new TargetPath.Segment(json, TargetPath.Mode.INDEX, Integer.parseInt(bracket), slice);
    } catch (NumberFormatException e) {
      problems.add(loc, "'" + text + "': [" + bracket + "] must be [] or a number such as [0]");
      return null;
    }
  }

  private static List<String> childNames(Element e) {
    List<String> names = new ArrayList<>();
    if (e.extensionUrl() != null) {
      names.add("value" + Character.toUpperCase(e.type().charAt(0)) + e.type().substring(1));
      return names;
    }
    if (e.definition() instanceof BaseRuntimeElementCompositeDefinition<?> c) {
      for (BaseRuntimeChildDefinition child : c.getChildren()) {
        names.add(child.getElementName());
      }
    }
    return names;
  }
}
