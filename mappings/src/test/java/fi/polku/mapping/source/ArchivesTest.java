package fi.polku.mapping.source;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.mapping.codes.InputProblem;
import fi.polku.mapping.codes.MappingCodes;
import fi.polku.validation.api.IssueCode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * ZIP inputs as they arrive: from Windows, from macOS, cut short, damaged, encrypted, hostile. The
 * archives are built here; a test that needs what {@link ZipOutputStream} does not write (a flag, a
 * false size) patches the bytes it wrote.
 */
class ArchivesTest {

  /** Names the way Windows' "Compressed (zipped) folder" writes them on a Finnish machine. */
  private static final Charset OEM_850 = Charset.forName("IBM850");

  private static final int CENTRAL_HEADER = 0x02014b50;
  private static final int LOCAL_HEADER = 0x04034b50;

  @TempDir Path tmp;

  @Test
  void windowsZipWithOemEncodedNamesIsExtracted() throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("Vienti/Päätökset.csv", "nro;päätös\n1;myönteinen\n");
    files.put("Vienti/Lisätiedot.txt", "Åbo, Östersundom\n");
    Path zip = zip("vienti.zip", OEM_850, files);
    // As Windows writes it: ä is 0x84, and no UTF-8 flag says otherwise.
    byte[] name = {'L', 'i', 's', (byte) 0x84, 't', 'i', 'e', 'd', 'o', 't'};
    assertThat(contains(Files.readAllBytes(zip), name)).isTrue();
    assertThat(utf8Flagged(zip)).isFalse();

    Path folder = unpacked(Archives.unzip(zip, tmp.resolve("out"), ArchiveLimits.DEFAULTS));

