package fi.polku.hub.cli;

import java.util.Locale;
import picocli.CommandLine;

/**
 * A benchmark's {@code --warmup}: {@code auto} (until the JIT compiler has settled, see {@link
 * JitSettling}), {@code none}, or, where a command takes one, a fixed number of resources.
 *
 * @param auto whether the warm-up runs until the compiler has settled
 * @param count the fixed number of resources when not auto (0 for none)
 */
record WarmupOption(boolean auto, int count) {

  /** Until the compiler has settled. */
  static final WarmupOption AUTO = new WarmupOption(true, 0);

  /** No warm-up. */
  static final WarmupOption NONE = new WarmupOption(false, 0);

  /** Whether there is no warm-up at all. */
  boolean none() {
    return !auto && count == 0;
  }

  @Override
  public String toString() {
    return auto ? "auto" : count == 0 ? "none" : Integer.toString(count);
  }

  /** {@code auto}, {@code none} or a number of resources (0 is none). */
  static final class WithCount implements CommandLine.ITypeConverter<WarmupOption> {
    @Override
    public WarmupOption convert(String value) {
      WarmupOption named = named(value);
      if (named != null) {
        return named;
      }
      String digits = value.trim();
      if (!digits.matches("\\d{1,9}")) {
        throw new CommandLine.TypeConversionException(
            "'" + value + "' is not auto, none or a number of resources");
      }
      int count = Integer.parseInt(digits);
      return count == 0 ? NONE : new WarmupOption(false, count);
    }
  }

  /** {@code auto} or {@code none}. */
  static final class AutoOrNone implements CommandLine.ITypeConverter<WarmupOption> {
    @Override
    public WarmupOption convert(String value) {
      WarmupOption named = named(value);
      if (named == null) {
        throw new CommandLine.TypeConversionException("'" + value + "' is not auto or none");
      }
      return named;
    }
  }

  private static WarmupOption named(String value) {
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "auto" -> AUTO;
      case "none" -> NONE;
      default -> null;
    };
  }
}
