package fi.polku.hub.ingest;

import fi.polku.mapping.hub.HubPort;
import fi.polku.mapping.load.InboxRoute;
import fi.polku.mapping.load.LoadEngine;
import fi.polku.mapping.load.LoadSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's inbox: {@code <data>/inbox/<mapping>/} folders watched by a Camel file route; a file
 * dropped there is loaded into this hub and its report kept under {@code <data>/inbox/.reports/}
 * (docs/operations.md, "Inbox").
 */
public final class Inbox implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Inbox.class);

  private final Path folder;
  private final LoadEngine engine;

  /**
   * Starts watching {@code <data>/inbox}, loading into {@code hub} with {@code settings} (runs kept
   * where they say, ZIP files unpacked within their limits).
   */
  public Inbox(Path data, LoadSettings settings, HubPort hub) {
    this.folder = data.resolve("inbox").toAbsolutePath();
    try {
      Files.createDirectories(folder);
      for (String mapping : fi.polku.mapping.spec.SpecLoader.builtInNames()) {
        Files.createDirectories(folder.resolve(mapping));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the inbox " + folder, e);
    }
    this.engine = new LoadEngine();
    try {
      engine.camelContext().addRoutes(new InboxRoute(folder, engine, hub, settings));
    } catch (Exception e) {
      engine.close();
      throw new IllegalStateException("Cannot start the inbox route on " + folder, e);
    }
    LOG.info("Inbox: files dropped into {}/<mapping>/ are loaded", folder);
  }

  /** The watched folder. */
  public Path folder() {
    return folder;
  }

  @Override
  public void close() {
    engine.close();
  }
}
