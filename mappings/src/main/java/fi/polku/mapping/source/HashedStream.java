package fi.polku.mapping.source;

import fi.polku.mapping.source.SourceReader.InputDescription;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An input file's bytes as a parser reads them: counted (for progress) and hashed with SHA-256 (for
 * the run's provenance). Closing it is left to {@link #finish()} and {@link #abandon()}: parsers
 * that close their source at the end of a document must not end the hashing early.
 */
final class HashedStream extends FilterInputStream {

  private final InputFiles.Found file;
  private final MessageDigest sha256;
  private long count;

  private HashedStream(InputFiles.Found file, InputStream in) {
    super(in);
    this.file = file;
    try {
      this.sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }

  /** Opens {@code file}; an {@link UncheckedIOException} if it cannot be. */
  static HashedStream open(InputFiles.Found file) {
    try {
      return new HashedStream(file, new BufferedInputStream(Files.newInputStream(file.path())));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open " + file.path(), e);
    }
  }

  /** Bytes read so far. */
  long count() {
    return count;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      sha256.update((byte) b);
      count++;
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n > 0) {
      sha256.update(b, off, n);
      count += n;
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    // Skipped bytes must be hashed too: read them instead.
    return discard(n);
  }

  private long discard(long max) throws IOException {
    byte[] buffer = new byte[8192];
    long done = 0;
    while (done < max) {
      int n = read(buffer, 0, (int) Math.min(buffer.length, max - done));
      if (n < 0) {
        break;
      }
      done += n;
    }
    return done;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  /** A parser's close does not end the file: {@link #finish()} reads the rest first. */
  @Override
  public void close() {
    // deliberately nothing; see finish() and abandon()
  }

  /** Reads the rest of the file, closes it and describes it with its size and hash. */
  InputDescription finish() {
    try (InputStream in = this.in) {
      transferTo(OutputStream.nullOutputStream());
      return new InputDescription(file.name(), count, HexFormat.of().formatHex(sha256.digest()));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file.path(), e);
    }
  }

  /** Closes the file without reading the rest. */
  void abandon() {
    try {
      in.close();
    } catch (IOException e) {
      // a read-only file that is given up on: there is nothing to recover
    }
  }
}
