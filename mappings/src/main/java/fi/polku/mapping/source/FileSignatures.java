package fi.polku.mapping.source;

import fi.polku.validation.api.Text;
import java.nio.charset.StandardCharsets;

/**
 * Recognises files that were given as delimited text but are not: a spreadsheet saved as such (an
 * Excel workbook renamed to {@code .csv} is a common mistake) or UTF-16 text (Excel's "Unicode
 * text"), whose lines the reader would otherwise turn into garbage column by column.
 */
final class FileSignatures {

  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] OLE2 = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };

  private FileSignatures() {}

  private static final Text XLSX =
      new Text("Excel-työkirja (.xlsx)", "en Excel-arbetsbok (.xlsx)", "an Excel workbook (.xlsx)");
  private static final Text XLS =
      new Text(
          "Excel 97–2003 -työkirja (.xls)",
          "en Excel 97–2003-arbetsbok (.xls)",
          "an Excel 97–2003 workbook (.xls)");
  private static final Text ODS =
      new Text(
          "OpenDocument-laskentataulukko (.ods)",
          "ett OpenDocument-kalkylblad (.ods)",
          "an OpenDocument spreadsheet (.ods)");
  private static final Text ZIP_ARCHIVE = new Text("ZIP-arkisto", "ett ZIP-arkiv", "a ZIP archive");
  private static final Text UTF16 =
      new Text(
          "UTF-16-koodattua tekstiä (Excelin Unicode-teksti)",
          "UTF-16-kodad text (Excels Unicode-text)",
          "UTF-16 text (Excel's Unicode text)");

  /**
   * What the file starting with {@code bytes} is, in fi/sv/en, when it is not delimited text (a
   * workbook, a ZIP archive, UTF-16 text); null when it may be text.
   */
  static Text spreadsheetOrUtf16(byte[] bytes, int length) {
    if (startsWith(bytes, length, ZIP)) {
      // An Office Open XML workbook is a ZIP whose entries name the workbook parts.
      String head = new String(bytes, 0, Math.min(length, 512), StandardCharsets.ISO_8859_1);
      return head.contains("[Content_Types].xml") || head.contains("xl/")
          ? XLSX
          : head.contains("content.xml") || head.contains("mimetype") ? ODS : ZIP_ARCHIVE;
    }
    if (startsWith(bytes, length, OLE2)) {
      return XLS;
    }
    if (length >= 2
        && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
            || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
      return UTF16;
    }
    return null;
  }

  private static boolean startsWith(byte[] bytes, int length, byte[] prefix) {
    if (length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
