package fi.polku.validation.parse;

/**
 * Strict UTF-8 check (Unicode Table 3-7, well-formed byte sequences): rejects overlong forms,
 * encoded surrogates, code points above U+10FFFF and truncated sequences, which a lenient decoder
 * would turn into replacement characters or accept silently.
 */
final class Utf8 {

  private Utf8() {}

  /**
   * Offset of the first byte that is not part of well-formed UTF-8 in {@code b}, or -1 if all is
   * well. A NUL among the first four bytes counts as invalid: it means UTF-16 or UTF-32, which the
   * JSON reader would otherwise auto-detect and accept.
   */
  static int firstInvalid(byte[] b) {
    for (int i = 0; i < Math.min(4, b.length); i++) {
      if (b[i] == 0) {
        return i;
      }
    }
    int i = 0;
    int n = b.length;
    while (i < n) {
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        i++;
        continue;
      }
      int len = sequenceLength(b, i, n, c);
      if (len < 0) {
        return i;
      }
      i += len;
    }
    return -1;
  }

  /** Length of the well-formed sequence starting with lead byte {@code c} at {@code i}, or -1. */
  private static int sequenceLength(byte[] b, int i, int n, int c) {
    if (c >= 0xC2 && c <= 0xDF) {
      return cont(b, i + 1, n, 0x80, 0xBF) ? 2 : -1;
    }
    if (c >= 0xE0 && c <= 0xEF) {
      int lo = c == 0xE0 ? 0xA0 : 0x80;
      int hi = c == 0xED ? 0x9F : 0xBF;
      return cont(b, i + 1, n, lo, hi) && cont(b, i + 2, n, 0x80, 0xBF) ? 3 : -1;
    }
    if (c >= 0xF0 && c <= 0xF4) {
      int lo = c == 0xF0 ? 0x90 : 0x80;
      int hi = c == 0xF4 ? 0x8F : 0xBF;
      return cont(b, i + 1, n, lo, hi)
              && cont(b, i + 2, n, 0x80, 0xBF)
              && cont(b, i + 3, n, 0x80, 0xBF)
          ? 4
          : -1;
    }
    return -1;
  }

  private static boolean cont(byte[] b, int i, int n, int lo, int hi) {
    if (i >= n) {
      return false;
    }
    int c = b[i] & 0xFF;
    return c >= lo && c <= hi;
  }
}
