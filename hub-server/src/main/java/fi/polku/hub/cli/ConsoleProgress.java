package fi.polku.hub.cli;

import fi.polku.mapping.load.Progress;
import fi.polku.mapping.load.ProgressListener;
import java.io.PrintWriter;

/**
 * Shows a load's progress: on a terminal a bar redrawn in place (rows/s, ETA); otherwise (a log, a
 * pipe) a plain line every few seconds.
 */
final class ConsoleProgress implements ProgressListener {

  private static final int WIDTH = 30;
  private static final long PLAIN_EVERY_MILLIS = 5_000;

  private final PrintWriter out;
  private final boolean terminal;
  private long lastPlain;
  private boolean drawn;

  ConsoleProgress(PrintWriter out, boolean terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  /** Whether standard output is a terminal. */
  static boolean isTerminal() {
    return System.console() != null;
  }

  @Override
  public synchronized void progress(Progress p) {
    if (terminal) {
      out.print("\r" + bar(p) + "\u001b[K");
      out.flush();
      drawn = true;
    } else if (p.elapsedMillis() - lastPlain >= PLAIN_EVERY_MILLIS) {
      lastPlain = p.elapsedMillis();
      out.println("progress: " + text(p));
      out.flush();
    }
  }

  /** Ends the bar's line before the report is printed. */
  synchronized void finish() {
    if (drawn) {
      out.println();
      out.flush();
      drawn = false;
    }
  }

  static String bar(Progress p) {
    StringBuilder b = new StringBuilder("[");
    if (p.total() > 0) {
      int filled = (int) Math.min(WIDTH, WIDTH * p.position() / p.total());
      b.append("#".repeat(filled)).append("-".repeat(WIDTH - filled));
    } else {
      int at = (int) ((p.elapsedMillis() / 200) % WIDTH);
      b.append("-".repeat(at)).append('#').append("-".repeat(WIDTH - at - 1));
    }
    return b.append("] ").append(text(p)).toString();
  }

  static String text(Progress p) {
    String eta = p.etaSeconds() < 0 ? "?" : duration(p.etaSeconds());
    return String.format(
        java.util.Locale.ROOT,
        "%s read=%d written=%d rejected=%d %.0f rows/s ETA %s",
        p.entity(),
        p.read(),
        p.written(),
        p.rejected(),
        p.rowsPerSecond(),
        eta);
  }

  static String duration(long seconds) {
    return seconds >= 3600
        ? String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
        : String.format("%d:%02d", seconds / 60, seconds % 60);
  }
}
