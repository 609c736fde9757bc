package fi.polku.validation.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** Finds rule files: every {@code *.ttl} directly in a classpath folder, in jars or directories. */
final class RuleSources {

  /** A rule file and the name errors use for it. */
  record Source(String name, URL url) {}

  private RuleSources() {}

  /**
   * The Turtle files in {@code folder} (e.g. {@code polku/rules}) of every classpath root that has
   * it, sorted by name so that loading is deterministic.
   */
  static List<Source> classpath(ClassLoader loader, String folder) {
    List<Source> sources = new ArrayList<>();
    try {
      for (URL root : Collections.list(loader.getResources(folder))) {
        switch (root.getProtocol()) {
          case "file" -> fromDirectory(root, folder, sources);
          case "jar" -> fromJar(root, folder, sources);
          default ->
              throw new RuleDefinitionException(
                  root.toString(), null, "cannot list rule files under this kind of URL");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list rule files in " + folder, e);
    }
    sources.sort((a, b) -> a.name().compareTo(b.name()));
    return sources;
  }

  private static void fromDirectory(URL root, String folder, List<Source> out) throws IOException {
    Path dir;
    try {
      dir = Path.of(root.toURI());
    } catch (URISyntaxException e) {
      throw new IOException("Bad classpath URL " + root, e);
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".ttl")).toList()) {
        out.add(new Source(folder + "/" + f.getFileName(), f.toUri().toURL()));
      }
    }
  }

  private static void fromJar(URL root, String folder, List<Source> out) throws IOException {
    JarURLConnection connection = (JarURLConnection) root.openConnection();
    connection.setUseCaches(false);
    try (JarFile jar = connection.getJarFile()) {
      String prefix = folder.endsWith("/") ? folder : folder + "/";
      for (JarEntry e : Collections.list(jar.entries())) {
        String name = e.getName();
        String rest = name.startsWith(prefix) ? name.substring(prefix.length()) : null;
        if (rest != null && rest.endsWith(".ttl") && !rest.contains("/")) {
          out.add(
              new Source(
                  name, URI.create("jar:" + connection.getJarFileURL() + "!/" + name).toURL()));
        }
      }
    }
  }
}
