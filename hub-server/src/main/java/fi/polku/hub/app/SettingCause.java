package fi.polku.hub.app;

import fi.polku.hub.problem.StartupCodes;
import fi.polku.validation.api.Text;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.DataObjectPropertyName;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.context.properties.bind.validation.ValidationErrors;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * A {@code polku.*} setting the hub refuses (POLKU-HUB-1002): a value Spring cannot convert to the
 * setting's type ({@code --polku.server.port=abc}), one that breaks a Bean Validation constraint of
 * {@link PolkuProperties} ({@code --polku.limits.max-bundle-entries=-5}), or one a check of the
 * hub's own refuses ({@link InvalidSettingException}). When several are wrong, the first is told.
 */
final class SettingCause implements StartupCause {

  @Override
  public Optional<StartupFailure> recognise(
      Throwable link, Throwable thrown, StartupSettings settings) {
    if (link instanceof InvalidSettingException own) {
      return Optional.of(failure(own.setting(), own.value(), own.rule(), thrown));
    }
    if (!(link instanceof BindException bind)) {
      return Optional.empty();
    }
    // A record's own check, thrown while the binder constructed it, says more than the binder.
    Optional<InvalidSettingException> own = StartupCauses.find(bind, InvalidSettingException.class);
    if (own.isPresent()) {
      return Optional.of(failure(own.get().setting(), own.get().value(), own.get().rule(), thrown));
    }
    Optional<BindValidationException> invalid =
        StartupCauses.find(bind, BindValidationException.class);
    if (invalid.isPresent()) {
      return validation(invalid.get().getValidationErrors(), thrown);
    }
    Optional<ConversionFailedException> unconverted =
        StartupCauses.find(bind, ConversionFailedException.class);
    if (unconverted.isPresent() && bind.getProperty() != null) {
      ConfigurationProperty p = bind.getProperty();
      Class<?> type = unconverted.get().getTargetType().getType();
      return Optional.of(
          failure(
              p.getName().toString(),
              String.valueOf(p.getValue()),
              SettingRules.ofType(type),
              thrown));
    }
    return Optional.empty();
  }

  /** The first constraint violation of {@code errors}, naming the setting as it is written. */
  private static Optional<StartupFailure> validation(ValidationErrors errors, Throwable thrown) {
    if (errors.getAllErrors().isEmpty()) {
      return Optional.empty();
    }
    ObjectError first = errors.getAllErrors().get(0);
    if (!(first instanceof FieldError field)) {
      return Optional.of(
          failure(
              errors.getName().toString(),
              "",
              SettingRules.stated(String.valueOf(first.getDefaultMessage())),
              thrown));
    }
    String setting = errors.getName() + "." + DataObjectPropertyName.toDashedForm(field.getField());
    // The text as given ("-5"), which the rejected value (after conversion) may no longer be.
    String value =
        errors.getBoundProperties().stream()
            .filter(p -> p.getName().toString().equals(setting))
            .map(p -> String.valueOf(p.getValue()))
            .findFirst()
            .orElse(String.valueOf(field.getRejectedValue()));
    return Optional.of(failure(setting, value, rule(field), thrown));
  }

  /** The rule of the constraint that {@code error} breaks. */
  private static Text rule(FieldError error) {
    Object[] args = error.getArguments();
    Object bound = args != null && args.length > 1 ? args[1] : null;
    return switch (String.valueOf(error.getCode())) {
      case "Min" -> bound != null ? SettingRules.atLeast(bound) : stated(error);
      case "Max" -> bound != null ? SettingRules.atMost(bound) : stated(error);
      case "NotNull", "NotBlank", "NotEmpty" -> SettingRules.notEmpty();
      default -> stated(error);
    };
  }

  private static Text stated(FieldError error) {
    return SettingRules.stated(String.valueOf(error.getDefaultMessage()));
  }

  private static StartupFailure failure(String setting, String value, Text rule, Throwable thrown) {
    return new StartupFailure(
        StartupCodes.SETTING_INVALID,
        Map.of("setting", setting, "value", Redaction.value(setting, value)),
        Map.of("rule", rule),
        thrown);
  }
}
