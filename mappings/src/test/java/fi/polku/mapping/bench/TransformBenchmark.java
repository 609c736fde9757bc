package fi.polku.mapping.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.mapping.source.CsvSourceReader;
import fi.polku.mapping.source.InputFiles;
import fi.polku.mapping.source.SourceRecord;
import fi.polku.mapping.spec.SpecLoader;
import fi.polku.mapping.testing.Samples;
import fi.polku.mapping.transform.CompiledMapping;
import fi.polku.mapping.transform.EntityPlan;
import fi.polku.mapping.transform.MappingCompiler;
import fi.polku.mapping.transform.ProducedResource;
import fi.polku.mapping.transform.RowOutput;
import fi.polku.validation.PolkuValidators;
import fi.polku.validation.api.ResourceValidator;
import fi.polku.validation.api.ResourceValidator.ValidationOptions;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Measures the per-record path on one thread: transform with the compiled plan, serialise, and
 * validate each resource (no hub). Run with {@code main}; prints records/s and resources/s.
 */
public final class TransformBenchmark {

  public static void main(String[] args) {
    System.out.println(run(Integer.parseInt(args.length > 0 ? args[0] : "20")));
  }

  /** Runs {@code rounds} rounds over the Vantaa register and returns a result line. */
  public static String run(int rounds) {
    String city = "092-vantaa";
    CompiledMapping m =
        MappingCompiler.compile(
            SpecLoader.builtIn("student-register"),
            Map.of("municipality", "092", "provider-oid", Samples.providerOid(city)));
    List<Object[]> records = new ArrayList<>();
    for (EntityPlan e : m.entities()) {
      List<InputFiles.Found> files =
          InputFiles.find(List.of(Samples.city(city).resolve("register")), e.spec().file());
      try (CsvSourceReader r =
          new CsvSourceReader(e.name(), e.spec().columns(), m.spec().source(), files)) {
        Iterator<SourceRecord> it = r.records();
        while (it.hasNext()) {
          records.add(new Object[] {e, it.next()});
        }
      }
    }
    ResourceValidator v = PolkuValidators.structural();
    ValidationOptions o = ValidationOptions.structural();
    ObjectMapper json = new ObjectMapper();
    long rows = 0;
    long resources = 0;
    long start = 0;
    for (int round = 0; round < rounds; round++) {
      if (round == rounds / 2) {
        start = System.nanoTime();
        rows = 0;
        resources = 0;
      }
      for (Object[] rec : records) {
        RowOutput out = ((EntityPlan) rec[0]).transform((SourceRecord) rec[1]);
        rows++;
        for (ProducedResource p : out.resources()) {
          try {
            byte[] b = json.writeValueAsBytes(p.json());
            if (!Boolean.getBoolean("noValidate")) v.validate(b, o);
          } catch (Exception ex) {
            throw new IllegalStateException(ex);
          }
          resources++;
        }
      }
    }
    double s = (System.nanoTime() - start) / 1e9;
    return String.format(
        Locale.ROOT,
        "transform+validate, 1 thread: %.0f records/s, %.0f resources/s",
        rows / s,
        resources / s);
  }

  private TransformBenchmark() {}
}
