package fi.polku.samples.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The generator's own word lists (names, place-name parts, free-text notes), read from UTF-8
 * resources under {@code fi/polku/samples/words/}. A file is a sequence of {@code [section]}
 * headers each followed by one entry per line; {@code #} starts a comment line.
 */
public final class WordLists {

  private static final String BASE = "/fi/polku/samples/words/";

  private final Map<String, List<String>> sections;

  private WordLists(Map<String, List<String>> sections) {
    this.sections = sections;
  }

  /** Reads one resource file, e.g. {@code names.txt}. */
  public static WordLists load(String resource) {
    try (InputStream in = WordLists.class.getResourceAsStream(BASE + resource)) {
      if (in == null) {
        throw new IllegalStateException("missing word list " + BASE + resource);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static WordLists parse(BufferedReader reader) throws IOException {
    Map<String, List<String>> sections = new LinkedHashMap<>();
    List<String> current = null;
    String line;
    while ((line = reader.readLine()) != null) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
        current = new ArrayList<>();
        sections.put(trimmed.substring(1, trimmed.length() - 1), current);
      } else if (current == null) {
        throw new IllegalStateException("entry before the first section: " + trimmed);
      } else {
        current.add(trimmed);
      }
    }
    Map<String, List<String>> frozen = new LinkedHashMap<>();
    sections.forEach((name, list) -> frozen.put(name, Collections.unmodifiableList(list)));
    return new WordLists(Collections.unmodifiableMap(frozen));
  }

  /** True if the section exists. */
  public boolean has(String section) {
    return sections.containsKey(section);
  }

  /** The entries of a section, in file order. */
  public List<String> list(String section) {
    List<String> list = sections.get(section);
    if (list == null || list.isEmpty()) {
      throw new IllegalStateException("missing or empty word list section [" + section + "]");
    }
    return list;
  }

  /** The names of all sections. */
  public Set<String> sections() {
    return sections.keySet();
  }
}
