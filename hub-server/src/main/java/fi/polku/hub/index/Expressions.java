package fi.polku.hub.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites search parameter expressions into what the index evaluates on one resource. FHIR core
 * parameters are declared once for many types ({@code Patient.address | Person.address | ...}):
 * only the branches of the indexed type are kept, so a Person is not tested against sixty other
 * types. The type prefix is dropped (the engine evaluates relative to the resource, which works for
 * the model's own types too), and {@code resolve() is X} becomes a test of the reference text,
 * because the index never resolves references.
 */
final class Expressions {

  private static final Pattern RESOLVE_IS =
      Pattern.compile("where\\(\\s*resolve\\(\\)\\s+is\\s+([A-Za-z]+)\\s*\\)");
  private static final Set<String> GENERIC = Set.of("Resource", "DomainResource");

  private Expressions() {}

  /**
   * The part of {@code expression} that applies to {@code type}, relative to the resource; null if
   * no branch applies.
   */
  static String forType(String expression, String type) {
    List<String> kept = new ArrayList<>();
    List<String> all = branches(expression);
    // Branches of a multi-type declaration that name no type belong to some other type's part.
    boolean typed = all.stream().map(b -> rootName(b.trim())).anyMatch(r -> r != null);
    for (String branch : all) {
      String b = branch.trim();
      String root = rootName(b);
      if (root == null ? typed && all.size() > 1 : !applies(root, type)) {
        continue;
      }
      kept.add(stripPrefix(b, type));
    }
    if (kept.isEmpty()) {
      return null;
    }
    String joined = String.join(" | ", kept);
    Matcher m = RESOLVE_IS.matcher(joined);
    return m.replaceAll("where(reference.startsWith('$1/'))");
  }

  /** Top-level {@code |} branches, respecting parentheses and quotes. */
  static List<String> branches(String expression) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    boolean quoted = false;
    int start = 0;
    for (int i = 0; i < expression.length(); i++) {
      char c = expression.charAt(i);
      if (c == '\'' && (i == 0 || expression.charAt(i - 1) != '\\')) {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        depth++;
      } else if (!quoted && c == ')') {
        depth--;
      } else if (!quoted && depth == 0 && c == '|') {
        out.add(expression.substring(start, i));
        start = i + 1;
      }
    }
    out.add(expression.substring(start));
    return out;
  }

  /** The leading identifier of a branch (inside leading parentheses), or null. */
  private static String rootName(String branch) {
    int i = 0;
    while (i < branch.length() && (branch.charAt(i) == '(' || branch.charAt(i) == ' ')) {
      i++;
    }
    int j = i;
    while (j < branch.length() && Character.isLetterOrDigit(branch.charAt(j))) {
      j++;
    }
    if (j == i || j >= branch.length() || branch.charAt(j) != '.') {
      return null;
    }
    return branch.substring(i, j);
  }

  private static boolean applies(String root, String type) {
    return root.equals(type) || GENERIC.contains(root) || !Character.isUpperCase(root.charAt(0));
  }

  /** Drops {@code Type.} (or {@code Resource.}) where it starts a path, outside quotes. */
  private static String stripPrefix(String branch, String type) {
    StringBuilder out = new StringBuilder();
    boolean quoted = false;
    int i = 0;
    while (i < branch.length()) {
      char c = branch.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      }
      boolean pathStart = i == 0 || !isPathChar(branch.charAt(i - 1));
      if (!quoted && pathStart) {
        String prefix = matchingPrefix(branch, i, type);
        if (prefix != null) {
          i += prefix.length();
          continue;
        }
      }
      out.append(c);
      i++;
    }
    return out.toString().trim();
  }

  private static String matchingPrefix(String s, int at, String type) {
    for (String name : List.of(type + ".", "Resource.", "DomainResource.")) {
      if (s.startsWith(name, at)) {
        return name;
      }
    }
    return null;
  }

  private static boolean isPathChar(char c) {
    return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '\'';
  }
}
