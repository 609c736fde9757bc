package fi.polku.mapping.source;

import fi.polku.mapping.codes.InputProblem;
import fi.polku.mapping.codes.MappingCodes;
import fi.polku.validation.api.IssueCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * ZIP archives among a load's inputs: a multi-file export (a register's CSV files) often arrives as
 * one. They are extracted into a temporary folder for the run and deleted after it.
 *
 * <p>An archive is read by its central directory, the table of contents at its end ({@link
 * ZipFile}): an archive cut short in a copy or a download has none and is refused as a whole, where
 * reading entries one after another from the start would load the part that arrived as if it were
 * the export. Each entry's data is checked against its CRC as it is unpacked, which {@link ZipFile}
 * itself does not do.
 *
 * <p>Entry names flagged as UTF-8 (general purpose bit 11) are UTF-8. The ZIP specification
 * (APPNOTE, appendix D) puts any other name in code page 437, but the tools that write archives
 * differ, and a name read in the wrong encoding no longer matches a mapping's file pattern:
 *
 * <ul>
 *   <li>Windows' own "Compressed (zipped) folder" writes unflagged names in the machine's OEM code
 *       page: 850 in Finland and Sweden, whose ä ö å Ä Ö Å have the same bytes as in 437. Read as
 *       UTF-8, such a name is malformed and the whole archive unreadable.
 *   <li>macOS's Archive Utility writes unflagged names in UTF-8, and decomposed: {@code ä} as
 *       {@code a} and a combining diaeresis.
 * </ul>
 *
 * So an unflagged name that is well-formed UTF-8 is read as UTF-8 (code page 437 text is almost
 * never well-formed UTF-8); one with bytes that code page 437 uses for letters and Latin-1 for
 * control characters (0x80 to 0x9F: ä is 0x84) is read in code page 437; anything else as Latin-1.
 * Every name is then composed (Unicode NFC), as patterns and file systems expect.
 */
public final class Archives {

  /**
   * How {@link ZipFile} reads names without the UTF-8 flag: Latin-1 maps every byte to one char, so
   * {@link #realName} has the name's bytes back. Java reads flagged names as UTF-8 regardless.
   */
  private static final Charset UNFLAGGED_NAMES = StandardCharsets.ISO_8859_1;

  private static final Charset CODE_PAGE_437 = Charset.forName("IBM437");

  /** The lower-case names of files operating systems put into archives (see isSystemFile). */
  private static final Set<String> SYSTEM_FILES = Set.of(".ds_store", "thumbs.db", "desktop.ini");

  private static final int BUFFER = 64 * 1024;

  private Archives() {}

  /** What unpacking an archive came to: its folder, or why it cannot be used. */
  public sealed interface Extraction permits Unpacked, Refused {}

  /**
   * The archive was unpacked.
   *
   * @param folder the folder its files are in
   * @param leftOut the entries left out as the operating system's files ({@code
   *     __MACOSX/vienti/._oppilaat.csv}), in archive order
   */
  public record Unpacked(Path folder, List<String> leftOut) implements Extraction {}

  /**
   * The archive cannot be used; what was unpacked before that was found stays in the folder for the
   * caller to delete with it.
   *
   * @param problem why, naming the archive (and the entry, where one is to blame)
   * @param cause the failure that showed it, for the log; null when the check itself found it
   */
  public record Refused(InputProblem problem, Exception cause) implements Extraction {}

  /** Whether {@code input} is a ZIP file to extract. */
  public static boolean isZip(Path input) {
    return Files.isRegularFile(input)
        && input.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
  }

  /**
   * Unpacks {@code zip} into {@code into} within {@code limits}, leaving out the operating system's
   * files. Refuses the archive when it is not one, is cut short, damaged or encrypted, when an
   * entry would land outside {@code into}, or when it passes a limit.
   *
   * @throws IOException when {@code zip} cannot be opened, or {@code into} cannot be written
   */
  public static Extraction unzip(Path zip, Path into, ArchiveLimits limits) throws IOException {
    Path root = into.toAbsolutePath().normalize();
    Files.createDirectories(root);
    ZipFile archive;
    try {
      archive = new ZipFile(zip.toFile(), UNFLAGGED_NAMES);
    } catch (ZipException e) {
      return refused(unopenable(zip, e), zip, null, limits, e);
    }
    try (archive) {
      return unpack(archive, zip, root, limits);
    }
  }

