package fi.polku.hub.cli;

import fi.polku.hub.model.HubModel;
import fi.polku.mapping.export.ExportRun;
import fi.polku.mapping.export.ExportSource;
import fi.polku.mapping.export.RemoteExportSource;
import fi.polku.mapping.hub.HubUnavailableException;
import fi.polku.mapping.spec.LoadedSpec;
import fi.polku.mapping.spec.MappingSpec;
import fi.polku.mapping.spec.SourceSpec;
import fi.polku.mapping.spec.SpecException;
import fi.polku.mapping.spec.SpecLoader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code polku export}: writes source documents back from the hub's canonical resources. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Export the hub's data as source documents by running a mapping in reverse:",
      "'export koski <outdir>' writes one KOSKI document per learner (<outdir>/Learner-<id>.json).",
      "In-process from the embedded hub of --data by default; with --hub over HTTP.",
      "Ends with: exported: learners=<N> documents=<N>"
    })
final class ExportCommand implements Callable<Integer> {

  private static final long PLAIN_EVERY_MILLIS = 5_000;

  @Parameters(
      index = "0",
      paramLabel = "<mapping>",
      description = "Mapping name (koski) or spec file.")
  String mapping;

  @Parameters(
      index = "1",
      paramLabel = "<outdir>",
      description = "Folder to write the documents to.")
  Path outdir;

  @Option(names = "--hub", description = "Base URL of a running hub (http://host:8080/fhir).")
  String hub;

  @Option(names = "--data", description = "Data folder of the embedded hub (default ./data).")
  Path data = Path.of("data");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    MappingSpec mappingSpec;
    try {
      LoadedSpec loaded = SpecLoader.resolve(mapping);
      mappingSpec = loaded.spec();
    } catch (SpecException e) {
      err.println("polku export: the mapping " + mapping + " cannot be used:");
      err.println(e.getMessage());
      return 2;
    }
    if (mappingSpec.source().kind() != SourceSpec.SourceKind.JSON) {
      err.println(
          "polku export: only mappings of JSON documents can be run in reverse (koski); "
              + mapping
              + " reads "
              + mappingSpec.source().kind().name().toLowerCase(java.util.Locale.ROOT));
      return 2;
    }
    if (hub == null && !Files.isDirectory(data)) {
      err.println(
          "polku export: no hub data folder "
              + data.toAbsolutePath()
              + "; load data first (polku load) or give --data DIR or --hub URL");
      return 2;
    }
    if (Files.exists(outdir) && (!Files.isDirectory(outdir) || !Files.isWritable(outdir))) {
      err.println("polku export: cannot write into " + outdir + " (not a writable folder)");
      return 2;
    }
    Printer progress = new Printer(out, ConsoleProgress.isTerminal());
    try (EmbeddedHub embedded = hub == null ? EmbeddedHub.start(data, false, true) : null;
        ExportSource source =
            hub == null
                ? embedded.port()
                : new RemoteExportSource(HubModel.newFhirContext(), hub)) {
      ExportRun.Summary s = ExportRun.run(mappingSpec, source, outdir, progress);
      progress.finish();
      out.println("documents: " + s.folder().toAbsolutePath());
      out.println(s.line());
    } catch (ExportRun.UnwritableFolder | UncheckedIOException e) {
      progress.finish();
      err.println("polku export: " + e.getMessage());
      return 2;
    } catch (HubUnavailableException | IllegalArgumentException e) {
      progress.finish();
      err.println("polku export: " + e.getMessage());
      return 1;
    }
    out.flush();
    return 0;
  }

  /**
   * Resources read, then documents written: redrawn in place on a terminal, else a line every few
   * seconds.
   */
  private static final class Printer implements ExportRun.Progress {
    private final PrintWriter out;
    private final boolean terminal;
    private long writingSince;
    private long lastPlain = System.currentTimeMillis();
    private boolean drawn;

    Printer(PrintWriter out, boolean terminal) {
      this.out = out;
      this.terminal = terminal;
    }

    @Override
    public void read(int resources) {
      show("reading: " + resources + " resources");
    }

    @Override
    public void written(int documents) {
      long now = System.currentTimeMillis();
      if (writingSince == 0) {
        writingSince = now;
      }
      double rate = documents * 1000.0 / Math.max(1, now - writingSince);
      show(String.format(java.util.Locale.ROOT, "writing: %d documents (%.0f/s)", documents, rate));
    }

    private void show(String text) {
      long now = System.currentTimeMillis();
      if (terminal) {
        out.print("\r" + text + "\u001b[K");
        out.flush();
        drawn = true;
      } else if (now - lastPlain >= PLAIN_EVERY_MILLIS) {
        lastPlain = now;
        out.println("progress: " + text);
        out.flush();
      }
    }

    void finish() {
      if (drawn) {
        out.println();
        drawn = false;
      }
    }
  }
}
