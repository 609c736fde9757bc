package fi.polku.hub.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The options of {@code polku bench ingest} and {@code polku bench load}: refusals come before any
 * hub is started. The runs themselves are in {@code BenchCommandsIT}.
 */
class BenchIngestCommandTest {

  private final CliRun cli = new CliRun();

  @Test
  void helpNamesWarmUpClientsAndTheClosingLine() {
    assertThat(cli.run("bench", "ingest", "--help")).isZero();
    assertThat(cli.out().replaceAll("\\s+", " "))
        .contains("--warmup=auto|none|N")
        .contains("--warmup-max=SECONDS")
        .contains("--clients")
        .contains("under 5% of the last 10 s spent compiling")
        .contains("(default: auto)")
        .contains("ingest: resources=<N> rate=<N>/s reference=<N>/s ratio=<R>");
  }

  @Test
  void noClientsIsAUsageError() {
    assertThat(cli.run("bench", "ingest", "--clients", "0")).isEqualTo(2);
    assertThat(cli.err()).contains("--clients must be within 1..16: 0");
  }

  @Test
  void moreThanSixteenClientsIsAUsageError() {
    assertThat(cli.run("bench", "ingest", "--clients", "17")).isEqualTo(2);
    assertThat(cli.err()).contains("--clients must be within 1..16: 17");
  }

  @Test
  void aWarmUpThatIsNeitherAutoNorACountIsAUsageError() {
    assertThat(cli.run("bench", "ingest", "--warmup", "lots")).isEqualTo(2);
    assertThat(cli.err()).contains("--warmup").contains("'lots' is not auto, none or a number");
  }

  @Test
  void aNegativeWarmUpIsAUsageError() {
    assertThat(cli.run("bench", "ingest", "--warmup=-5")).isEqualTo(2);
    assertThat(cli.err()).contains("'-5' is not auto, none or a number");
  }

  @Test
  void aWarmUpLimitBeyondAnHourIsAUsageError() {
    assertThat(cli.run("bench", "ingest", "--warmup-max", "3601")).isEqualTo(2);
    assertThat(cli.err()).contains("--warmup-max must be within 0..3600 seconds: 3601");
  }

  @Test
  void aFixedWarmUpCountsAgainstTheIdentityCodes() {
    assertThat(cli.run("bench", "ingest", "--resources", "300000", "--warmup", "100000"))
        .isEqualTo(2);
    assertThat(cli.err())
        .contains("--resources is limited to " + (IngestData.MAX_LEARNERS - 100000));
  }

  @Test
  void warmUpValuesAreAutoNoneOrACount() {
    WarmupOption.WithCount withCount = new WarmupOption.WithCount();
    assertThat(withCount.convert("auto")).isEqualTo(WarmupOption.AUTO);
    assertThat(withCount.convert("NONE")).isEqualTo(WarmupOption.NONE);
    assertThat(withCount.convert("0").none()).isTrue();
    assertThat(withCount.convert("2000")).isEqualTo(new WarmupOption(false, 2000));
    assertThat(withCount.convert("2000").none()).isFalse();
    assertThatThrownBy(() -> withCount.convert("12345678901"))
        .isInstanceOf(CommandLine.TypeConversionException.class);
    WarmupOption.AutoOrNone autoOrNone = new WarmupOption.AutoOrNone();
    assertThat(autoOrNone.convert("none")).isEqualTo(WarmupOption.NONE);
    assertThatThrownBy(() -> autoOrNone.convert("2000"))
        .isInstanceOf(CommandLine.TypeConversionException.class)
        .hasMessageContaining("'2000' is not auto or none");
  }

  @Test
  void benchLoadTakesAutoOrNoneAsItsWarmUp() {
    assertThat(cli.run("bench", "load", "--warmup", "2000")).isEqualTo(2);
    assertThat(cli.err()).contains("'2000' is not auto or none");
  }

  @Test
  void benchLoadRefusesANegativeWarmUpLimit() {
    assertThat(cli.run("bench", "load", "--warmup-max=-1")).isEqualTo(2);
    assertThat(cli.err()).contains("--warmup-max must be within 0..3600 seconds: -1");
  }

  @Test
  void benchLoadRefusesEmptyWarmUpExports() {
    assertThat(cli.run("bench", "load", "--warmup-learners", "0")).isEqualTo(2);
    assertThat(cli.err()).contains("--warmup-learners must be within 1..50000: 0");
  }

  @Test
  void benchLoadRefusesABatchOutsideItsRange() {
    assertThat(cli.run("bench", "load", "--batch", "1001")).isEqualTo(2);
    assertThat(cli.err()).contains("--batch must be within 1..1000: 1001");
  }

  @Test
  void benchLoadHelpNamesTheWarmUp() {
    assertThat(cli.run("bench", "load", "--help")).isZero();
    assertThat(cli.out().replaceAll("\\s+", " "))
        .contains("--warmup=auto|none")
        .contains("--warmup-learners")
        .contains("(default: 10000)")
        .contains("--batch=RECORDS")
        .contains("until the JIT compiler has settled")
        .contains("load: rows=<N> resources=<N> rate=<N>/s maxheap=<MB>");
  }
}
