package fi.polku.hub.app;

import java.lang.reflect.RecordComponent;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.stereotype.Component;

/**
 * Warns at start-up about {@code polku.*} keys that {@link PolkuProperties} does not define: a
 * misspelt setting would otherwise be ignored silently and the default used.
 */
@Component
class UnknownPropertyWarning implements ApplicationListener<ApplicationReadyEvent> {

  private static final Logger LOG = LoggerFactory.getLogger(UnknownPropertyWarning.class);

  @Override
  public void onApplicationEvent(ApplicationReadyEvent event) {
    for (String key :
        unknown((ConfigurableEnvironment) event.getApplicationContext().getEnvironment())) {
      LOG.warn(
          "Unknown setting {} is ignored (see docs/operations.md for the polku.* settings)", key);
    }
  }

  /** The {@code polku.*} (or {@code POLKU_*}) keys of {@code env} that are not settings. */
  static Set<String> unknown(ConfigurableEnvironment env) {
    Set<String> known = new TreeSet<>();
    for (String k : known()) {
      known.add(normalized(k));
    }
    Set<String> out = new TreeSet<>();
    for (PropertySource<?> source : env.getPropertySources()) {
      if (source instanceof EnumerablePropertySource<?> e) {
        for (String name : e.getPropertyNames()) {
          String lower = name.toLowerCase(java.util.Locale.ROOT);
          if ((lower.startsWith("polku.") || lower.startsWith("polku_"))
              && !known.contains(normalized(name))) {
            out.add(name);
          }
        }
      }
    }
    return out;
  }

  /**
   * A key as relaxed binding sees it: {@code POLKU_LIMITS_MAX_COUNT}, {@code polku.limits.maxCount}
   * and {@code polku.limits.max-count} are the same, and list elements ({@code
   * polku.identifiers.unique[0]}) belong to their list.
   */
  static String normalized(String key) {
    return key.replaceAll("\\[\\d+]$", "")
        .replaceAll("_\\d+$", "")
        .replaceAll("[-_.]", "")
        .toLowerCase(java.util.Locale.ROOT);
  }

  /** Every settings key in canonical form ({@code polku.limits.max-count}). */
  static Set<String> known() {
    Set<String> out = new TreeSet<>();
    collect("polku", PolkuProperties.class, out);
    return out;
  }

  private static void collect(String prefix, Class<?> type, Set<String> out) {
    for (RecordComponent c : type.getRecordComponents()) {
      String key = prefix + "." + kebab(c.getName());
      if (c.getType().isRecord()) {
        collect(key, c.getType(), out);
      } else {
        out.add(key);
      }
    }
  }

  private static String kebab(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
  }
}
