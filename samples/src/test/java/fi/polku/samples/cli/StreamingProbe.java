package fi.polku.samples.cli;

import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Generates a sample set into nothing but a byte counter, for {@link StreamingTest}'s small-heap
 * child JVM: {@code StreamingProbe <learners>} prints the number of bytes generated.
 */
public final class StreamingProbe {

  private StreamingProbe() {}

  /** Entry point of the child JVM. */
  public static void main(String[] args) throws Exception {
    AtomicLong bytes = new AtomicLong();
    SampleSet.write(
        Settings.of(Integer.parseInt(args[0]), 1, 0.01),
        path ->
            new OutputStream() {
              @Override
              public void write(int b) {
                bytes.incrementAndGet();
              }

              @Override
              public void write(byte[] b, int off, int len) {
                bytes.addAndGet(len);
              }
            });
    System.out.println(bytes.get());
  }
}
