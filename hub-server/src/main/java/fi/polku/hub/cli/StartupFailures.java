package fi.polku.hub.cli;

import fi.polku.hub.app.Redaction;
import fi.polku.hub.app.StartupFailure;
import fi.polku.hub.problem.StartupCode;
import fi.polku.hub.problem.StartupCodes;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * How a command tells an operator that it failed: a hub that cannot start for a reason with a
 * start-up code in one line with the code, and the code's exit status; any other failure with its
 * stack trace (needed to find the cause) and a last line naming the root cause, and status 1.
 * Installed for every command as picocli's execution exception handler.
 */
final class StartupFailures implements CommandLine.IExecutionExceptionHandler {

  /** The exit status of every other failure: picocli's. */
  static final int FAILED = 1;

  @Override
  public int handleExecutionException(
      Exception e, CommandLine command, CommandLine.ParseResult parsed) {
    int status = tell(command.getCommandSpec().qualifiedName(), e, command.getErr(), Map.of());
    // A command that documents no start-up statuses keeps to its own: a failure is 1.
    return command.getCommand() instanceof StartsHub ? status : FAILED;
  }

  /**
   * Tells {@code e} on {@code err}, each line starting with {@code command} ({@code polku serve}):
   * a {@link StartupFailure} in one line, followed by the line of {@code advice} for its code if
   * there is one, anything else as its stack trace and a line naming its root cause. Returns the
   * code's exit status, or {@link #FAILED}.
   */
  static int tell(String command, Exception e, PrintWriter err, Map<StartupCode, String> advice) {
    Optional<StartupFailure> failure = StartupFailure.in(e);
    if (failure.isPresent()) {
      StartupCode code = failure.get().code();
      err.println(command + ": " + failure.get().getMessage());
      if (advice.containsKey(code)) {
        err.println(command + ": " + advice.get(code));
      }
      err.flush();
      return code.exitStatus();
    }
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    err.print(Redaction.secretsIn(trace.toString()));
    err.println(command + ": failed: " + rootCause(e) + " (the root cause of the trace above)");
    err.flush();
    return FAILED;
  }

  /**
   * The innermost cause of {@code e}: its class and the first line of its message; when it has no
   * message (an {@code EOFException}), also the innermost cause above it that has one.
   */
  static String rootCause(Throwable e) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Throwable root = e;
    Throwable told = firstLine(e).isEmpty() ? null : e;
    while (root.getCause() != null && seen.add(root)) {
      root = root.getCause();
      if (!firstLine(root).isEmpty()) {
        told = root;
      }
    }
    String out = named(root);
    if (told != null && told != root) {
      out += ", in " + named(told);
    }
    return out;
  }

  private static String named(Throwable t) {
    String first = firstLine(t);
    return t.getClass().getName() + (first.isEmpty() ? "" : ": " + Redaction.secretsIn(first));
  }

  private static String firstLine(Throwable t) {
    return t.getMessage() == null ? "" : t.getMessage().lines().findFirst().orElse("").strip();
  }

  /**
   * Adds the start-up codes' exit statuses to the help of every {@link StartsHub} command under
   * {@code root}, after the command's own: a status the command also uses for something of its own
   * lists both.
   */
  static void listExitStatuses(CommandLine root) {
    Set<CommandLine> done = Collections.newSetFromMap(new IdentityHashMap<>());
    List<CommandLine> todo = new ArrayList<>(List.of(root));
    while (!todo.isEmpty()) {
      CommandLine command = todo.remove(todo.size() - 1);
      if (!done.add(command)) {
        continue;
      }
      if (command.getCommand() instanceof StartsHub) {
        listExitStatuses(command.getCommandSpec().usageMessage());
      }
      todo.addAll(command.getSubcommands().values());
    }
  }

  private static void listExitStatuses(UsageMessageSpec usage) {
    Map<String, String> list = new LinkedHashMap<>(usage.exitCodeList());
    list.putIfAbsent(
        Integer.toString(FAILED),
        "another failure: the stack trace, and a last line naming its root cause");
    for (StartupCode c : StartupCodes.all()) {
      list.merge(
          Integer.toString(c.exitStatus()),
          c.summary() + " (" + c.code() + ")",
          (own, startup) -> own + "; " + startup);
    }
    Map<String, String> sorted = new LinkedHashMap<>();
    list.entrySet().stream()
        .sorted(Comparator.comparingInt(entry -> status(entry.getKey())))
        .forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
    usage.exitCodeList(sorted);
    if (usage.exitCodeListHeading() == null || usage.exitCodeListHeading().isEmpty()) {
      usage.exitCodeListHeading("%nExit status:%n");
    }
  }

  /** The status a key of an exit code list names; one that names none goes last. */
  private static int status(String key) {
    try {
      return Integer.parseInt(key.strip());
    } catch (NumberFormatException e) {
      // A key of text ("other") rather than a number: listed after the numbers.
      return Integer.MAX_VALUE;
    }
  }
}
