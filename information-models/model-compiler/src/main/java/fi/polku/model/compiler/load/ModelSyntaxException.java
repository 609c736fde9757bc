package fi.polku.model.compiler.load;

/** A model source that cannot be read at all (not Turtle, or no sources). */
public final class ModelSyntaxException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception for {@code file}. */
  public ModelSyntaxException(String file, String detail, Throwable cause) {
    super(file + ": " + detail, cause);
  }
}
