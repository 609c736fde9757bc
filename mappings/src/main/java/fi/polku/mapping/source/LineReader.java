package fi.polku.mapping.source;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Reads physical lines of bytes from a stream, ending at LF or CR LF, or at CR alone when the first
 * line break is a lone CR (as old Mac programs write), counting lines and bytes and hashing
 * everything read with SHA-256. A CR inside a line of an LF or CR LF file stays part of the line.
 * Lines are handed out as a byte range of an internal buffer that the next call overwrites: nothing
 * is kept, so a file of any size needs only one line's worth of memory.
 */
final class LineReader implements AutoCloseable {

  private static final int CHUNK = 64 * 1024;

  private final InputStream in;
  private final MessageDigest sha256;
  private final byte[] chunk = new byte[CHUNK];
  private int chunkPos;
  private int chunkLen;
  private byte[] line = new byte[1024];
  private int lineLen;
  private long lineNumber;
  private long bytesRead;
  private boolean eof;
  private Breaks breaks = Breaks.UNKNOWN;

  /** How the stream's lines end: decided at the first line break. */
  private enum Breaks {
    UNKNOWN,
    /** At LF, a CR before it dropped. */
    LF,
    /** At CR or LF. */
    CR
  }

  LineReader(InputStream in) {
    this.in = in;
    try {
      this.sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }

  /** Advances to the next line; false at the end of the stream. */
  boolean next() throws IOException {
    lineLen = 0;
    boolean any = false;
    while (true) {
      if (chunkPos == chunkLen) {
        if (!fill()) {
          if (any) {
            lineNumber++;
            return true;
          }
          return false;
        }
      }
      any = true;
      int start = chunkPos;
      int end = start;
      while (end < chunkLen && chunk[end] != '\n' && (breaks == Breaks.LF || chunk[end] != '\r')) {
        end++;
      }
      append(start, end);
      if (end == chunkLen) {
        chunkPos = chunkLen;
        continue;
      }
      chunkPos = end + 1;
      if (chunk[end] == '\n') {
        if (lineLen > 0 && line[lineLen - 1] == '\r') {
          lineLen--;
        }
        if (breaks == Breaks.UNKNOWN) {
          breaks = Breaks.LF;
        }
      } else if (breaks == Breaks.UNKNOWN) {
        // The first line break decides: CR LF (or LF) from here on, or CR alone (old Mac exports).
        if (chunkPos == chunkLen && !fill()) {
          breaks = Breaks.CR;
        } else if (chunk[chunkPos] == '\n') {
          chunkPos++;
          breaks = Breaks.LF;
        } else {
          breaks = Breaks.CR;
        }
      }
      lineNumber++;
      return true;
    }
  }

  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    int n = in.read(chunk, 0, CHUNK);
    if (n <= 0) {
      eof = true;
      return false;
    }
    sha256.update(chunk, 0, n);
    bytesRead += n;
    chunkPos = 0;
    chunkLen = n;
    return true;
  }

  private void append(int from, int to) {
    int n = to - from;
    if (lineLen + n > line.length) {
      line = Arrays.copyOf(line, Math.max(line.length * 2, lineLen + n));
    }
    System.arraycopy(chunk, from, line, lineLen, n);
    lineLen += n;
  }

  byte[] bytes() {
    return line;
  }

  int length() {
    return lineLen;
  }

  long lineNumber() {
    return lineNumber;
  }

  long bytesRead() {
    return bytesRead;
  }

  /** Reads the rest of the stream (so the hash covers the whole file) and returns the hash. */
  String finishHash() throws IOException {
    while (fill()) {
      chunkPos = chunkLen;
    }
    return HexFormat.of().formatHex(sha256.digest());
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
