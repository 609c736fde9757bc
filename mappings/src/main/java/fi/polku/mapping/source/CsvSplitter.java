package fi.polku.mapping.source;

import java.util.List;

/**
 * Splits one CSV record into fields (RFC 4180 with a configurable separator and quote). A quoted
 * field may contain separators and doubled quotes. Quoting mistakes are reported with their
 * position instead of being guessed around: a quote inside an unquoted field, text after a closing
 * quote, or a quote that is never closed.
 */
final class CsvSplitter {

  /** The outcome of splitting. */
  enum Status {
    OK,
    /** The record ends inside a quoted field: with multi-line fields, read the next line. */
    UNCLOSED,
    BROKEN
  }

  private final char separator;
  private final char quote;
  private final StringBuilder field = new StringBuilder(64);
  private int errorPosition;
  private String errorDetail;

  CsvSplitter(char separator, char quote) {
    this.separator = separator;
    this.quote = quote;
  }

  int errorPosition() {
    return errorPosition;
  }

  String errorDetail() {
    return errorDetail;
  }

  /** Splits {@code text} into {@code out} (cleared first); empty fields become null. */
  Status split(String text, List<String> out) {
    out.clear();
    int i = 0;
    int n = text.length();
    while (true) {
      field.setLength(0);
      if (i < n && text.charAt(i) == quote) {
        int start = i;
        i++;
        boolean closed = false;
        while (i < n) {
          char c = text.charAt(i);
          if (c == quote) {
            if (i + 1 < n && text.charAt(i + 1) == quote) {
              field.append(quote);
              i += 2;
              continue;
            }
            closed = true;
            i++;
            break;
          }
          field.append(c);
          i++;
        }
        if (!closed) {
          errorPosition = start + 1;
          errorDetail = "the quoted field starting here is not closed";
          return Status.UNCLOSED;
        }
        if (i < n && text.charAt(i) != separator) {
          return broken(i, "text after the closing quote of a field");
        }
        out.add(field.length() == 0 ? null : field.toString());
      } else {
        int start = i;
        while (i < n && text.charAt(i) != separator) {
          if (text.charAt(i) == quote) {
            return broken(i, "a quote inside a field that does not start with a quote");
          }
          i++;
        }
        out.add(i == start ? null : text.substring(start, i));
      }
      if (i >= n) {
        return Status.OK;
      }
      i++; // the separator
      if (i == n) {
        out.add(null);
        return Status.OK;
      }
    }
  }

  private Status broken(int index, String detail) {
    errorPosition = index + 1;
    errorDetail = detail;
    return Status.BROKEN;
  }
}
