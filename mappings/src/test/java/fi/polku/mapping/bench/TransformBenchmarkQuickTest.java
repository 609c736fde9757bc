package fi.polku.mapping.bench;

import org.junit.jupiter.api.Test;

class TransformBenchmarkQuickTest {
  @Test
  void measure() {
    System.out.println(TransformBenchmark.run(60));
  }
}
