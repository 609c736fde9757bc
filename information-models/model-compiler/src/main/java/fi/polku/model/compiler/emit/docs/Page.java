package fi.polku.model.compiler.emit.docs;

/**
 * A Markdown page being written: starts with the generated-file notice and keeps exactly one blank
 * line between blocks, so output is stable whichever sections a page happens to have.
 */
final class Page {

  private final StringBuilder out = new StringBuilder();

  Page() {
    out.append(Md.GENERATED_NOTICE).append('\n');
  }

  /** A heading at {@code level} (1 to 6). */
  Page heading(int level, String text) {
    return block("#".repeat(level) + " " + text);
  }

  /** A paragraph or any other block; a trailing newline is added when missing. */
  Page block(String markdown) {
    out.append('\n').append(markdown);
    if (!markdown.endsWith("\n")) {
      out.append('\n');
    }
    return this;
  }

  String render() {
    return out.toString();
  }
}
