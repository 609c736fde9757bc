package fi.polku.mapping.source;

import fi.polku.validation.api.Text;
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

  private static final Text UNCLOSED_FIELD =
      new Text(
          "tästä alkavaa lainausmerkeissä olevaa kenttää ei suljeta",
          "det citerade fältet som börjar här avslutas aldrig",
          "the quoted field starting here is not closed");
  private static final Text TEXT_AFTER_QUOTE =
      new Text(
          "kentän sulkevan lainausmerkin jälkeen on tekstiä",
          "text efter fältets avslutande citattecken",
          "text after the closing quote of a field");
  private static final Text STRAY_QUOTE =
      new Text(
          "lainausmerkki kentässä, joka ei ala lainausmerkillä",
          "ett citattecken i ett fält som inte börjar med citattecken",
          "a quote inside a field that does not start with a quote");

  private final char separator;
  private final char quote;
  private final StringBuilder field = new StringBuilder(64);
  private int errorPosition;
  private Text errorDetail;

  CsvSplitter(char separator, char quote) {
    this.separator = separator;
    this.quote = quote;
  }

  int errorPosition() {
    return errorPosition;
  }

  Text errorDetail() {
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
          errorDetail = UNCLOSED_FIELD;
          return Status.UNCLOSED;
        }
        if (i < n && text.charAt(i) != separator) {
          return broken(i, TEXT_AFTER_QUOTE);
        }
        out.add(field.length() == 0 ? null : field.toString());
      } else {
        int start = i;
        while (i < n && text.charAt(i) != separator) {
          if (text.charAt(i) == quote) {
            return broken(i, STRAY_QUOTE);
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

  private Status broken(int index, Text detail) {
    errorPosition = index + 1;
    errorDetail = detail;
    return Status.BROKEN;
  }
}
