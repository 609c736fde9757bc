package fi.polku.hub.cli;

import fi.polku.hub.app.PolkuProperties;
import fi.polku.mapping.hub.HubPort;
import fi.polku.mapping.load.LoadEngine;
import fi.polku.mapping.load.LoadReport;
import fi.polku.mapping.load.LoadRequest;
import fi.polku.mapping.load.LoadSettings;
import fi.polku.mapping.load.ProgressListener;
import fi.polku.mapping.spec.SpecLoader;
import fi.polku.mapping.transform.CompiledMapping;
import fi.polku.mapping.transform.MappingCompiler;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Runs loads for the commands: one engine, one hub port, one data folder. */
final class Loader implements AutoCloseable {

  private final LoadEngine engine = new LoadEngine();
  private final HubPort hub;
  private final LoadSettings settings;

  /**
   * Loads into {@code hub} in transaction Bundles of {@code batch} records, with the {@code
   * polku.load.*} settings {@code load}; runs are kept under {@code <data>/loads}.
   */
  Loader(HubPort hub, Path data, int batch, PolkuProperties.Load load) {
    this.hub = hub;
    this.settings = load.settings(data.resolve("loads")).withBatchSize(batch);
  }

  /** Compiles a built-in mapping or spec file with {@code parameters}. */
  static CompiledMapping compile(String mapping, Map<String, String> parameters) {
    return MappingCompiler.compile(SpecLoader.resolve(mapping), parameters);
  }

  /** Runs {@code mapping} over {@code inputs}. */
  LoadReport load(
      CompiledMapping mapping, List<String> inputs, ProgressListener progress, boolean full) {
    LoadRequest request = LoadRequest.of(mapping, inputs).withProgress(progress);
    return engine.run(full ? request.full() : request, hub, settings);
  }

  /** Loads a city's student-register export as the sample generator writes it. */
  LoadReport loadRegister(CityExport export, ProgressListener progress) {
    return load(
        compile("student-register", export.registerParameters()),
        List.of(export.register().toString()),
        progress,
        false);
  }

  /** The folder of a run's report, dead letters and Provenance. */
  Path runFolder(LoadReport report) {
    return settings.runFolder(report.runId());
  }

  @Override
  public void close() {
    engine.close();
  }
}
