package fi.polku.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The generator streams: a child JVM with a 10 MB heap generates an export larger than its whole
 * heap. Holding the rows would need several times the heap; streaming needs a constant few MB. (The
 * manual check for benchmark scale is in samples/README.md.)
 */
class StreamingTest {

  private static final int LEARNERS = 16_000;

  @Test
  void aLargeExportIsGeneratedWithinASmallHeap() throws IOException, InterruptedException {
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(
                List.of(
                    java.toString(),
                    "-Xmx10m",
                    "-XX:+UseSerialGC",
                    "-cp",
                    classpath,
                    StreamingProbe.class.getName(),
                    Integer.toString(LEARNERS)))
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    long bytes = Long.parseLong(output.strip());
    assertThat(bytes).as("the export is larger than the heap").isGreaterThan(10L * 1024 * 1024);
  }
}
