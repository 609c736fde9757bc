package fi.polku.mapping.load;

import fi.polku.mapping.spec.SpecLoader;
import fi.polku.mapping.testing.InMemoryHub;
import fi.polku.mapping.testing.Samples;
import fi.polku.mapping.transform.CompiledMapping;
import fi.polku.mapping.transform.MappingCompiler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KoskiQuickTest {

  @TempDir Path data;

  @Test
  void koskiLoads() throws Exception {
    InMemoryHub hub = new InMemoryHub();
    try (LoadEngine engine = new LoadEngine()) {
      CompiledMapping org =
          MappingCompiler.compile(SpecLoader.builtIn("organisation-register"), Map.of());
      LoadReport o =
          engine.run(
              LoadRequest.of(org, List.of(Samples.organisationRegister().toString())),
              hub,
              LoadSettings.defaults(data));
      System.out.println(o.toText());
      if (o.deadLetters() != null) System.out.println(Files.readString(Path.of(o.deadLetters())));
      CompiledMapping koski = MappingCompiler.compile(SpecLoader.builtIn("koski"), Map.of());
      LoadReport k =
          engine.run(
              LoadRequest.of(koski, List.of(Samples.koskiExamples().toString())),
              hub,
              LoadSettings.defaults(data));
      System.out.println(k.toText());
      if (k.deadLetters() != null)
        System.out.println(Files.readString(Path.of(k.deadLetters())).replaceAll(";\"?\\{.*", ""));
      LoadReport k2 =
          engine.run(
              LoadRequest.of(koski, List.of(Samples.koskiExamples().toString())),
              hub,
              LoadSettings.defaults(data));
      System.out.println(k2.summaryLine());
    }
  }
}
