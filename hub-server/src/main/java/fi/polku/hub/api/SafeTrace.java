package fi.polku.hub.api;

/**
 * A stack trace without exception messages, for the server log: messages of database and parser
 * exceptions can quote the values of a record (identity codes, names), which must not reach logs.
 */
final class SafeTrace {

  private static final int FRAMES = 25;

  private SafeTrace() {}

  static String of(Throwable t) {
    StringBuilder b = new StringBuilder();
    int depth = 0;
    for (Throwable c = t; c != null && depth < 10; c = c.getCause(), depth++) {
      b.append(depth == 0 ? "" : "Caused by: ").append(c.getClass().getName()).append('\n');
      StackTraceElement[] frames = c.getStackTrace();
      for (int i = 0; i < Math.min(FRAMES, frames.length); i++) {
        b.append("\tat ").append(frames[i]).append('\n');
      }
      if (frames.length > FRAMES) {
        b.append("\t... ").append(frames.length - FRAMES).append(" more\n");
      }
    }
    return b.toString();
  }
}
