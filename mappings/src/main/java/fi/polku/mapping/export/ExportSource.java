package fi.polku.mapping.export;

import fi.polku.mapping.hub.StoredResource;
import java.util.function.Consumer;

/**
 * Where an export reads canonical resources from: the embedded hub in-process, or a running hub
 * over HTTP ({@link RemoteExportSource}). Failures to reach the hub are {@link
 * fi.polku.mapping.hub.HubUnavailableException}s.
 */
public interface ExportSource extends AutoCloseable {

  /** Hands every current resource of {@code type} to {@code each}, page by page. */
  void forEach(String type, Consumer<StoredResource> each);

  /** The current version of {@code type/id}, or null. */
  StoredResource read(String type, String id);

  /** Releases connections. */
  @Override
  default void close() {}
}
