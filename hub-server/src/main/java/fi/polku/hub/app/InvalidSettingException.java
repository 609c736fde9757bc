package fi.polku.hub.app;

import fi.polku.validation.api.Text;

/**
 * A setting's value that the hub refuses, with the rule it breaks: a check that Bean Validation's
 * annotations cannot express, made where the value is read. When it stops the start it is told as
 * POLKU-HUB-1002, naming the setting, the value and the rule.
 */
final class InvalidSettingException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String setting;
  private final String value;
  private final transient Text rule;

  /**
   * @param setting the setting's name, {@code polku.search.writer-buffer}
   * @param value the refused value as text (hidden when the setting is a secret)
   * @param rule the rule it breaks, from {@link SettingRules}
   */
  InvalidSettingException(String setting, String value, Text rule) {
    this(setting, value, rule, null);
  }

  /** As {@link #InvalidSettingException(String, String, Text)}, shown by {@code cause}. */
  InvalidSettingException(String setting, String value, Text rule, Throwable cause) {
    super(setting + " cannot be \"" + Redaction.value(setting, value) + "\": " + rule.en(), cause);
    this.setting = setting;
    this.value = Redaction.value(setting, value);
    this.rule = rule;
  }

  /** The setting's name. */
  String setting() {
    return setting;
  }

  /** The refused value as it may be shown. */
  String value() {
    return value;
  }

  /** The rule the value breaks. */
  Text rule() {
    return rule;
  }
}
