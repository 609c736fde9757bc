package fi.polku.mapping.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes one line's bytes in the declared encoding and notices text in another one. Every byte
 * sequence is valid ISO-8859-1, so a UTF-8 file read as Latin-1 does not fail: it shows up as C1
 * control characters or as the typical pairs ({@code Ã¤} for {@code ä}). Those, and invalid UTF-8
 * in a UTF-8 file, are reported as a wrong encoding of that line.
 */
final class LineDecoder {

  private final Charset charset;
  private final boolean latin1;
  private final CharsetDecoder strict;
  private final StringBuilder latin = new StringBuilder(256);

  LineDecoder(Charset charset) {
    this.charset = charset;
    this.latin1 = charset.equals(StandardCharsets.ISO_8859_1);
    this.strict =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  Charset charset() {
    return charset;
  }

  /**
   * The decoded line; {@code problem[0]} receives a description if the bytes are not text in the
   * declared encoding (the line is then decoded leniently, for the dead letter).
   */
  String decode(byte[] bytes, int length, String[] problem) {
    problem[0] = null;
    if (latin1) {
      latin.setLength(0);
      for (int i = 0; i < length; i++) {
        latin.append((char) (bytes[i] & 0xff));
      }
      problem[0] = latin1Problem(bytes, length);
      return latin.toString();
    }
    try {
      CharBuffer cb = strict.reset().decode(ByteBuffer.wrap(bytes, 0, length));
      return cb.toString();
    } catch (CharacterCodingException e) {
      problem[0] = "invalid " + charset.name() + " byte sequence";
      return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
    }
  }

  private static String latin1Problem(byte[] b, int length) {
    for (int i = 0; i < length; i++) {
      int c = b[i] & 0xff;
      if (c >= 0x80 && c <= 0x9f) {
        return String.format("byte %02X at position %d is a control character, not text", c, i + 1);
      }
      if (c >= 0xc2 && c <= 0xf4 && i + 1 < length) {
        int d = b[i + 1] & 0xff;
        if (d >= 0x80 && d <= 0xbf) {
          return "UTF-8 encoded characters at position "
              + (i + 1)
              + " (the file seems to be UTF-8)";
        }
      }
    }
    return null;
  }

  /** Whether {@code bytes} start with a UTF-8 byte-order mark. */
  static boolean hasUtf8Bom(byte[] bytes, int length) {
    return length >= 3
        && (bytes[0] & 0xff) == 0xef
        && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf;
  }
}
