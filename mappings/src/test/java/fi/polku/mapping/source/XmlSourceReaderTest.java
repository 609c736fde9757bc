package fi.polku.mapping.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XmlSourceReaderTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Charset LATIN_1 = StandardCharsets.ISO_8859_1;

  @TempDir Path tmp;

  @Test
  void recordsAtThePathBecomeTreesOfTheirElementsAttributesAndText() throws IOException {
    String xml =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <v:vienti xmlns:v="urn:example:vienti" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
            xsi:schemaLocation="urn:example:vienti vienti.xsd" luotu="2026-11-30">
          <v:oppilaat>
            <!-- one pupil -->
            <v:oppilas nro="100001">
              <v:sukunimi> Mäkelä </v:sukunimi>
              <v:etunimet>Emil Aatos</v:etunimet>
              <v:huoltaja><v:nro>500056</v:nro></v:huoltaja>
              <v:huoltaja><v:nro>500057</v:nro></v:huoltaja>
              <v:puhelin/>
              <v:sahkoposti xsi:nil="true"/>
              <v:arvosana asteikko="4-10">9</v:arvosana>
              <v:lisatieto><![CDATA[<b>tuki</b> & ohjaus]]></v:lisatieto>
              <v:nro>ei sama kuin attribuutti</v:nro>
            </v:oppilas>
            <v:oppilas nro="100002"><v:sukunimi>Rostami</v:sukunimi></v:oppilas>
          </v:oppilaat>
        </v:vienti>
        """;

    List<SourceRecord> records = read("vienti.xml", xml, "oppilaat.oppilas");

    assertThat(records).extracting(SourceRecord::problem).containsOnlyNulls();
    assertThat(records).extracting(SourceRecord::line).containsExactly(6L, 17L);
    assertThat(records.get(0).document())
        .isEqualTo(
            json(
                """
                {"@nro": "100001", "sukunimi": "Mäkelä", "etunimet": "Emil Aatos",
                 "huoltaja": [{"nro": "500056"}, {"nro": "500057"}],
                 "puhelin": "", "sahkoposti": null,
                 "arvosana": {"asteikko": "4-10", "$text": "9"},
                 "lisatieto": "<b>tuki</b> & ohjaus",
                 "nro": "ei sama kuin attribuutti"}
                """));
    assertThat(records.get(1).document())
        .isEqualTo(json("{\"nro\": \"100002\", \"sukunimi\": \"Rostami\"}"));
    assertThat(records.get(1).raw())
        .isEqualTo("<v:oppilas nro=\"100002\"><v:sukunimi>Rostami</v:sukunimi></v:oppilas>");
    assertThat(records.get(0).raw()).contains("&lt;b&gt;tuki&lt;/b&gt; &amp; ohjaus");
  }

  @Test
  void withoutAPathEachFileIsOneRecord() throws IOException {
    List<SourceRecord> records =
        read("oppija.xml", "<oppija><hetu>010106A9953</hetu></oppija>", null);

    assertThat(records)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.problem()).isNull();
              assertThat(r.stem()).isEqualTo("oppija");
              assertThat(r.document().get("hetu").asText()).isEqualTo("010106A9953");
            });
  }

  @Test
  void recordsUnderSeveralContainersAreAllRead() throws IOException {
    String xml =
        "<koulut><koulu><oppilaat><oppilas>1</oppilas></oppilaat></koulu>"
            + "<koulu><oppilaat><oppilas>2</oppilas><oppilas>3</oppilas></oppilaat></koulu>"
            + "<oppilas>not on the path</oppilas></koulut>";

    assertThat(read("k.xml", xml, "koulu.oppilaat.oppilas"))
        .extracting(r -> r.document().asText())
        .containsExactly("1", "2", "3");
  }

  @Test
  void theEncodingDeclaredInTheFileWinsOverTheSpecs() throws IOException {
    Path file = tmp.resolve("latin.xml");
    Files.write(
        file,
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><r><n>Äijälä</n></r>".getBytes(LATIN_1));

    assertThat(read(file, "n", StandardCharsets.UTF_8))
        .singleElement()
        .satisfies(r -> assertThat(r.document().asText()).isEqualTo("Äijälä"));
  }

  @Test
  void aFileWithoutDeclaredEncodingIsReadInTheSpecsEncoding() throws IOException {
    Path file = tmp.resolve("latin.xml");
    Files.write(file, "<?xml version=\"1.0\"?>\n<r><n>Äijälä</n></r>".getBytes(LATIN_1));

    assertThat(read(file, "n", LATIN_1))
        .singleElement()
        .satisfies(r -> assertThat(r.document().asText()).isEqualTo("Äijälä"));
  }

  @Test
  void bytesNotInTheEncodingAreRejectedNamingTheEncodingAndHowToDeclareIt() throws IOException {
    StringBuilder xml = new StringBuilder("<r>\n");
    for (int i = 1; i <= 5000; i++) {
      xml.append("<n>").append(i).append("</n>\n");
    }
    xml.append("<n>Äijälä</n>\n</r>\n"); // line 5002
    Path file = tmp.resolve("latin.xml");
    Files.write(file, xml.toString().getBytes(LATIN_1));

    List<SourceRecord> records = read(file, "n", StandardCharsets.UTF_8);

    SourceRecord bad = records.get(records.size() - 1);
    assertThat(bad.problem().code().code()).isEqualTo("POLKU-VAL-0830");
    assertThat(bad.line()).isEqualTo(5002);
    assertThat(records.subList(0, records.size() - 1))
        .extracting(SourceRecord::problem)
        .containsOnlyNulls();
    assertThat(bad.problem().message().en())
        .contains("not in the encoding UTF-8 (line 5002)")
        .contains("encoding=\"ISO-8859-1\"");
  }

  @Test
  void aFileBrokenInTheMiddleGivesItsRecordsBeforeTheErrorAndOneRejectedRecord()
      throws IOException {
    String xml = "<r>\n<n>1</n>\n<n>2</n>\n<n>3</m>\n<n>4</n>\n</r>";

    List<SourceRecord> records = read("cut.xml", xml, "n");

    assertThat(records).hasSize(3);
    assertThat(records.subList(0, 2))
        .extracting(r -> r.document().asText())
        .containsExactly("1", "2");
    SourceRecord bad = records.get(2);
    assertThat(bad.problem().code().code()).isEqualTo("POLKU-VAL-0828");
    assertThat(bad.line()).isEqualTo(4);
    assertThat(bad.problem().message().fi()).contains("rivi 4").contains("n");
  }

  @Test
  void externalEntitiesAreNeverFetched() throws IOException {
    Path secret = tmp.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET");
    String xml =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY s SYSTEM \""
            + secret.toUri()
            + "\">]>\n<r><n>&s;</n></r>";

    List<SourceRecord> records = read("xxe.xml", xml, "n");

    assertThat(records).isNotEmpty();
    assertThat(records)
        .allSatisfy(
            r -> {
              assertThat(r.raw()).doesNotContain("TOP-SECRET");
              if (r.document() != null) {
                assertThat(r.document().toString()).doesNotContain("TOP-SECRET");
              }
            });
    assertThat(records.get(records.size() - 1).problem()).isNotNull();
  }

  @Test
  void aPathTheFileDoesNotHaveIsRejectedNamingWhatIsThere() throws IOException {
    String xml = "<vienti><oppilaat><pupil>1</pupil></oppilaat><luokat/></vienti>";

    assertThat(read("v.xml", xml, "oppilaat.oppilas"))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.problem().code().code()).isEqualTo("POLKU-VAL-0829");
              assertThat(r.problem().message().en())
                  .contains("has no oppilaat.oppilas")
                  .contains("Found there: pupil");
            });
    assertThat(read("w.xml", "<vienti><luokat/></vienti>", "oppilaat.oppilas"))
        .singleElement()
        .satisfies(r -> assertThat(r.problem().message().en()).contains("Found there: luokat"));
  }

  @Test
  void aPathFromTheRootElementWithSlashesFindsTheSameRecordsAndChecksTheRootsName()
      throws IOException {
    String xml = "<vienti><oppilaat><oppilas.tiedot>1</oppilas.tiedot></oppilaat></vienti>";

    assertThat(read("a.xml", xml, "/vienti/oppilaat/oppilas.tiedot"))
        .singleElement()
        .satisfies(r -> assertThat(r.document().asText()).isEqualTo("1"));
    assertThat(read("r.xml", xml, "oppilaat/oppilas.tiedot"))
        .singleElement()
        .satisfies(r -> assertThat(r.document().asText()).isEqualTo("1"));
    assertThat(read("b.xml", xml, "/export/oppilaat/oppilas.tiedot"))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.problem().code().code()).isEqualTo("POLKU-VAL-0829");
              assertThat(r.problem().message().en())
                  .contains("has no /export/oppilaat/oppilas.tiedot")
                  .contains("Found there: <vienti>");
            });
  }

  @Test
  void anExportWithNoRecordsIsNotAnError() throws IOException {
    assertThat(read("v.xml", "<vienti><oppilaat/></vienti>", "oppilaat.oppilas")).isEmpty();
  }

  @Test
  void anEmptyFileIsRejected() throws IOException {
    assertThat(read("empty.xml", "  \n", "n"))
        .singleElement()
        .satisfies(r -> assertThat(r.problem().code().code()).isEqualTo("POLKU-VAL-0802"));
  }

  @Test
  void everyFileIsDescribedWithItsSizeAndHashAndProgressReachesItsEnd()
      throws IOException, NoSuchAlgorithmException {
    StringBuilder xml = new StringBuilder("<r>");
    for (int i = 0; i < 20_000; i++) {
      xml.append("<n>").append(i).append("</n>\n");
    }
    xml.append("</r><!-- after the records -->\n");
    Path file = tmp.resolve("big.xml");
    Files.writeString(file, xml);
    byte[] bytes = Files.readAllBytes(file);
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));

    try (XmlSourceReader reader = reader(file, "n", StandardCharsets.UTF_8)) {
      List<SourceRecord> out = new ArrayList<>();
      reader.records().forEachRemaining(out::add);

      assertThat(out).hasSize(20_000);
      assertThat(reader.inputs())
          .containsExactly(new SourceReader.InputDescription("big.xml", bytes.length, sha));
      assertThat(reader.position()).isEqualTo(bytes.length).isEqualTo(reader.total());
    }
  }

  private List<SourceRecord> read(String name, String text, String records) throws IOException {
    Path file = tmp.resolve(name);
    Files.writeString(file, text);
    return read(file, records, StandardCharsets.UTF_8);
  }

  private static List<SourceRecord> read(Path file, String records, Charset encoding) {
    List<SourceRecord> out = new ArrayList<>();
    try (XmlSourceReader reader = reader(file, records, encoding)) {
      reader.records().forEachRemaining(out::add);
    }
    return out;
  }

  private static XmlSourceReader reader(Path file, String records, Charset encoding) {
    return new XmlSourceReader(
        "record",
        records,
        encoding,
        List.of(new InputFiles.Found(file, file.getFileName().toString())));
  }

  private static JsonNode json(String text) throws IOException {
    return JSON.readTree(text);
  }
}
