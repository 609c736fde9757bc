package fi.polku.model.compiler.emit.java;

import fi.polku.model.compiler.ir.LocalizedText;

/** Model texts as they go into generated code. */
final class Texts {

  private Texts() {}

  /**
   * The English text, falling back to Finnish and Swedish (a missing translation is the model
   * checks' business, not a reason to fail code generation); never {@code null}.
   */
  static String english(LocalizedText text) {
    if (text == null) {
      return "";
    }
    String s = text.preferred();
    return s == null ? "" : s.strip();
  }

  /**
   * Text safe inside a Javadoc comment: a {@code *}{@code /} in a model text would end the comment.
   */
  static String javadoc(String s) {
    return s.replace("*/", "*&#47;").replace("@", "&#64;");
  }
}
