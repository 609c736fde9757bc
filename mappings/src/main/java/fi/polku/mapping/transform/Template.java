package fi.polku.mapping.transform;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Text built from literal parts and source values: {@code "{huoltajanro}-{oppilasnro}"}. Compiled
 * once into parts; evaluation concatenates. If a referenced value is empty, the result is null (a
 * key with a missing part is no key). Alternatives separated by {@code ||} are tried in order and
 * the first whose values are all present is the result: {@code "{oid} || {$file}/{$path}"} keys a
 * record by its own id where it has one, by its place in the file otherwise.
 */
final class Template {

  private static final String OR = "||";

  private final String text;
  private final Object[] parts;
  private final Template orElse;

  private Template(String text, Object[] parts, Template orElse) {
    this.text = text;
    this.parts = parts;
    this.orElse = orElse;
  }

  /**
   * Compiles {@code text}; {@code resolve} turns each {@code {name}} into an accessor and throws
   * for unknown names.
   */
  static Template compile(String text, Function<String, Accessor> resolve) {
    int or = alternative(text);
    if (or < 0) {
      return new Template(text, parts(text, resolve), null);
    }
    String first = text.substring(0, or).trim();
    String rest = text.substring(or + OR.length()).trim();
    if (first.isEmpty() || rest.isEmpty()) {
      throw new IllegalArgumentException(
          "an empty alternative around '||' in template '" + text + "'");
    }
    return new Template(text, parts(first, resolve), compile(rest, resolve));
  }

  /** Where the first {@code ||} outside braces starts, or -1. */
  private static int alternative(String text) {
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0 && text.startsWith(OR, i)) {
        return i;
      }
    }
    return -1;
  }

  private static Object[] parts(String text, Function<String, Accessor> resolve) {
    List<Object> parts = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int open = text.indexOf('{', i);
      if (open < 0) {
        parts.add(text.substring(i));
        break;
      }
      int close = text.indexOf('}', open);
      if (close < 0) {
        throw new IllegalArgumentException("unclosed '{' in template '" + text + "'");
      }
      if (open > i) {
        parts.add(text.substring(i, open));
      }
      parts.add(resolve.apply(text.substring(open + 1, close).trim()));
      i = close + 1;
    }
    return parts.toArray();
  }

  String text() {
    return text;
  }

  /** Whether the template is a single source value without literal text or alternatives. */
  boolean isSingleValue() {
    return orElse == null && parts.length == 1 && parts[0] instanceof Accessor;
  }

  String evaluate(Scope scope) {
    String v = evaluateOwn(scope);
    return v != null || orElse == null ? v : orElse.evaluate(scope);
  }

  private String evaluateOwn(Scope scope) {
    if (parts.length == 1) {
      return parts[0] instanceof Accessor a ? Values.text(a.get(scope)) : (String) parts[0];
    }
    StringBuilder sb = new StringBuilder(32);
    for (Object p : parts) {
      if (p instanceof Accessor a) {
        String v = Values.text(a.get(scope));
        if (v == null) {
          return null;
        }
        sb.append(v);
      } else {
        sb.append((String) p);
      }
    }
    return sb.toString();
  }
}
