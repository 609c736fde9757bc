package fi.polku.validation.oracle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The corpus on which Polku's structural engine and the HL7 validator must agree: the valid base
 * instances ({@code base/<Type>/}), hand-written invalid instances with one documented fault each
 * ({@code handmade/<Type>/}, the model's invalid examples) and the faults the {@link
 * MutationGenerator} derives from the bases at load time.
 *
 * <p>The generated cases are not committed: they are a pure function of the bases, the recipes and
 * the seed, so committing hundreds of near-copies would only add review noise and let them drift
 * from the recipes.
 */
public final class OracleCorpus {

  /** The corpus folder relative to the repository root. */
  public static final String SOURCE_FOLDER = "validators/src/test/resources/oracle";

  /**
   * The day both validators judge the corpus at. Fixed, so that the verdicts on codes with a
   * validity period (e.g. a merged municipality) do not change with the calendar.
   */
  public static final LocalDate AS_OF = LocalDate.of(2025, 1, 15);

  private final List<OracleCase> cases;

  private OracleCorpus(List<OracleCase> cases) {
    this.cases = List.copyOf(cases);
  }

  /** Reads the corpus under {@code folder} and generates its faulty cases. */
  public static OracleCorpus load(Path folder) {
    if (!Files.isDirectory(folder.resolve("base"))) {
      throw new IllegalArgumentException("No oracle corpus (base/) under " + folder);
    }
    List<OracleCase> bases = read(folder.resolve("base"), OracleCase.Kind.BASE);
    List<OracleCase> cases = new ArrayList<>(bases);
    cases.addAll(read(folder.resolve("handmade"), OracleCase.Kind.HANDMADE));
    cases.addAll(new MutationGenerator().generate(bases));
    return new OracleCorpus(cases);
  }

  /**
   * The corpus folder of the repository that contains {@code start} (or one of its parents), or
   * null if there is none.
   */
  public static Path find(Path start) {
    for (Path p = start.toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolve(SOURCE_FOLDER);
      if (Files.isDirectory(candidate.resolve("base"))) {
        return candidate;
      }
    }
    return null;
  }

  /** Every case: bases, hand-written ones, then generated ones. */
  public List<OracleCase> cases() {
    return cases;
  }

  private static List<OracleCase> read(Path folder, OracleCase.Kind kind) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(folder, 2)) {
      List<OracleCase> out = new ArrayList<>();
      for (Path f : files.filter(OracleCorpus::isInstance).sorted().toList()) {
        String type = f.getParent().getFileName().toString();
        String name = f.getFileName().toString();
        String id = type + "/" + name.substring(0, name.length() - ".json".length());
        out.add(new OracleCase(id, type, kind, null, null, Files.readAllBytes(f)));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the oracle corpus under " + folder, e);
    }
  }

  private static boolean isInstance(Path f) {
    String name = f.getFileName().toString();
    return name.endsWith(".json") && !name.endsWith(".expected.json");
  }
}