  private static Extraction unpack(ZipFile archive, Path zip, Path root, ArchiveLimits limits)
      throws IOException {
    List<String> leftOut = new ArrayList<>();
    byte[] buffer = new byte[BUFFER];
    int entries = 0;
    long unpacked = 0;
    Enumeration<? extends ZipEntry> all = archive.entries();
    while (all.hasMoreElements()) {
      ZipEntry entry = all.nextElement();
      // Some Windows tools (PowerShell 5's Compress-Archive) separate folders with backslashes.
      String name = realName(entry.getName()).replace('\\', '/');
      boolean folder = name.endsWith("/");
      if (++entries > limits.maxEntries()) {
        return refused(MappingCodes.ZIP_TOO_MANY_ENTRIES, zip, name, limits, null);
      }
      if (isSystemFile(name)) {
        if (!folder) {
          leftOut.add(name);
        }
        continue;
      }
      Path target;
      try {
        target = root.resolve(name).normalize();
      } catch (InvalidPathException e) {
        return refused(MappingCodes.ZIP_ENTRY_DAMAGED, zip, name, limits, e);
      }
      if (!target.startsWith(root) || (target.equals(root) && !folder)) {
        return refused(MappingCodes.ZIP_ENTRY_OUTSIDE, zip, name, limits, null);
      }
      if (folder) {
        Files.createDirectories(target);
        continue;
      }
      Files.createDirectories(target.getParent());
      Copy copy = copy(archive, entry, target, limits.maxBytes() - unpacked, buffer);
      if (copy.problem() != null) {
        return refused(copy.problem(), zip, name, limits, copy.cause());
      }
      unpacked += copy.bytes();
    }
    return new Unpacked(root, List.copyOf(leftOut));
  }

  /**
   * One entry unpacked: the bytes written, or why it was stopped (and the failure that showed it).
   */
  private record Copy(long bytes, IssueCode problem, Exception cause) {}

  /**
   * Copies {@code entry} to {@code target}, counting the bytes as they come: an entry's declared
   * size is not trusted, and no more than {@code room} bytes are written.
   */
  private static Copy copy(ZipFile archive, ZipEntry entry, Path target, long room, byte[] buffer)
      throws IOException {
    InputStream in;
    try {
      in = archive.getInputStream(entry);
    } catch (ZipException e) {
      return new Copy(0, MappingCodes.ZIP_ENTRY_DAMAGED, e);
    }
    CRC32 crc = new CRC32();
    long written = 0;
    try (in;
        OutputStream out = Files.newOutputStream(target)) {
      while (true) {
        int n;
        try {
          n = in.read(buffer);
        } catch (IOException e) {
          // Data that does not inflate, or ends before the entry does. Writing errors (a full
          // disk) are not the archive's fault and go on to the caller.
          return new Copy(written, MappingCodes.ZIP_ENTRY_DAMAGED, e);
        }
        if (n < 0) {
          break;
        }
        if (n > room - written) {
          return new Copy(written, MappingCodes.ZIP_TOO_LARGE, null);
        }
        crc.update(buffer, 0, n);
        out.write(buffer, 0, n);
        written += n;
      }
    }
    if (entry.getCrc() != -1 && crc.getValue() != entry.getCrc()) {
      return new Copy(
          written,
          MappingCodes.ZIP_ENTRY_DAMAGED,
          new ZipException(
              String.format(
                  "invalid entry CRC (expected 0x%x but got 0x%x)",
                  entry.getCrc(), crc.getValue())));
    }
    return new Copy(written, null, null);
  }

