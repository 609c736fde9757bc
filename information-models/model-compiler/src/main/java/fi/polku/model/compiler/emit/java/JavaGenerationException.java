package fi.polku.model.compiler.emit.java;

import fi.polku.model.compiler.ir.Element;
import fi.polku.model.compiler.ir.SourceLocation;

/**
 * The model cannot be turned into Java classes: an unknown FHIR type code, a name that would clash
 * with an inherited HAPI member, a dangling content reference and the like. The message names the
 * element path and, when known, where the element was declared, so a model author can fix it.
 */
public class JavaGenerationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** A failure not tied to one element. */
  public JavaGenerationException(String message) {
    super(message);
  }

  /** A failure with an underlying cause. */
  public JavaGenerationException(String message, Throwable cause) {
    super(message, cause);
  }

  /** A failure at {@code element}; the message is prefixed with its path and source. */
  public static JavaGenerationException at(Element element, String message) {
    return new JavaGenerationException(element.path() + ": " + message + where(element.source()));
  }

  private static String where(SourceLocation source) {
    return source == null ? "" : " (declared in " + source + ")";
  }
}
