package fi.polku.mapping.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonSourceReaderTest {

  @TempDir Path tmp;

  @Test
  void aSingleDocumentIsOneRecordKeyedByItsFile() throws IOException {
    List<SourceRecord> records = read("oppija.json", "{\"henkilö\": {\"oid\": \"1\"}}\n");

    assertThat(records)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.problem()).isNull();
              assertThat(r.stem()).isEqualTo("oppija");
              assertThat(r.document().at("/henkilö/oid").asText()).isEqualTo("1");
            });
  }

  @Test
  void jsonLinesGiveOneRecordPerDocumentNoneLeftUnread() throws IOException {
    List<SourceRecord> records = read("dump.json", "{\"n\": 1}\n{\"n\": 2}\n\n{\"n\": 3}\n");

    assertThat(records).extracting(SourceRecord::problem).containsOnlyNulls();
    assertThat(records).extracting(r -> r.document().get("n").asInt()).containsExactly(1, 2, 3);
    assertThat(records).extracting(SourceRecord::stem).containsExactly("dump", "dump-2", "dump-3");
    assertThat(records).extracting(SourceRecord::line).containsExactly(1L, 2L, 4L);
  }

  @Test
  void anArrayOfDocumentsKeysEachByItsPosition() throws IOException {
    List<SourceRecord> records = read("answer.json", "[{\"n\": 1},\n {\"n\": 2}]");

    assertThat(records).extracting(SourceRecord::stem).containsExactly("answer-1", "answer-2");
    assertThat(records).extracting(SourceRecord::line).containsExactly(1L, 2L);
  }

  @Test
  void aUtf8ByteOrderMarkIsNotContent() throws IOException {
    Path file = tmp.resolve("bom.json");
    byte[] body = "{\"n\": 1}".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    Files.write(file, bytes);

    assertThat(read(file)).singleElement().satisfies(r -> assertThat(r.problem()).isNull());
  }

  @Test
  void contentAfterADocumentIsReportedNotIgnored() throws IOException {
    List<SourceRecord> records = read("doc.json", "{\"n\": 1}\n}} not json\n");

    assertThat(records).hasSize(2);
    assertThat(records.get(0).problem()).isNull();
    assertThat(records.get(1).problem().code().code()).isEqualTo("POLKU-VAL-0816");
    assertThat(records.get(1).line()).isEqualTo(2);
  }

  @Test
  void aValueThatIsNotAnObjectIsRejectedAndTheDocumentsAroundItLoad() throws IOException {
    List<SourceRecord> records = read("mixed.json", "{\"n\": 1}\n\"text\"\n{\"n\": 3}\n");

    assertThat(records).hasSize(3);
    assertThat(records.get(1).problem().message().en()).contains("not string");
    assertThat(records.get(2).document().get("n").asInt()).isEqualTo(3);
  }

  @Test
  void aTruncatedSecondDocumentIsRejectedAfterTheFirstLoads() throws IOException {
    List<SourceRecord> records = read("cut.json", "{\"n\": 1}\n{\"n\": ");

    assertThat(records).hasSize(2);
    assertThat(records.get(0).problem()).isNull();
    assertThat(records.get(1).problem()).isNotNull();
  }

  @Test
  void aRecordsPathTheDocumentDoesNotHaveIsRejectedNamingWhatIsThere() throws IOException {
    Path file = tmp.resolve("organisaatiot.json");
    Files.writeString(file, "{\"numHits\": 1, \"organisations\": [{\"oid\": \"1\"}]}");

    List<SourceRecord> records = new ArrayList<>();
    try (JsonSourceReader reader =
        new JsonSourceReader(
            "organisation",
            "organisaatiot",
            null,
            List.of(new InputFiles.Found(file, file.getFileName().toString())))) {
      reader.records().forEachRemaining(records::add);
    }

    assertThat(records)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.problem().code().code()).isEqualTo("POLKU-VAL-0829");
              assertThat(r.problem().message().en())
                  .contains("has no organisaatiot")
                  .contains("Found there: numHits, organisations");
            });
  }

  private List<SourceRecord> read(String name, String text) throws IOException {
    Path file = tmp.resolve(name);
    Files.writeString(file, text);
    return read(file);
  }

  private static List<SourceRecord> read(Path file) {
    List<SourceRecord> out = new ArrayList<>();
    try (JsonSourceReader reader =
        new JsonSourceReader(
            "document",
            null,
            null,
            List.of(new InputFiles.Found(file, file.getFileName().toString())))) {
      reader.records().forEachRemaining(out::add);
    }
    return out;
  }
}