  /** Why {@link ZipFile} cannot open {@code zip}: it is no ZIP, is encrypted, or is cut short. */
  private static IssueCode unopenable(Path zip, ZipException e) throws IOException {
    if (!hasZipSignature(zip)) {
      return MappingCodes.ZIP_NOT_AN_ARCHIVE;
    }
    // The JDK tells an encrypted entry only in its message ("invalid CEN header (encrypted
    // entry)"); ArchivesTest builds an encrypted archive to keep this honest.
    String message = e.getMessage();
    return message != null && message.contains("encrypted")
        ? MappingCodes.ZIP_ENCRYPTED
        : MappingCodes.ZIP_INCOMPLETE;
  }

  /**
   * Whether {@code zip} starts as a ZIP archive does: with a local file header ({@code PK 3 4}), an
   * empty archive's end record ({@code PK 5 6}) or a spanned archive's marker ({@code PK 7 8}).
   */
  private static boolean hasZipSignature(Path zip) throws IOException {
    byte[] head = new byte[4];
    int n;
    try (InputStream in = Files.newInputStream(zip)) {
      n = in.readNBytes(head, 0, head.length);
    }
    return n == 4
        && head[0] == 'P'
        && head[1] == 'K'
        && ((head[2] == 3 && head[3] == 4)
            || (head[2] == 5 && head[3] == 6)
            || (head[2] == 7 && head[3] == 8));
  }

  private static Refused refused(
      IssueCode code, Path zip, String entry, ArchiveLimits limits, Exception cause) {
    String limit =
        code == MappingCodes.ZIP_TOO_MANY_ENTRIES
            ? String.valueOf(limits.maxEntries())
            : limits.maxBytesText();
    Map<String, String> params =
        Map.of("archive", zip.toString(), "entry", entry == null ? "" : entry, "limit", limit);
    return new Refused(InputProblem.of(code, params), cause);
  }

  /**
   * The name of an entry that {@link ZipFile} read as {@code read}: as written when it was flagged
   * as UTF-8 (it may hold any character) or Latin-1; else decoded from its bytes as the class
   * comment says. Composed (NFC) either way.
   */
  static String realName(String read) {
    boolean bytes = true;
    boolean nonAscii = false;
    boolean controls = false;
    for (int i = 0; i < read.length(); i++) {
      char c = read.charAt(i);
      bytes &= c <= 0xFF;
      nonAscii |= c >= 0x80;
      controls |= c >= 0x80 && c <= 0x9F;
    }
    String name = read;
    if (bytes && nonAscii) {
      byte[] raw = read.getBytes(StandardCharsets.ISO_8859_1);
      String utf8 = wellFormedUtf8(raw);
      if (utf8 != null) {
        name = utf8;
      } else if (controls) {
        name = new String(raw, CODE_PAGE_437);
      }
    }
    return Normalizer.normalize(name, Normalizer.Form.NFC);
  }

  /** {@code raw} decoded as UTF-8, or null when it is not well-formed UTF-8. */
  private static String wellFormedUtf8(byte[] raw) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(raw))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      return null;
    }
  }

  /**
   * Whether the entry {@code name} is a file an operating system adds when it makes an archive, and
   * never data: macOS's {@code __MACOSX/} folder of AppleDouble {@code ._name} files (a file's
   * resource fork and attributes) and its {@code .DS_Store} folder settings, Windows' {@code
   * Thumbs.db} thumbnails and {@code desktop.ini} folder settings. Left out, a {@code *.csv}
   * pattern cannot pick up {@code __MACOSX/vienti/._oppilaat.csv}.
   */
  static boolean isSystemFile(String name) {
    String[] parts = name.split("/");
    if (parts.length == 0) {
      return false;
    }
    for (String part : parts) {
      if (part.equalsIgnoreCase("__MACOSX")) {
        return true;
      }
    }
    String file = parts[parts.length - 1];
    return file.startsWith("._") || SYSTEM_FILES.contains(file.toLowerCase(Locale.ROOT));
  }

  /** Deletes {@code root} and everything under it, if it exists. */
  public static void deleteTree(Path root) {
    if (root == null || !Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot delete the temporary folder " + root, e);
    }
  }
}
