package fi.polku.hub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Tiny runs of {@code polku bench ingest} and {@code polku bench load}: a short automatic warm-up,
 * concurrent clients, and the lines a user reads.
 */
class BenchCommandsIT {

  private final CliRun cli = new CliRun();

  @Test
  void ingestWithTwoClientsWarmsUpThenMeasuresEveryResource() {
    assertThat(
            cli.run(
                "bench",
                "ingest",
                "--resources",
                "60",
                "--bundle",
                "10",
                "--clients",
                "2",
                "--warmup-max",
                "2"))
        .as(cli.err())
        .isZero();
    List<String> lines = cli.out().lines().toList();
    assertThat(lines.get(0))
        .isEqualTo(
            "ingest: 60 resources in Bundles of 10 on h2, in-process, 2 clients, validation on"
                + " (warm-up auto, at most 2 s)");
    // The limit is checked before each Bundle; a slow Bundle (a cold hub) may overrun it.
    assertThat(lines)
        .anySatisfy(
            l ->
                assertThat(l)
                    .matches(
                        "warm-up: resources=[1-9]\\d* seconds=\\d+; (index merged after \\d+s; )?JIT"
                            + " compiler (not )?settled"
                            + " after \\d+s \\(compiler \\d+\\.\\d% of the last 10s\\)"));
    // What the JIT compiler still did while measuring tells whether the warm-up was long enough.
    assertThat(lines)
        .anySatisfy(
            l ->
                assertThat(l)
                    .matches(
                        "ingest: jit compile time while measured: hub=\\d+ ms reference=\\d+ ms"));
    assertThat(lines.get(lines.size() - 1))
        .matches("ingest: resources=60 rate=\\d+/s reference=\\d+/s ratio=\\d+\\.\\d\\d");
  }

  @Test
  void ingestWithAFixedWarmUpWritesThatMany() {
    assertThat(cli.run("bench", "ingest", "--resources", "20", "--bundle", "10", "--warmup", "30"))
        .as(cli.err())
        .isZero();
    assertThat(cli.out()).contains("(warm-up 30)").contains("warm-up: resources=30 seconds=");
    assertThat(cli.out().lines().reduce((a, b) -> b).orElseThrow())
        .startsWith("ingest: resources=20 rate=");
  }

  @Test
  void ingestOverHttpWithTwoClientsWithoutWarmUp() {
    assertThat(
            cli.run(
                "bench",
                "ingest",
                "--resources",
                "30",
                "--bundle",
                "10",
                "--clients",
                "2",
                "--http",
                "--warmup",
                "none"))
        .as(cli.err())
        .isZero();
    assertThat(cli.out())
        .contains("on h2, over HTTP, 2 clients, validation on (warm-up none)")
        .contains("warm-up: none");
    assertThat(cli.out().lines().reduce((a, b) -> b).orElseThrow())
        .startsWith("ingest: resources=30 rate=");
  }

  @Test
  void loadWarmsUpOnOtherCitiesWithoutTouchingWhatIsMeasured() {
    assertThat(cli.run("bench", "load", "--learners", "20", "--warmup", "none"))
        .as(cli.err())
        .isZero();
    String cold = measured(cli.out());
    assertThat(cli.out()).contains("warm-up: none");

    CliRun warm = new CliRun();
    assertThat(
            warm.run(
                "bench",
                "load",
                "--learners",
                "20",
                "--warmup-max",
                "0",
                "--warmup-learners",
                "20"))
        .as(warm.err())
        .isZero();
    // The limit is checked after each warm-up load: one load of another city, then the measured.
    assertThat(warm.out())
        .contains("warm-up: city 049 resources=")
        .containsPattern("warm-up: loads=1 resources=[1-9]\\d* seconds=\\d+; JIT compiler");
    // The warm-up shares no learner with the measured export: it loads just as into an empty hub.
    assertThat(measured(warm.out())).isEqualTo(cold);
  }

  @Test
  void loadWarmUpMergesTheIndexAfterItsFirstLoadAndGoesOn() {
    assertThat(
            cli.run(
                "bench",
                "load",
                "--learners",
                "20",
                "--warmup-max",
                "600",
                "--warmup-learners",
                "20"))
        .as(cli.err())
        .isZero();
    // Tiny loads never settle the compiler: every other city is loaded, the merge after the first.
    assertThat(cli.out())
        .containsPattern(
            "warm-up: city 049 resources=[^\\n]*\\nwarm-up: index segments merged in \\d+ ms")
        .containsPattern(
            "warm-up: loads=4 resources=[1-9]\\d* seconds=\\d+; stopped: every other seed city was"
                + " loaded; index merged after \\d+s; JIT compiler");
    assertThat(cli.out()).containsPattern("load: jit compile time while measured: \\d+ ms");
  }

  /**
   * {@code rows=<N> resources=<N>} of the closing line, which ends the output after the CPU line.
   */
  private static String measured(String out) {
    List<String> lines = out.lines().toList();
    assertThat(lines.get(lines.size() - 2))
        .as(out)
        .matches("load: cpu per 1000 resources: \\d+ ms");
    Matcher m =
        Pattern.compile("load: (rows=\\d+ resources=\\d+) rate=\\d+/s maxheap=\\d+")
            .matcher(lines.get(lines.size() - 1));
    assertThat(m.matches()).as(out).isTrue();
    return m.group(1);
  }
}
