package fi.polku.mapping.spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads mapping specs. A spec with problems is rejected as a whole with a {@link SpecException}
 * listing every problem with its file, line and key: a broken spec is a configuration error and
 * must fail before any data is read.
 */
public final class SpecLoader {

  /** Where the built-in specs live on the class path. */
  public static final String BUILT_IN_PACKAGE = "polku/mappings";

  private SpecLoader() {}

  /** Loads a spec file from disk; its ConceptMaps are looked up in the same folder. */
  public static LoadedSpec load(Path file) {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Path folder = file.toAbsolutePath().getParent();
      return new LoadedSpec(read(file.getFileName().toString(), r), SpecFiles.folder(folder));
    } catch (IOException e) {
      throw new SpecException(Loc.of(file.toString(), ""), "cannot be read: " + e.getMessage());
    }
  }

  /**
   * Loads a built-in spec by name ({@code koski}, {@code student-register}, {@code ecec-database},
   * {@code organisation-register}) from the class path.
   */
  public static LoadedSpec builtIn(String name) {
    ClassLoader loader = SpecLoader.class.getClassLoader();
    String resource = BUILT_IN_PACKAGE + "/" + name + ".yaml";
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new SpecException(
            Loc.of(resource, ""),
            "no built-in mapping named '" + name + "'; known: " + builtInNames());
      }
      MappingSpec spec = read(name + ".yaml", new InputStreamReader(in, StandardCharsets.UTF_8));
      return new LoadedSpec(spec, SpecFiles.classpath(loader, BUILT_IN_PACKAGE));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A built-in spec by name, or a spec file if {@code nameOrPath} names an existing file (the
   * command line accepts both).
   */
  public static LoadedSpec resolve(String nameOrPath) {
    Path p = Path.of(nameOrPath);
    if (nameOrPath.endsWith(".yaml") || nameOrPath.endsWith(".yml") || Files.isRegularFile(p)) {
      return load(p);
    }
    return builtIn(nameOrPath);
  }

  /** The names of the built-in specs. */
  public static List<String> builtInNames() {
    return List.of("koski", "student-register", "ecec-database", "organisation-register");
  }

  /** Reads a spec from YAML text; {@code file} names it in messages. */
  public static MappingSpec read(String file, Reader yaml) {
    LocatedYaml doc = LocatedYaml.read(file, yaml);
    List<SpecException.SpecProblem> problems = new ArrayList<>();
    MappingSpec spec = new SpecReader(doc, problems).spec();
    if (!problems.isEmpty()) {
      throw new SpecException(problems);
    }
    return spec;
  }
}
