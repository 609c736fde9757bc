package fi.polku.samples;

import fi.polku.samples.cli.SampleSet;
import fi.polku.samples.cli.Settings;
import fi.polku.samples.register.CsvFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Generates sample sets for tests and reads them back. */
public final class TestSets {

  private TestSets() {}

  /** One data row of a register file with its physical line number (header = line 1). */
  public record Row(long line, Map<String, String> values) {
    /** A column's value ("" when empty). */
    public String get(String column) {
      String value = values.get(column);
      if (value == null) {
        throw new IllegalArgumentException("no column " + column);
      }
      return value;
    }
  }

  /** One line of a {@code faults.csv}. */
  public record Fault(
      String file,
      long line,
      String table,
      String key,
      String kind,
      String column,
      String detail) {}

  /** Generates a set into the folder and returns it. */
  public static Path generate(Path folder, Settings settings) {
    try {
      SampleSet.write(settings, SampleSet.folder(folder));
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The city folders of a set, in name order. */
  public static List<Path> cities(Path set) {
    try (var stream = Files.list(set)) {
      return stream.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a register file (ISO-8859-1, CR LF). */
  public static List<Row> csv(Path file) {
    try {
      String text = new String(Files.readAllBytes(file), CsvFile.CHARSET);
      String[] lines = text.split("\r\n", -1);
      List<String> header = CsvFile.parse(lines[0]);
      List<Row> rows = new ArrayList<>();
      for (int i = 1; i < lines.length; i++) {
        if (lines[i].isEmpty() && i == lines.length - 1) {
          break;
        }
        List<String> fields = CsvFile.parse(lines[i]);
        Map<String, String> values = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
          values.put(header.get(c), fields.get(c));
        }
        rows.add(new Row(i + 1, values));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a city's {@code faults.csv}. */
  public static List<Fault> faults(Path city) {
    try {
      List<String> lines = Files.readAllLines(city.resolve("faults.csv"), StandardCharsets.UTF_8);
      List<Fault> faults = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        String[] f = line.split(";", -1);
        faults.add(new Fault(f[0], Long.parseLong(f[1]), f[2], f[3], f[4], f[5], f[6]));
      }
      return faults;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The repository root (set by surefire as {@code polku.root}). */
  public static Path root() {
    String property = System.getProperty("polku.root");
    Path root = property != null ? Path.of(property) : Path.of("..");
    return root.toAbsolutePath().normalize();
  }
}
