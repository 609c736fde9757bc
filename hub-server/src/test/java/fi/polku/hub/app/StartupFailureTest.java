package fi.polku.hub.app;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.hub.problem.StartupCodes;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.context.ApplicationContextException;

class StartupFailureTest {

  @Test
  void aPortTakenBetweenTheCheckAndTomcatsBindIsThePortInUse() {
    RuntimeException thrown =
        new ApplicationContextException(
            "Failed to start bean 'webServerStartStop'", new PortInUseException(18099));

    assertThat(StartupFailure.recognise(thrown, StartupSettings.UNKNOWN))
        .hasValueSatisfying(
            f -> {
              assertThat(f.code()).isEqualTo(StartupCodes.PORT_IN_USE);
              assertThat(f.getMessage()).startsWith("POLKU-HUB-1000: ").contains("port 18099");
              assertThat(f.getCause()).isSameAs(thrown);
            });
  }

  @Test
  void aDatabaseOpenedByAnotherHubBetweenTheCheckAndTheHubsOwnIsTheDataFolderInUse() {
    SQLException h2 =
        new SQLNonTransientConnectionException(
            "Database may be already in use: \"/srv/polku/db/polku.mv.db\". Possible solutions:"
                + " close all other connection(s); use the server mode [90020-232]",
            "90020",
            90020);
    RuntimeException thrown = new BeanCreationException("flyway", "Could not get Connection", h2);

    assertThat(StartupFailure.recognise(thrown, StartupSettings.UNKNOWN))
        .hasValueSatisfying(
            f -> {
              assertThat(f.code()).isEqualTo(StartupCodes.DATA_FOLDER_IN_USE);
              assertThat(f.text().en()).contains("The data folder /srv/polku is in use");
            });
  }

  @Test
  void otherFailuresAreLeftToSpringsOwnReport() {
    RuntimeException other = new IllegalStateException("polku.limits.max-count must be positive");

    assertThat(StartupFailure.recognise(other, StartupSettings.UNKNOWN)).isEmpty();
    assertThat(new StartupFailureReporter(null).reportException(other)).isFalse();
  }

  @Test
  void theReporterTakesAStartupFailureSoSpringLogsNoStackTraceOfIt() {
    RuntimeException thrown = new IllegalStateException(new PortInUseException(18099));

    assertThat(new StartupFailureReporter(null).reportException(thrown)).isTrue();
  }

  @Test
  void anAddressOfIpv6IsBracketedBeforeItsPort() {
    assertThat(StartupChecks.hostPort("::1", 8080)).isEqualTo("[::1]:8080");
    assertThat(StartupChecks.hostPort("127.0.0.1", 8080)).isEqualTo("127.0.0.1:8080");
  }
}
