package fi.polku.mapping.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Finds the files of an entity among the inputs of a run: each input is a folder (searched for the
 * entity's file name or glob, recursively) or a file (taken if its name matches). Results are
 * sorted by path, so a run reads files in the same order every time.
 */
public final class InputFiles {

  private InputFiles() {}

  /**
   * The files matching {@code pattern} (a file name such as {@code koulut.csv} or a glob such as
   * {@code *.json}) in {@code inputs}, in any capitals: exports written on Windows often come as
   * {@code KOULUT.CSV} or {@code Koulut.csv}, which Windows itself does not tell apart.
   *
   * @return pairs of the file and its name relative to the input it was found in
   */
  public static List<Found> find(List<Path> inputs, String pattern) {
    PathMatcher matcher = matcher(pattern);
    return find(inputs, p -> matches(matcher, p));
  }

  /**
   * Whether the name of {@code file} matches {@code pattern}, in any capitals, as {@link #find}.
   */
  public static boolean matches(String pattern, Path file) {
    return matches(matcher(pattern), file);
  }

  private static PathMatcher matcher(String pattern) {
    return FileSystems.getDefault().getPathMatcher("glob:" + pattern.toLowerCase(Locale.ROOT));
  }

  private static boolean matches(PathMatcher matcher, Path file) {
    return matcher.matches(Path.of(file.getFileName().toString().toLowerCase(Locale.ROOT)));
  }

  /** Every file of {@code inputs} (folders searched recursively, hidden files left out). */
  public static List<Found> all(List<Path> inputs) {
    return find(inputs, p -> true);
  }

  private static List<Found> find(List<Path> inputs, Predicate<Path> matches) {
    List<Found> out = new ArrayList<>();
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        try (Stream<Path> walk = Files.walk(input)) {
          walk.filter(Files::isRegularFile)
              .filter(p -> !isHidden(input, p))
              .filter(matches)
              .sorted()
              .forEach(p -> out.add(new Found(p, relative(input, p))));
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot list the input folder " + input, e);
        }
      } else if (Files.isRegularFile(input) && matches.test(input)) {
        out.add(new Found(input, input.getFileName().toString()));
      }
    }
    return out;
  }

  private static boolean isHidden(Path root, Path p) {
    for (Path part : root.relativize(p)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static String relative(Path root, Path p) {
    Path base = root.getParent() != null ? root.getFileName() : root;
    return (base == null ? "" : base + "/") + root.relativize(p).toString().replace('\\', '/');
  }

  /**
   * A file found for an entity.
   *
   * @param path where it is
   * @param name its name relative to the input (for messages, dead letters and Provenance)
   */
  public record Found(Path path, String name) {}

  /**
   * The total size of {@code files} in bytes, for progress and ETA. A file whose size cannot be
   * read counts as 0: opening it later reports the real problem.
   */
  static long totalSize(List<Found> files) {
    long sum = 0;
    for (Found f : files) {
      try {
        sum += Files.size(f.path());
      } catch (IOException e) {
        // unknown size; opening the file reports the problem
      }
    }
    return sum;
  }
}
