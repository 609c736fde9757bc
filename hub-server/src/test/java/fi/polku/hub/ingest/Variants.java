package fi.polku.hub.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Rewrites a student-register file as another school system would export it. */
final class Variants {

  private static final Pattern DATE =
      Pattern.compile("^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})( \\d{1,2}:\\d{2})?$");

  private Variants() {}

  /**
   * Comma-separated UTF-8 with ISO dates; in the pupil file the columns are reversed and {@code
   * hetu} is {@code henkilotunnus}; in the absence file the reason S is the local code SK.
   */
  static void writeVariant(Path from, Path to) throws IOException {
    String name = from.getFileName().toString();
    List<String> lines = Files.readAllLines(from, StandardCharsets.ISO_8859_1);
    List<String> out = new ArrayList<>();
    int reason = -1;
    for (int n = 0; n < lines.size(); n++) {
      List<String> f = new ArrayList<>(IngestHub.fields(lines.get(n)));
      if (n == 0) {
        f.replaceAll(h -> name.equals("oppilaat.csv") && h.equals("hetu") ? "henkilotunnus" : h);
        reason = name.equals("poissaolot.csv") ? f.indexOf("syy") : -1;
      } else {
        f.replaceAll(Variants::isoDate);
        if (reason >= 0 && reason < f.size() && f.get(reason).equals("S")) {
          f.set(reason, "SK");
        }
      }
      if (name.equals("oppilaat.csv")) {
        Collections.reverse(f);
      }
      out.add(csv(f));
    }
    Files.write(to, out, StandardCharsets.UTF_8);
  }

  private static String isoDate(String v) {
    Matcher m = DATE.matcher(v);
    if (!m.matches()) {
      return v;
    }
    String date = m.group(3) + "-" + pad(m.group(2)) + "-" + pad(m.group(1));
    return m.group(4) == null ? date : date + m.group(4);
  }

  private static String pad(String s) {
    return s.length() == 1 ? "0" + s : s;
  }

  private static String csv(List<String> fields) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      String v = fields.get(i);
      if (v.contains(",") || v.contains("\"")) {
        b.append('"').append(v.replace("\"", "\"\"")).append('"');
      } else {
        b.append(v);
      }
    }
    return b.toString();
  }
}
