package fi.polku.mapping.load;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.mapping.codes.MappingCodes;
import fi.polku.mapping.codes.RowIssue;
import fi.polku.mapping.source.SourceRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeadLetterWriterTest {

  @TempDir Path tmp;

  @Test
  void theFileIsUtf8WithAByteOrderMarkSoThatSpreadsheetsShowTheFinnishMessagesRight()
      throws IOException {
    Path file = tmp.resolve("dead-letters.csv");
    try (DeadLetterWriter w = new DeadLetterWriter(file)) {
      w.write(
          SourceRecord.ofValues("school", "koulut.csv", 3, "101;Äijälä", new Object[] {"101"}),
          "101",
          List.of(RowIssue.of(MappingCodes.EMPTY_FILE, "nimi", Map.of("file", "koulut.csv"))));
    }

    byte[] bytes = Files.readAllBytes(file);
    assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).isEqualTo("\uFEFF" + DeadLetterWriter.HEADER);
    assertThat(lines.get(1))
        .startsWith("koulut.csv;3;school;101;POLKU-VAL-0802;nimi;Tiedosto koulut.csv on tyhjä")
        .endsWith(";\"101;Äijälä\"");
  }

  @Test
  void nothingRejectedWritesNoFile() {
    Path file = tmp.resolve("dead-letters.csv");
    try (DeadLetterWriter w = new DeadLetterWriter(file)) {
      assertThat(w.count()).isZero();
    }
    assertThat(file).doesNotExist();
  }
}
