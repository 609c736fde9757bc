package fi.polku.hub.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fi.polku.hub.problem.StartupCodes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.validation.ValidationBindHandler;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/**
 * A {@code polku.*} setting the hub refuses stops the start as POLKU-HUB-1002, naming the setting,
 * the value as given and the rule, with exit status 2: checked before the hub starts, and
 * recognised in the hub's own binding failure alike.
 */
class InvalidSettingStartupTest {

  @Test
  void aValueBelowItsMinimumIsRefusedNamingTheSettingTheValueAndTheRule() {
    StartupFailure f = checking("polku.limits.max-bundle-entries", "-5");

    assertThat(f.code()).isEqualTo(StartupCodes.SETTING_INVALID);
    assertThat(f.code().exitStatus()).isEqualTo(2);
    assertThat(f.getMessage())
        .isEqualTo(
            "POLKU-HUB-1002: The setting polku.limits.max-bundle-entries cannot be \"-5\": it must"
                + " be at least 1. Correct it where it is given: on the command line, in an"
                + " environment variable or in application.properties.");
    assertThat(f.text().fi())
        .startsWith("Asetuksen polku.limits.max-bundle-entries arvo \"-5\" ei kelpaa:")
        .contains("vähintään 1");
    assertThat(f.text().sv()).contains("minst 1");
  }

  @Test
  void aValueAboveItsMaximumIsRefusedWithTheMaximum() {
    StartupFailure f = checking("polku.server.port", "70000");

    assertThat(f.getMessage())
        .contains("The setting polku.server.port cannot be \"70000\": it must be at most 65535.");
  }

  @Test
  void aValueOfTheWrongTypeIsRefusedSayingWhatItMustBe() {
    StartupFailure f = checking("polku.server.port", "abc");

    assertThat(f.code()).isEqualTo(StartupCodes.SETTING_INVALID);
    assertThat(f.getMessage())
        .contains("The setting polku.server.port cannot be \"abc\": it must be a whole number.");
    assertThat(f.text().fi()).contains("kokonaisluku");
  }

  @Test
  void aDurationThatIsNoneIsRefusedWithAnExample() {
    StartupFailure f = checking("polku.search.sync-margin", "soon");

    assertThat(f.getMessage()).contains("\"soon\": it must be a duration such as 30s or 5m.");
  }

  @Test
  void anEmptyRequiredValueIsRefused() {
    StartupFailure f = checking("polku.server.bind", " ");

    assertThat(f.getMessage()).contains("polku.server.bind cannot be \" \": it must not be empty");
  }

  @Test
  void aValueTheSettingsOwnCheckRefusesIsToldWithItsRule() {
    StartupFailure f = checking("polku.search.writer-buffer", "4GB");

    assertThat(f.getMessage())
        .contains(
            "The setting polku.search.writer-buffer cannot be \"4096MB\": it must lie between 1MB"
                + " and 2047MB.");
  }

  @Test
  void anArchiveLimitWithoutItsUnitIsToldWithItsRule() {
    // "16" is 16 bytes: every ZIP export would be refused.
    StartupFailure f = checking("polku.load.max-archive-size", "16");

    assertThat(f.code()).isEqualTo(StartupCodes.SETTING_INVALID);
    assertThat(f.getMessage())
        .contains(
            "The setting polku.load.max-archive-size cannot be \"16B\": it must be at least 1MB");
  }

  @Test
  void validSettingsPassTheCheck() {
    MockEnvironment env = new MockEnvironment().withProperty("polku.limits.max-count", "500");

    PolkuProperties props = StartupChecks.checkSettings(env, StartupSettings.of(env));

    assertThat(props.limits().maxCount()).isEqualTo(500);
  }

  @Test
  void theHubsOwnBindingFailureIsRecognisedAsTheCheckTellsIt() {
    MockEnvironment env =
        new MockEnvironment().withProperty("polku.limits.max-bundle-entries", "-5");
    // As the hub binds its settings: Spring's validator, the binding failure inside a bean's.
    BindException bind;
    try (LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean()) {
      validator.afterPropertiesSet();
      bind =
          catchThrowableOfType(
              () ->
                  Binder.get(env)
                      .bindOrCreate(
                          "polku",
                          Bindable.of(PolkuProperties.class),
                          new ValidationBindHandler(validator)),
              BindException.class);
    }
    RuntimeException thrown =
        new BeanCreationException("polku-fi.polku.hub.app.PolkuProperties", "Could not bind", bind);

    assertThat(StartupFailure.recognise(thrown, StartupSettings.of(env)))
        .hasValueSatisfying(
            f -> {
              assertThat(f.code()).isEqualTo(StartupCodes.SETTING_INVALID);
              assertThat(f.getMessage())
                  .contains(
                      "polku.limits.max-bundle-entries cannot be \"-5\": it must be at least 1");
              assertThat(f.getCause()).isSameAs(thrown);
            });
  }

  @Test
  void anAddressThatIsNoneOfThisMachineIsRefusedNamingTheSetting() {
    InvalidSettingException e =
        catchThrowableOfType(
            () -> StartupChecks.checkPort("no-such-host.invalid", 18101),
            InvalidSettingException.class);

    assertThat(StartupFailure.recognise(e, StartupSettings.UNKNOWN))
        .hasValueSatisfying(
            f ->
                assertThat(f.getMessage())
                    .contains(
                        "polku.server.bind cannot be \"no-such-host.invalid\": it is not an"
                            + " address or name of this machine"));
  }

  private static StartupFailure checking(String setting, String value) {
    MockEnvironment env = new MockEnvironment().withProperty(setting, value);
    return catchThrowableOfType(
        () -> StartupChecks.checkSettings(env, StartupSettings.of(env)), StartupFailure.class);
  }
}
