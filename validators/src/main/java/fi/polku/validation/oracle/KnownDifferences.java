package fi.polku.validation.oracle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The disagreements between Polku's engine and the HL7 validator that are explained, read from the
 * table of {@code docs/validation/oracle-differences.md}. Each row names the cases by a pattern
 * over case ids ({@code *} matches any text, e.g. {@code *~hetu-checksum}), the two verdicts and
 * the reason Polku is right. The document is the single source: tests and the benchmark parse it.
 */
public final class KnownDifferences {

  /** The document relative to the repository root. */
  public static final String DOCUMENT = "docs/validation/oracle-differences.md";

  /** A table row: {@code | `pattern` | reject | accept | reason |}. */
  private static final Pattern ROW =
      Pattern.compile(
          "^\\|\\s*`([^`]+)`\\s*\\|\\s*(accept|reject)\\s*\\|\\s*(accept|reject)\\s*\\|(.*)\\|\\s*$");

  /**
   * One explained difference.
   *
   * @param pattern case ids it covers ({@code *} for any text)
   * @param polkuAccepts Polku's verdict
   * @param hl7Accepts the HL7 validator's verdict
   * @param reason why Polku is right
   */
  public record Entry(String pattern, boolean polkuAccepts, boolean hl7Accepts, String reason) {

    /** True if this entry explains {@code caseId} judged so by the two validators. */
    public boolean explains(String caseId, boolean polku, boolean hl7) {
      return polku == polkuAccepts && hl7 == hl7Accepts && matches(caseId);
    }

    /** True if {@code caseId} matches the pattern. */
    public boolean matches(String caseId) {
      String regex =
          Arrays.stream(pattern.split("\\*", -1))
              .map(Pattern::quote)
              .collect(Collectors.joining(".*"));
      return caseId.matches(regex);
    }
  }

  private final List<Entry> entries;

  private KnownDifferences(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /** No explained differences: every disagreement counts. */
  public static KnownDifferences none() {
    return new KnownDifferences(List.of());
  }

  /** Parses the document at {@code file}. */
  public static KnownDifferences read(Path file) {
    try {
      return parse(Files.readAllLines(file));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  /** Parses the lines of the document; rows without a reason are an error. */
  public static KnownDifferences parse(List<String> lines) {
    List<Entry> entries = new ArrayList<>();
    for (String line : lines) {
      Matcher m = ROW.matcher(line.strip());
      if (!m.matches()) {
        continue;
      }
      String reason = m.group(4).strip();
      if (reason.isEmpty()) {
        throw new IllegalArgumentException("An oracle difference without a reason: " + line);
      }
      if (m.group(2).equals(m.group(3))) {
        throw new IllegalArgumentException("Not a difference (same verdicts): " + line);
      }
      entries.add(
          new Entry(m.group(1), m.group(2).equals("accept"), m.group(3).equals("accept"), reason));
    }
    return new KnownDifferences(entries);
  }

  /** The entries, in document order. */
  public List<Entry> entries() {
    return entries;
  }

  /** The entry explaining {@code caseId} with these verdicts, or null. */
  public Entry explanation(String caseId, boolean polku, boolean hl7) {
    return entries.stream().filter(e -> e.explains(caseId, polku, hl7)).findFirst().orElse(null);
  }
}
