package fi.polku.mapping.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineReaderTest {

  @Test
  void linesEndAtLfOrCrLfAndTheLastLineNeedsNoBreak() throws IOException {
    assertThat(lines("a;b\nc;d\r\ne;f")).containsExactly("a;b", "c;d", "e;f");
    assertThat(lines("a\r\nb\r\n")).containsExactly("a", "b");
  }

  @Test
  void aFileWhoseFirstLineBreakIsALoneCrIsSplitAtEveryCr() throws IOException {
    assertThat(lines("koulunro;nimi\r101;Aurinko\r102;Kuu\r"))
        .containsExactly("koulunro;nimi", "101;Aurinko", "102;Kuu");
  }

  @Test
  void aLoneCrInsideALineOfACrLfFileStaysInTheLine() throws IOException {
    assertThat(lines("a;b\r\nc\rd;e\r\n")).containsExactly("a;b", "c\rd;e");
  }

  @Test
  void aCrLfSplitAcrossReadBuffersIsOneLineBreak() throws IOException {
    // The first line fills the 64 KiB read buffer up to its CR; the LF starts the next read.
    String first = "x".repeat(64 * 1024 - 1);
    assertThat(lines(first + "\r\nsecond\r\nthird")).containsExactly(first, "second", "third");
    assertThat(lines(first + "\rsecond\rthird")).containsExactly(first, "second", "third");
  }

  @Test
  void lineNumbersAndBytesCountWhatWasRead() throws IOException {
    byte[] data = "a\rb\rc".getBytes(StandardCharsets.ISO_8859_1);
    try (LineReader r = new LineReader(new ByteArrayInputStream(data))) {
      while (r.next()) {
        // read all
      }
      assertThat(r.lineNumber()).isEqualTo(3);
      assertThat(r.bytesRead()).isEqualTo(data.length);
    }
  }

  private static List<String> lines(String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (LineReader r =
        new LineReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)))) {
      while (r.next()) {
        out.add(new String(r.bytes(), 0, r.length(), StandardCharsets.ISO_8859_1));
      }
    }
    return out;
  }
}
