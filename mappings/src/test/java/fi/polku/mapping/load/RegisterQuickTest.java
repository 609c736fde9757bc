package fi.polku.mapping.load;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.mapping.spec.SpecLoader;
import fi.polku.mapping.testing.InMemoryHub;
import fi.polku.mapping.testing.Samples;
import fi.polku.mapping.transform.CompiledMapping;
import fi.polku.mapping.transform.MappingCompiler;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegisterQuickTest {

  @TempDir Path data;

  @Test
  void vantaaLoads() throws Exception {
    String city = "092-vantaa";
    CompiledMapping m =
        MappingCompiler.compile(
            SpecLoader.builtIn("student-register"),
            Map.of("municipality", "092", "provider-oid", Samples.providerOid(city)));
    InMemoryHub hub = new InMemoryHub();
    try (LoadEngine engine = new LoadEngine()) {
      LoadReport r =
          engine.run(
              LoadRequest.of(m, List.of(Samples.city(city).resolve("register").toString())),
              hub,
              LoadSettings.defaults(data));
      System.out.println(r.toText());
      System.out.println(java.nio.file.Files.readString(Path.of(r.deadLetters())));
      LoadReport r2 =
          engine.run(
              LoadRequest.of(m, List.of(Samples.city(city).resolve("register").toString())),
              hub,
              LoadSettings.defaults(data));
      System.out.println(r2.toText());
      CompiledMapping ecec =
          MappingCompiler.compile(
              SpecLoader.builtIn("ecec-database"),
              Map.of(
                  "municipality",
                  "092",
                  "provider-oid",
                  Samples.providerOid(city),
                  "provider-name",
                  "Vantaan kaupunki"));
      LoadReport e1 =
          engine.run(
              LoadRequest.of(ecec, List.of(Samples.city(city).resolve("ecec/ecec.sql").toString())),
              hub,
              LoadSettings.defaults(data));
      System.out.println(e1.toText());
      System.out.println(java.nio.file.Files.readString(Path.of(e1.deadLetters())));
      LoadReport e2 =
          engine.run(
              LoadRequest.of(ecec, List.of(Samples.city(city).resolve("ecec/ecec.sql").toString()))
                  .full(),
              hub,
              LoadSettings.defaults(data));
      System.out.println(e2.toText());
      LoadReport r3 =
          engine.run(
              LoadRequest.of(m, List.of(Samples.city(city).resolve("register").toString())),
              hub,
              LoadSettings.defaults(data));
      System.out.println(r3.summaryLine());
      assertThat(r.totals().read()).isPositive();
    }
  }
}
