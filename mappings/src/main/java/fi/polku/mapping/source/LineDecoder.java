package fi.polku.mapping.source;

import fi.polku.validation.api.Text;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
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
   * The decoded line; {@code problem[0]} receives a description in fi/sv/en if the bytes are not
   * text in the declared encoding (the line is then decoded leniently, for the dead letter).
   */
  String decode(byte[] bytes, int length, Text[] problem) {
    problem[0] = null;
    if (latin1) {
      latin.setLength(0);
      for (int i = 0; i < length; i++) {
        latin.append((char) (bytes[i] & 0xff));
      }
      problem[0] = latin1Problem(bytes, length);
      return latin.toString();
    }
    ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
    CharBuffer out = CharBuffer.allocate((int) Math.ceil(length * strict.maxCharsPerByte()) + 1);
    strict.reset();
    CoderResult result = strict.decode(in, out, true);
    if (!result.isError()) {
      result = strict.flush(out);
    }
    if (result.isError()) {
      problem[0] = invalidSequence(in.position() + 1);
      return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
    }
    return out.flip().toString();
  }

  /** A byte sequence the declared (non-Latin-1) encoding does not allow, at {@code position}. */
  private Text invalidSequence(int position) {
    String at = Integer.toString(position);
    String name = charset.name();
    if (charset.equals(StandardCharsets.UTF_8)) {
      // Legacy exports that are not UTF-8 are nearly always Latin-1 or its Windows superset.
      return new Text(
          "kohdassa "
              + at
              + " on tavujono, joka ei ole UTF-8:aa (tiedosto voi olla muodossa"
              + " ISO-8859-1 tai windows-1252)",
          "vid position "
              + at
              + " finns en bytesekvens som inte är UTF-8 (filen kan vara i"
              + " ISO-8859-1 eller windows-1252)",
          "a byte sequence that is not UTF-8 at position "
              + at
              + " (the file may be ISO-8859-1"
              + " or windows-1252)");
    }
    return new Text(
        "kohdassa " + at + " on tavujono, joka ei ole " + name + ":aa",
        "vid position " + at + " finns en bytesekvens som inte är " + name,
        "a byte sequence that is not " + name + " at position " + at);
  }

  private static Text latin1Problem(byte[] b, int length) {
    for (int i = 0; i < length; i++) {
      int c = b[i] & 0xff;
      if (c >= 0x80 && c <= 0x9f) {
        // A UTF-8 sequence is caught at its lead byte below before its continuation bytes get here:
        // a C1 byte met first stands alone, as Windows-1252 writes € – “ ” and the like.
        String hex = String.format("%02X", c);
        String at = Integer.toString(i + 1);
        return new Text(
            "tavu "
                + hex
                + " kohdassa "
                + at
                + " on ohjausmerkki eikä tekstiä (tiedosto voi olla"
                + " muodossa windows-1252: encoding: windows-1252)",
            "byte "
                + hex
                + " vid position "
                + at
                + " är ett styrtecken, inte text (filen kan vara"
                + " i windows-1252: encoding: windows-1252)",
            "byte "
                + hex
                + " at position "
                + at
                + " is a control character, not text (the file"
                + " may be windows-1252: encoding: windows-1252)");
      }
      if (c >= 0xc2 && c <= 0xf4 && i + 1 < length) {
        int d = b[i + 1] & 0xff;
        if (d >= 0x80 && d <= 0xbf) {
          String at = Integer.toString(i + 1);
          return new Text(
              "kohdassa " + at + " on UTF-8-koodattuja merkkejä (tiedosto näyttää olevan UTF-8:aa)",
              "UTF-8-kodade tecken vid position " + at + " (filen verkar vara i UTF-8)",
              "UTF-8 encoded characters at position " + at + " (the file seems to be UTF-8)");
        }
      }
    }
    return null;
  }

  /** Why a file that starts with a UTF-8 byte-order mark is not in a declared other encoding. */
  static final Text UTF8_BOM =
      new Text(
          "tiedosto alkaa UTF-8:n tavujärjestysmerkillä (BOM): se on UTF-8:aa",
          "filen börjar med UTF-8:s byteordningsmarkering (BOM): den är i UTF-8",
          "the file starts with a UTF-8 byte-order mark: it is UTF-8");

  /** Whether {@code bytes} start with a UTF-8 byte-order mark. */
  static boolean hasUtf8Bom(byte[] bytes, int length) {
    return length >= 3
        && (bytes[0] & 0xff) == 0xef
        && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf;
  }
}
