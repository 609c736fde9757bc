package fi.polku.hub.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.polku.mapping.load.LoadSettings;
import fi.polku.mapping.source.ArchiveLimits;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The polku.load.* settings of the inbox and polku load: ZIP inputs' limits, writers. */
class LoadSettingsTest {

  private static PolkuProperties bind(Map<String, String> values) {
    return new Binder(new MapConfigurationPropertySource(values))
        .bindOrCreate("polku", PolkuProperties.class);
  }

  @Test
  void archiveLimitsDefaultToTheLoadersOwn() {
    assertThat(bind(Map.of()).load().archiveLimits()).isEqualTo(ArchiveLimits.DEFAULTS);
  }

  @Test
  void operatorsRaiseTheArchiveLimits() {
    ArchiveLimits limits =
        bind(Map.of(
                "polku.load.max-archive-size", "64GB",
                "polku.load.max-archive-entries", "1000000"))
            .load()
            .archiveLimits();

    assertThat(limits).isEqualTo(new ArchiveLimits(64L << 30, 1_000_000));
  }

  @Test
  void loadsWriteOneBatchAtATimeUnlessTwoAreSet() {
    Path loads = Path.of("data", "loads");

    LoadSettings byDefault = bind(Map.of()).load().settings(loads);
    LoadSettings two = bind(Map.of("polku.load.writers", "2")).load().settings(loads);

    assertThat(byDefault.writers()).isEqualTo(1);
    assertThat(byDefault.archiveLimits()).isEqualTo(ArchiveLimits.DEFAULTS);
    assertThat(byDefault.runFolder("r1")).isEqualTo(loads.resolve("runs").resolve("r1"));
    assertThat(two.writers()).isEqualTo(2);
  }

  @Test
  void moreWritersThanTheLoaderHasAreRefusedNamingTheSetting() {
    assertThatThrownBy(() -> bind(Map.of("polku.load.writers", "3")))
        .isInstanceOf(BindException.class)
        .hasRootCauseMessage("polku.load.writers cannot be \"3\": it must lie between 1 and 2");
    assertThatThrownBy(() -> bind(Map.of("polku.load.writers", "0")))
        .isInstanceOf(BindException.class)
        .hasRootCauseMessage("polku.load.writers cannot be \"0\": it must lie between 1 and 2");
  }

  @Test
  void anArchiveSizeWithoutItsUnitIsRefusedNamingTheSetting() {
    // "16" is 16 bytes: every export would be refused.
    assertThatThrownBy(() -> bind(Map.of("polku.load.max-archive-size", "16")))
        .isInstanceOf(BindException.class)
        .hasRootCauseMessage(
            "polku.load.max-archive-size cannot be \"16B\": it must be at least 1MB");
  }

  @Test
  void noEntriesAtAllIsRefusedNamingTheSetting() {
    assertThatThrownBy(() -> bind(Map.of("polku.load.max-archive-entries", "0")))
        .isInstanceOf(BindException.class)
        .hasRootCauseMessage(
            "polku.load.max-archive-entries cannot be \"0\": it must be at least 1");
  }
}
