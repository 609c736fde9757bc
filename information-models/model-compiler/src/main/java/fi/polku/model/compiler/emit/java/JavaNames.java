package fi.polku.model.compiler.emit.java;

import javax.lang.model.SourceVersion;

/** Naming rules shared by the writers: Java identifiers, accessor stems and constant names. */
final class JavaNames {

  private JavaNames() {}

  /** {@code birthDate} to {@code BirthDate}. */
  static String capitalize(String s) {
    if (s.isEmpty()) {
      return s;
    }
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** Strips the {@code [x]} of a choice element name. */
  static String baseName(String elementName) {
    return elementName.endsWith("[x]")
        ? elementName.substring(0, elementName.length() - 3)
        : elementName;
  }

  /**
   * The constant name for a search parameter code: {@code mother-tongue} to {@code MOTHER_TONGUE}.
   * Anything that is not a letter or digit becomes an underscore.
   */
  static String constantName(String code) {
    StringBuilder sb = new StringBuilder();
    for (char c : code.toCharArray()) {
      sb.append(Character.isLetterOrDigit(c) ? Character.toUpperCase(c) : '_');
    }
    String name = sb.toString();
    return Character.isDigit(name.charAt(0)) ? "_" + name : name;
  }

  /**
   * Class name segment for one path step: {@code statusHistory} to {@code StatusHistory}, {@code
   * value[x]} to {@code Value}.
   */
  static String classSegment(String pathStep) {
    return capitalize(baseName(pathStep));
  }

  /**
   * The nested class name of the backbone at {@code path}: {@code A.b.c} to {@code ABCComponent}.
   */
  static String componentName(String path) {
    StringBuilder sb = new StringBuilder();
    for (String step : path.split("\\.")) {
      sb.append(classSegment(step));
    }
    return sb.append("Component").toString();
  }

  /** True for a Java keyword or literal ({@code class}, {@code true}, ...). */
  static boolean isKeyword(String s) {
    return SourceVersion.isKeyword(s);
  }

  /** True when {@code s} may be used as a Java identifier (ignoring keywords). */
  static boolean isIdentifierShape(String s) {
    return SourceVersion.isIdentifier(s);
  }
}
