package fi.polku.mapping.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;

/**
 * An XML file's characters, decoded here rather than by the parser so that a byte not in the
 * encoding is found on its exact line: the characters before it are handed out first, then the
 * error. The encoding is the one the file declares (a byte-order mark, or {@code encoding} in its
 * XML declaration), else the one given.
 */
final class XmlText extends Reader {

  private static final int HEAD_BYTES = 512;
  private static final Pattern DECLARED_ENCODING =
      Pattern.compile("<\\?xml[^>]*?\\sencoding\\s*=\\s*[\"']([^\"']+)[\"']");

  private final InputStream in;
  private final CharsetDecoder decoder;
  private final Charset charset;
  private final ByteBuffer bytes = ByteBuffer.allocate(16 * 1024).flip();
  private boolean eof;
  private boolean flushed;
  private CharacterCodingException error;
  private String failure;
  private long line = 1;

  /** Bytes decoded before the ones in {@link #bytes}. */
  private long decodedBefore;

  private XmlText(InputStream in, Charset charset) {
    this.in = in;
    this.charset = charset;
    this.decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /**
   * The text of {@code in}; null if the file is empty or only whitespace.
   *
   * @param fallback the encoding of a file that declares none
   * @throws XMLStreamException if the file cannot be read, or declares an encoding Java lacks
   */
  static XmlText open(InputStream in, Charset fallback) throws XMLStreamException {
    byte[] head;
    try {
      head = in.readNBytes(HEAD_BYTES);
    } catch (IOException e) {
      throw new XMLStreamException("cannot read the file: " + e.getMessage(), e);
    }
    if (head.length < HEAD_BYTES && new String(head, StandardCharsets.ISO_8859_1).isBlank()) {
      return null;
    }
    int bom = 0;
    Charset charset = fallback;
    if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
      bom = 3;
      charset = StandardCharsets.UTF_8;
    } else if (startsWith(head, 0xFE, 0xFF)) {
      bom = 2;
      charset = StandardCharsets.UTF_16BE;
    } else if (startsWith(head, 0xFF, 0xFE)) {
      bom = 2;
      charset = StandardCharsets.UTF_16LE;
    } else {
      Matcher declared = DECLARED_ENCODING.matcher(new String(head, StandardCharsets.ISO_8859_1));
      if (declared.lookingAt()) {
        try {
          charset = Charset.forName(declared.group(1));
        } catch (IllegalArgumentException e) {
          throw new XMLStreamException(
              "the XML declaration names an encoding Java does not know: " + declared.group(1), e);
        }
      }
    }
    InputStream whole =
        new SequenceInputStream(new ByteArrayInputStream(head, bom, head.length - bom), in);
    return new XmlText(whole, charset);
  }

  /** The name of the encoding the text is decoded from. */
  String encoding() {
    return charset.name();
  }

  /** The line being read; after a failure, the line of the byte that could not be decoded. */
  long line() {
    return line;
  }

  /** What could not be decoded, or null. */
  String failure() {
    return failure;
  }

  @Override
  public int read(char[] buffer, int off, int len) throws IOException {
    if (error != null) {
      throw error;
    }
    if (len == 0) {
      return 0;
    }
    CharBuffer out = CharBuffer.wrap(buffer, off, len);
    while (out.hasRemaining()) {
      CoderResult r = decoder.decode(bytes, out, eof);
      if (r.isError()) {
        failure =
            (r.isMalformed() ? "malformed input" : "unmappable character")
                + " at byte "
                + (bytesDecoded() + 1)
                + " (0x"
                + HexFormat.of().toHexDigits(bytes.get(bytes.position()))
                + ")";
        try {
          r.throwException();
        } catch (CharacterCodingException e) {
          error = e;
        }
        break;
      }
      if (r.isOverflow()) {
        break;
      }
      if (eof) {
        if (!flushed) {
          decoder.flush(out);
          flushed = true;
        }
        break;
      }
      if (out.position() > off) {
        break; // hand out what is decoded before blocking on more bytes
      }
      fill();
    }
    int n = out.position() - off;
    for (int i = off; i < off + n; i++) {
      if (buffer[i] == '\n') {
        line++;
      }
    }
    if (n == 0) {
      if (error != null) {
        throw error;
      }
      return -1;
    }
    return n;
  }

  /** Bytes of the file decoded so far, for naming the position of one that cannot be. */
  private long bytesDecoded() {
    return decodedBefore + bytes.position();
  }

  private void fill() throws IOException {
    decodedBefore += bytes.position();
    bytes.compact();
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      eof = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
  }

  @Override
  public void close() {
    // the file is closed by its cursor, after hashing the rest of it
  }

  private static boolean startsWith(byte[] head, int... bytes) {
    if (head.length < bytes.length) {
      return false;
    }
    for (int i = 0; i < bytes.length; i++) {
      if (head[i] != (byte) bytes[i]) {
        return false;
      }
    }
    return true;
  }
}
