package fi.polku.mapping.source;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.mapping.spec.Loc;
import fi.polku.mapping.spec.SourceSpec;
import fi.polku.mapping.spec.SourceSpec.SourceKind;
import fi.polku.validation.api.Text;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvSourceReaderTest {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  @TempDir Path tmp;

  @Test
  void anOldMacExportWithCrLineBreaksLoadsEveryRow() throws IOException {
    List<SourceRecord> rows =
        read(StandardCharsets.ISO_8859_1, false, "koulunro;nimi\r101;Äijälä\r102;Kuu\r");
    assertThat(rows).extracting(SourceRecord::problem).containsOnlyNulls();
    assertThat(rows).extracting(r -> r.value(1)).containsExactly("Äijälä", "Kuu");
    assertThat(rows).extracting(SourceRecord::line).containsExactly(2L, 3L);
  }

  @Test
  void headerNamesMatchTheSpecsColumnsIgnoringCaseAndOrder() throws IOException {
    List<SourceRecord> rows = read(StandardCharsets.ISO_8859_1, false, "NIMI;Koulunro\nKuu;102\n");
    assertThat(rows)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.problem()).isNull();
              assertThat(r.value(0)).isEqualTo("102");
              assertThat(r.value(1)).isEqualTo("Kuu");
            });
  }

  @Test
  void columnsTheSpecNeitherReadsNorIgnoresAreNamedInEachRowWhereTheyHoldAValue()
      throws IOException {
    List<SourceRecord> rows =
        read(
            StandardCharsets.ISO_8859_1,
            false,
            "koulunro;nimi;ruokavalio;PUHELIN;lisatieto\n101;Kuu;G;09 123;\n102;Uusi; ;;huom\n");
    assertThat(rows).extracting(SourceRecord::problem).containsOnlyNulls();
    assertThat(rows)
        .extracting(SourceRecord::unreadColumns)
        .containsExactly(List.of("ruokavalio"), List.of("lisatieto"));
  }

  @Test
  void aTabSeparatedFileReadAsSemicolonSeparatedIsRejectedNamingBothSeparators()
      throws IOException {
    List<SourceRecord> rows =
        read(StandardCharsets.ISO_8859_1, false, "koulunro\tNimi\n101\tKuu\n102\tUusi\n");
    assertThat(rows)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.problem().code().code()).isEqualTo("POLKU-VAL-0826");
              assertThat(r.problem().message().en())
                  .contains("separated by tab, but the spec reads \";\" as the separator");
              assertThat(r.problem().message().fi()).contains("erotettu merkillä tab");
              assertThat(r.line()).isEqualTo(1);
            });
  }

  @Test
  void aHeaderThatNoCommonSeparatorSplitsIntoTheColumnsLacksThem() throws IOException {
    List<SourceRecord> rows = read(StandardCharsets.ISO_8859_1, false, "koulunro,nimi;x\n1,a;b\n");
    assertThat(rows.get(0).problem().code().code()).isEqualTo("POLKU-VAL-0803");
  }

  @Test
  void anExcelWorkbookNamedCsvIsRejectedAsOneRecordSayingWhatItIsInEachLanguage()
      throws IOException {
    Path file = tmp.resolve("rows.csv");
    try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new java.util.zip.ZipEntry("xl/workbook.xml"));
      zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }

    List<SourceRecord> rows = read(file, StandardCharsets.ISO_8859_1, false);

    assertThat(rows)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.problem().code().code()).isEqualTo("POLKU-VAL-0827");
              Text m = r.problem().message();
              assertThat(m.en())
                  .contains("is not delimited text but an Excel workbook (.xlsx)")
                  .contains("separator \";\", encoding ISO-8859-1");
              assertThat(m.fi()).contains("vaan Excel-työkirja (.xlsx)");
              assertThat(m.sv()).contains("utan en Excel-arbetsbok (.xlsx)");
            });
  }

  @Test
  void excelsUnicodeTextIsRejectedAsUtf16() throws IOException {
    Path file = tmp.resolve("rows.csv");
    Files.write(file, "\uFEFFkoulunro\tnimi\r\n101\tKuu\r\n".getBytes(StandardCharsets.UTF_16LE));

    List<SourceRecord> rows = read(file, StandardCharsets.ISO_8859_1, false);

    assertThat(rows)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.problem().code().code()).isEqualTo("POLKU-VAL-0827");
              assertThat(r.problem().message().en()).contains("but UTF-16 text");
            });
  }

  @Test
  void aColumnMissingFromTheHeaderRejectsTheFileNamingIt() throws IOException {
    List<SourceRecord> rows = read(StandardCharsets.ISO_8859_1, false, "koulu;nimi\n102;Kuu\n");
    assertThat(rows)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.problem().code().code()).isEqualTo("POLKU-VAL-0803");
              assertThat(r.problem().message().en()).contains("lacks the columns koulunro");
            });
  }

  @Test
  void aWindows1252LineInALatin1FileIsRejectedWithTheEncodingToDeclareInEachLanguage()
      throws IOException {
    List<SourceRecord> rows =
        read(
            StandardCharsets.ISO_8859_1, false, "koulunro;nimi\r\n101;Uinti – lupa\r\n102;Kuu\r\n");
    assertThat(rows.get(0).problem().code().code()).isEqualTo("POLKU-VAL-0801");
    Text m = rows.get(0).problem().message();
    assertThat(m.fi()).contains("tavu 96 kohdassa 11 on ohjausmerkki", "encoding: windows-1252");
    assertThat(m.sv()).contains("byte 96 vid position 11 är ett styrtecken", "windows-1252");
    assertThat(m.en()).contains("byte 96 at position 11 is a control character", "windows-1252");
    assertThat(rows.get(1).problem()).isNull();
  }

  @Test
  void aUtf8LineInALatin1FileIsRejectedInEachLanguageWithoutEnglishInTheOthers()
      throws IOException {
    List<SourceRecord> rows =
        read(StandardCharsets.ISO_8859_1, StandardCharsets.UTF_8, "koulunro;nimi\n101;Äijälä\n");
    Text m = rows.get(0).problem().message();
    assertThat(m.fi()).contains("kohdassa 5 on UTF-8-koodattuja merkkejä").doesNotContain("seems");
    assertThat(m.sv()).contains("UTF-8-kodade tecken vid position 5").doesNotContain("seems");
    assertThat(m.en()).contains("UTF-8 encoded characters at position 5");
  }

  @Test
  void aLatin1LineInAUtf8FileNamesThePositionAndTheLikelyEncodings() throws IOException {
    List<SourceRecord> rows =
        read(
            StandardCharsets.UTF_8,
            StandardCharsets.ISO_8859_1,
            "koulunro;nimi\n101;Äijälä\n102;Kuu\n");
    Text m = rows.get(0).problem().message();
    assertThat(m.en())
        .contains("not UTF-8 at position 5", "ISO-8859-1 or windows-1252")
        .startsWith("The line is not in the encoding UTF-8");
    assertThat(m.fi()).contains("kohdassa 5", "ISO-8859-1 tai windows-1252");
    assertThat(rows.get(1).problem()).isNull();
  }

  @Test
  void aByteOrderMarkInAFileDeclaredLatin1RejectsTheFileInEachLanguage() throws IOException {
    List<SourceRecord> rows =
        read(StandardCharsets.ISO_8859_1, StandardCharsets.UTF_8, "\uFEFFkoulunro;nimi\n101;Kuu\n");
    assertThat(rows).hasSize(1);
    Text m = rows.get(0).problem().message();
    assertThat(m.fi()).contains("tavujärjestysmerkillä");
    assertThat(m.sv()).contains("byteordningsmarkering");
    assertThat(m.en()).contains("byte-order mark");
  }

  @Test
  void brokenQuotingIsExplainedInEachLanguage() throws IOException {
    List<SourceRecord> rows =
        read(StandardCharsets.ISO_8859_1, false, "koulunro;nimi\n101;\"Kuu\" x\n102;Ku\"u\n");
    assertThat(rows.get(0).problem().message().fi())
        .contains("kohdassa 10", "sulkevan lainausmerkin jälkeen on tekstiä");
    assertThat(rows.get(0).problem().message().sv()).contains("avslutande citattecken");
    assertThat(rows.get(1).problem().message().en())
        .contains("a quote inside a field that does not start with a quote");
  }

  @Test
  void aContinuationLineOfAMultiLineFieldInTheWrongEncodingIsRejected() throws IOException {
    Path file = tmp.resolve("rows.csv");
    byte[] head = "koulunro;nimi\n101;\"first\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] tail = "Äijälä\"\n102;Kuu\n".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    Files.write(file, all);
    List<SourceRecord> rows = read(file, StandardCharsets.ISO_8859_1, true);
    assertThat(rows.get(0).problem().code().code()).isEqualTo("POLKU-VAL-0801");
    assertThat(rows.get(1).problem()).isNull();
    assertThat(rows.get(1).value(1)).isEqualTo("Kuu");
  }

  private List<SourceRecord> read(Charset declared, boolean multiline, String text)
      throws IOException {
    return read(
        declared,
        declared.equals(StandardCharsets.ISO_8859_1) ? WINDOWS_1252 : declared,
        multiline,
        text);
  }

  private List<SourceRecord> read(Charset declared, Charset written, String text)
      throws IOException {
    return read(declared, written, false, text);
  }

  private List<SourceRecord> read(Charset declared, Charset written, boolean multiline, String text)
      throws IOException {
    Path file = tmp.resolve("rows.csv");
    Files.write(file, text.getBytes(written));
    return read(file, declared, multiline);
  }

  private static List<SourceRecord> read(Path file, Charset declared, boolean multiline) {
    SourceSpec spec =
        new SourceSpec(
            SourceKind.CSV,
            declared,
            ';',
            '"',
            true,
            multiline,
            "d.M.yyyy",
            "d.M.yyyy H:mm",
            ZoneId.of("Europe/Helsinki"),
            List.of("K"),
            List.of("E"),
            ',',
            Loc.of("test.yaml", "source"));
    List<SourceRecord> out = new ArrayList<>();
    try (CsvSourceReader reader =
        new CsvSourceReader(
            "school",
            List.of("koulunro", "nimi"),
            Set.of("Puhelin"),
            spec,
            List.of(new InputFiles.Found(file, file.getFileName().toString())))) {
      reader.records().forEachRemaining(out::add);
    }
    return out;
  }
}