    assertThat(folder.resolve("Vienti/Päätökset.csv")).hasContent("nro;päätös\n1;myönteinen\n");
    assertThat(folder.resolve("Vienti/Lisätiedot.txt")).exists();
  }

  @Test
  void namesFlaggedAsUtf8AreReadAsUtf8() throws IOException {
    Path zip = zip("vienti.zip", StandardCharsets.UTF_8, Map.of("Päätökset €.csv", "nro\n1\n"));
    assertThat(utf8Flagged(zip)).isTrue();

    Path folder = unpacked(Archives.unzip(zip, tmp.resolve("out"), ArchiveLimits.DEFAULTS));

    assertThat(folder.resolve("Päätökset €.csv")).exists();
  }

  @Test
  void macZipWithUnflaggedDecomposedUtf8NamesIsExtractedWithComposedNames() throws IOException {
    // As macOS's Archive Utility writes it: UTF-8 without the flag, ä as a + combining diaeresis.
    String decomposed = "Vienti/Pa\u0308a\u0308to\u0308kset.csv";
    Path zip = zip("vienti.zip", StandardCharsets.UTF_8, Map.of(decomposed, "nro\n1\n"));
    clearUtf8Flags(zip);
    assertThat(utf8Flagged(zip)).isFalse();

    Path folder = unpacked(Archives.unzip(zip, tmp.resolve("out"), ArchiveLimits.DEFAULTS));

    assertThat(tree(folder)).containsExactly("Vienti/Päätökset.csv");
  }

  @Test
  void unflaggedNamesAreReadInTheEncodingTheirBytesShow() {
    // ZipFile hands unflagged names over as Latin-1, one char per byte: \u0084 is the byte 0x84.
    // Windows, code page 850: ä is 0x84, which Latin-1 reads as a control character.
    assertThat(Archives.realName("P\u0084\u0084t\u0094kset.csv")).isEqualTo("Päätökset.csv");
    // macOS: well-formed UTF-8, decomposed.
    assertThat(Archives.realName("Pa\u00cc\u0088")).isEqualTo("Pä");
    // Flagged UTF-8 (or Latin-1) names are kept, composed.
    assertThat(Archives.realName("Päätökset €.csv")).isEqualTo("Päätökset €.csv");
    assertThat(Archives.realName("Pa\u0308a\u0308")).isEqualTo("Pää");
    assertThat(Archives.realName("oppilaat.csv")).isEqualTo("oppilaat.csv");
  }

  @Test
  void foldersSeparatedWithBackslashesAreFolders() throws IOException {
    Path zip = zip("vienti.zip", OEM_850, Map.of("Vienti\\oppilaat.csv", "oppilasnro\n1\n"));

    Path folder = unpacked(Archives.unzip(zip, tmp.resolve("out"), ArchiveLimits.DEFAULTS));

    assertThat(folder.resolve("Vienti/oppilaat.csv")).hasContent("oppilasnro\n1\n");
  }

  @Test
  void theOperatingSystemsOwnFilesAreLeftOut() throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("Vienti/oppilaat.csv", "oppilasnro\n1\n");
    files.put("__MACOSX/", "");
    files.put("__MACOSX/Vienti/._oppilaat.csv", "\0\5\26\7 AppleDouble");
    files.put("Vienti/.DS_Store", "\0\0\0\1Bud1");
    files.put("Vienti/._koulut.csv", "\0\5\26\7");
    files.put("Vienti/Thumbs.db", "thumbnails");
    files.put("Vienti/desktop.ini", "[.ShellClassInfo]");
    Path zip = zip("vienti.zip", StandardCharsets.UTF_8, files);

    Archives.Unpacked u =
        (Archives.Unpacked) Archives.unzip(zip, tmp.resolve("out"), ArchiveLimits.DEFAULTS);

    assertThat(tree(u.folder())).containsExactly("Vienti/oppilaat.csv");
    assertThat(u.leftOut())
        .containsExactly(
            "__MACOSX/Vienti/._oppilaat.csv",
            "Vienti/.DS_Store",
            "Vienti/._koulut.csv",
            "Vienti/Thumbs.db",
            "Vienti/desktop.ini");
  }

  @Test
  void anArchiveThatUnpacksToMoreThanTheLimitIsRefusedWhateverItsHeadersDeclare()
      throws IOException {
    // A small bomb: a megabyte of zeros deflates to about a kilobyte.
    Map<String, String> files = new LinkedHashMap<>();
    files.put("a.csv", "x\n");
    files.put("zeros.csv", "0".repeat(1 << 20));
    Path zip = zip("pommi.zip", StandardCharsets.UTF_8, files);
    declareUncompressedSize(zip, "zeros.csv", 100);
    ArchiveLimits limits = new ArchiveLimits(64 * 1024, 100);

    Archives.Extraction x = Archives.unzip(zip, tmp.resolve("out"), limits);

    InputProblem p = refused(x, MappingCodes.ZIP_TOO_LARGE);
    assertThat(p.message().en())
        .contains(zip.toString())
        .contains("more than 64 KiB")
        .contains("zeros.csv")
        .contains("polku.load.max-archive-size");
    assertThat(size(tmp.resolve("out"))).isLessThanOrEqualTo(limits.maxBytes());
  }

  @Test
  void anArchiveWithMoreEntriesThanTheLimitIsRefused() throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    for (int i = 0; i < 5; i++) {
      files.put("f" + i + ".csv", "x\n");
    }
    Path zip = zip("monta.zip", StandardCharsets.UTF_8, files);

    Archives.Extraction x = Archives.unzip(zip, tmp.resolve("out"), new ArchiveLimits(1 << 20, 3));

    assertThat(refused(x, MappingCodes.ZIP_TOO_MANY_ENTRIES).message().fi())
        .contains("monta.zip")
        .contains("enemmän kuin 3 kohdetta")
        .contains("polku.load.max-archive-entries");
    assertThat(tree(tmp.resolve("out"))).hasSize(3);
  }

  @ParameterizedTest
  @ValueSource(ints = {30, 200})
  void anArchiveCutShortIsRefusedAsIncomplete(int cut) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("oppilaat.csv", "oppilasnro\n1\n");
    files.put("huoltajat.csv", "huoltajanro\n1\n");
    Path zip = zip("vienti.zip", StandardCharsets.UTF_8, files);
    byte[] whole = Files.readAllBytes(zip);
    Files.write(zip, Arrays.copyOf(whole, whole.length - cut));

    Archives.Extraction x = Archives.unzip(zip, tmp.resolve("out"), ArchiveLimits.DEFAULTS);

    assertThat(refused(x, MappingCodes.ZIP_INCOMPLETE).message().sv())
        .contains("vienti.zip")
        .contains("ofullständigt");
  }

  @Test
  void anEntryWhoseDataIsDamagedIsRefusedNamingIt() throws IOException {
    String text = "oppilasnro;luokka\n1;1A\n2;1B\n";
    Path zip = tmp.resolve("vienti.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      stored(out, "koulut.csv", "koulukoodi\n1\n");
      stored(out, "oppilaat.csv", text);
    }
    byte[] bytes = Files.readAllBytes(zip);
    bytes[indexOf(bytes, "1;1A".getBytes(StandardCharsets.US_ASCII))] = '7';
    Files.write(zip, bytes);

    Archives.Extraction x = Archives.unzip(zip, tmp.resolve("out"), ArchiveLimits.DEFAULTS);

    assertThat(refused(x, MappingCodes.ZIP_ENTRY_DAMAGED).message().en())
        .isEqualTo(
            "The file oppilaat.csv in the ZIP archive "
                + zip
                + " cannot be unpacked because its data is damaged; nothing was loaded."
                + " Compress the export again and load the new archive.");
    assertThat(((Archives.Refused) x).cause()).hasMessageContaining("CRC");
  }

  @Test
  void anEncryptedArchiveIsRefusedAsEncrypted() throws IOException {
    Path zip = zip("salattu.zip", StandardCharsets.UTF_8, Map.of("oppilaat.csv", "x\n"));
    // What a password sets: bit 0 of the general purpose flags, in both headers.
    byte[] bytes = Files.readAllBytes(zip);
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i + 4 <= bytes.length; i++) {
      if (b.getInt(i) == LOCAL_HEADER) {
        b.putShort(i + 6, (short) (b.getShort(i + 6) | 1));
      } else if (b.getInt(i) == CENTRAL_HEADER) {
        b.putShort(i + 8, (short) (b.getShort(i + 8) | 1));
      }
    }
    Files.write(zip, bytes);

    Archives.Extraction x = Archives.unzip(zip, tmp.resolve("out"), ArchiveLimits.DEFAULTS);

    assertThat(refused(x, MappingCodes.ZIP_ENCRYPTED).message().en())
        .contains("salattu.zip")
        .contains("without a password");
  }

  @ParameterizedTest
  @ValueSource(strings = {"oppilasnro;hetu\n1;x\n", "", "Rar!\u001a\u0007\u0000"})
  void aFileThatIsNoZipArchiveIsRefusedAsSuch(String content) throws IOException {
    Path zip = tmp.resolve("vienti.zip");
    Files.writeString(zip, content, StandardCharsets.ISO_8859_1);

    Archives.Extraction x = Archives.unzip(zip, tmp.resolve("out"), ArchiveLimits.DEFAULTS);

    assertThat(refused(x, MappingCodes.ZIP_NOT_AN_ARCHIVE).message().fi())
        .contains("vienti.zip")
        .contains("ei ole ZIP-arkisto");
  }

  @ParameterizedTest
  @ValueSource(strings = {"../../oppilaat.csv", "vienti/../../oppilaat.csv", "..\\oppilaat.csv"})
  void anEntryThatWouldLeaveTheFolderIsRefusedNamingIt(String name) throws IOException {
    Path zip = zip("paha.zip", StandardCharsets.UTF_8, Map.of(name, "x\n"));
    Path out = tmp.resolve("a/b/out");

    Archives.Extraction x = Archives.unzip(zip, out, ArchiveLimits.DEFAULTS);

    assertThat(refused(x, MappingCodes.ZIP_ENTRY_OUTSIDE).message().en())
        .contains("paha.zip")
        .contains(name.replace('\\', '/'));
    try (Stream<Path> all = Files.walk(tmp)) {
      assertThat(all.filter(p -> p.getFileName().toString().equals("oppilaat.csv"))).isEmpty();
    }
  }

  @Test
  void anAbsoluteEntryIsRefused() throws IOException {
    Path target = tmp.resolve("elsewhere/oppilaat.csv");
    Path zip = zip("paha.zip", StandardCharsets.UTF_8, Map.of(target.toString(), "x\n"));

    Archives.Extraction x = Archives.unzip(zip, tmp.resolve("out"), ArchiveLimits.DEFAULTS);

    refused(x, MappingCodes.ZIP_ENTRY_OUTSIDE);
    assertThat(target).doesNotExist();
  }

  @Test
  void limitsAreShownInTheirLargestWholeUnit() {
    assertThat(ArchiveLimits.DEFAULTS.maxBytesText()).isEqualTo("16 GiB");
    assertThat(new ArchiveLimits(64 * 1024 * 1024, 1).maxBytesText()).isEqualTo("64 MiB");
    assertThat(new ArchiveLimits(1536 * 1024, 1).maxBytesText()).isEqualTo("1536 KiB");
    assertThat(new ArchiveLimits(1000, 1).maxBytesText()).isEqualTo("1000 bytes");
  }

  private static Path unpacked(Archives.Extraction x) {
    assertThat(x).isInstanceOf(Archives.Unpacked.class);
    return ((Archives.Unpacked) x).folder();
  }

  private static InputProblem refused(Archives.Extraction x, IssueCode code) {
    assertThat(x).isInstanceOf(Archives.Refused.class);
    InputProblem p = ((Archives.Refused) x).problem();
    assertThat(p.code()).isEqualTo(code);
    assertThat(List.of(p.message().fi(), p.message().sv(), p.message().en()))
        .allSatisfy(m -> assertThat(m).doesNotContain("{"));
    return p;
  }

  /** A ZIP of {@code files} (name to text, UTF-8), its names encoded in {@code names}. */
  private Path zip(String name, Charset names, Map<String, String> files) throws IOException {
    Path zip = tmp.resolve(name);
    // Java sets the UTF-8 flag exactly when the names are written in UTF-8.
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip), names)) {
      for (Map.Entry<String, String> f : files.entrySet()) {
        out.putNextEntry(new ZipEntry(f.getKey()));
        out.write(f.getValue().getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    return zip;
  }

  /** Writes {@code text} uncompressed, so that its bytes can be found in the archive. */
  private static void stored(ZipOutputStream out, String name, String text) throws IOException {
    byte[] data = text.getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(data);
    ZipEntry e = new ZipEntry(name);
    e.setMethod(ZipEntry.STORED);
    e.setSize(data.length);
    e.setCompressedSize(data.length);
    e.setCrc(crc.getValue());
    out.putNextEntry(e);
    out.write(data);
    out.closeEntry();
  }

  /** Whether the first entry of the central directory has the UTF-8 flag (bit 11). */
  private static boolean utf8Flagged(Path zip) throws IOException {
    byte[] bytes = Files.readAllBytes(zip);
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i + 4 <= bytes.length; i++) {
      if (b.getInt(i) == CENTRAL_HEADER) {
        return (b.getShort(i + 8) & 0x800) != 0;
      }
    }
    throw new AssertionError("no central directory");
  }

  /** Clears the UTF-8 flag (bit 11) of every local and central header, as macOS writes them. */
  private static void clearUtf8Flags(Path zip) throws IOException {
    byte[] bytes = Files.readAllBytes(zip);
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i + 10 <= bytes.length; i++) {
      int flagAt = b.getInt(i) == LOCAL_HEADER ? i + 6 : b.getInt(i) == CENTRAL_HEADER ? i + 8 : -1;
      if (flagAt > 0) {
        b.putShort(flagAt, (short) (b.getShort(flagAt) & ~0x800));
      }
    }
    Files.write(zip, bytes);
  }

  /** Makes the central directory declare {@code size} as the uncompressed size of {@code entry}. */
  private static void declareUncompressedSize(Path zip, String entry, int size) throws IOException {
    byte[] bytes = Files.readAllBytes(zip);
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    byte[] name = entry.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i + 46 <= bytes.length; i++) {
      if (b.getInt(i) == CENTRAL_HEADER
          && Arrays.equals(bytes, i + 46, i + 46 + name.length, name, 0, name.length)) {
        b.putInt(i + 24, size);
        Files.write(zip, bytes);
        return;
      }
    }
    throw new AssertionError("no central header for " + entry);
  }

  private static boolean contains(byte[] bytes, byte[] part) {
    return indexOf(bytes, part) >= 0;
  }

  private static int indexOf(byte[] bytes, byte[] part) {
    for (int i = 0; i + part.length <= bytes.length; i++) {
      if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
        return i;
      }
    }
    return -1;
  }

  /** The files under {@code root}, relative and with forward slashes, sorted. */
  private static List<String> tree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  private static long size(Path root) throws IOException {
    long sum = 0;
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        sum += Files.size(p);
      }
    }
    return sum;
  }
}
