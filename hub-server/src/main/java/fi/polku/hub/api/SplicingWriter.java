package fi.polku.hub.api;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Collects HAPI's encoding of a Bundle with placeholder resources and, when closed, writes it to
 * the response with each placeholder replaced by its resource's JSON. The Bundle without the
 * resources is small, so holding it whole costs little; the resources are written straight from the
 * stored strings. A placeholder cannot occur inside a JSON string of the Bundle (quotes are escaped
 * there), so the first match after the previous one is the entry's.
 */
final class SplicingWriter extends Writer {

  private final Writer out;
  private final List<String> resources;
  private final StringBuilder shell = new StringBuilder(8192);
  private boolean closed;

  SplicingWriter(Writer out, List<String> resources) {
    this.out = out;
    this.resources = resources;
  }

  @Override
  public void write(char[] buf, int off, int len) throws IOException {
    if (closed) {
      throw new IOException("The response is written already");
    }
    shell.append(buf, off, len);
  }

  @Override
  public void write(String s, int off, int len) throws IOException {
    if (closed) {
      throw new IOException("The response is written already");
    }
    shell.append(s, off, off + len);
  }

  /** Nothing reaches the response before the whole Bundle is known (see {@link #close}). */
  @Override
  public void flush() {
    // Deferred to close: a placeholder may be cut between two flushes.
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    int from = 0;
    for (int i = 0; i < resources.size(); i++) {
      String marker = RawEntries.marker(i);
      int at = shell.indexOf(marker, from);
      if (at < 0) {
        throw new IllegalStateException("The Bundle has no placeholder " + i);
      }
      out.append(shell, from, at);
      out.write(resources.get(i));
      from = at + marker.length();
    }
    out.append(shell, from, shell.length());
    // HAPI's encoder flushes before the response is closed, which makes it chunked; so does this.
    out.flush();
    out.close();
  }
}
