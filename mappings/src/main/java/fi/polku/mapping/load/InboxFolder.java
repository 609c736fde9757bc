package fi.polku.mapping.load;

import fi.polku.mapping.spec.LoadedSpec;
import fi.polku.mapping.spec.SpecLoader;
import fi.polku.mapping.transform.CompiledMapping;
import fi.polku.mapping.transform.MappingCompiler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * What one folder of the inbox loads with: the mapping named by the folder, unless its {@code
 * mapping.properties} says otherwise ({@code mapping=} a built-in name or a spec file in the
 * folder), and the run parameters ({@code param.<name>=}).
 *
 * @param folder the folder
 * @param spec a built-in mapping's name or a spec file's name in the folder
 * @param parameters the run parameters
 */
record InboxFolder(Path folder, String spec, Map<String, String> parameters) {

  /** The file that configures a folder. */
  static final String PROPERTIES = "mapping.properties";

  /** The settings of {@code folder}, read from its {@code mapping.properties} if it has one. */
  static InboxFolder of(Path folder) throws IOException {
    Path props = folder.resolve(PROPERTIES);
    String spec = folder.getFileName().toString();
    Map<String, String> params = new LinkedHashMap<>();
    if (Files.exists(props)) {
      Properties p = new Properties();
      try (var in = Files.newBufferedReader(props, StandardCharsets.UTF_8)) {
        p.load(in);
      }
      spec = p.getProperty("mapping", spec).strip();
      for (String k : p.stringPropertyNames()) {
        if (k.startsWith("param.")) {
          params.put(k.substring("param.".length()), p.getProperty(k).strip());
        }
      }
    }
    return new InboxFolder(folder, spec, Map.copyOf(params));
  }

  /** The spec: a file of the folder ({@code .yaml}, {@code .yml}) or a built-in mapping. */
  LoadedSpec loadSpec() {
    return spec.endsWith(".yaml") || spec.endsWith(".yml")
        ? SpecLoader.load(folder.resolve(spec))
        : SpecLoader.resolve(spec);
  }

  /** The spec compiled with the folder's parameters. */
  CompiledMapping compile() {
    return MappingCompiler.compile(loadSpec(), parameters);
  }
}
