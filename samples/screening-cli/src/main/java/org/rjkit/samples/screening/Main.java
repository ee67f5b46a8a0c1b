package org.rjkit.samples.screening;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.rjkit.core.language.Language;
import org.rjkit.core.language.Messages;

/**
 * The {@code ./rjkit} command line: screens restorative justice cases against programmes.
 *
 * <pre>
 *   ./rjkit screen [--programme ID] [--as-of DATE] [--lang en|fr] [--format text|json] PATH...
 *   ./rjkit programmes
 *   ./rjkit rulebook [--lang en|fr] [--out DIR]
 *   ./rjkit conformance [--http URL] [--out FILE]
 *   ./rjkit history check [--lang en|fr] FILE
 *   ./rjkit history view --recipient KIND[:ID] --purpose PURPOSE [--lang en|fr] FILE
 * </pre>
 *
 * <p>Exit status 0 when every request was decided (whatever the outcomes), 2 when any input or
 * argument was invalid, 1 otherwise.
 */
public final class Main {

  /** Every request was decided. */
  public static final int OK = 0;
  /** Something went wrong that is not the input's fault. */
  public static final int FAILURE = 1;
  /** An input or an argument was invalid. */
  public static final int INVALID_INPUT = 2;

  private Main() {}

  /**
   * Runs the command line and exits with its status.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    warmUp(args);
    // Buffered: a caseload's decisions reach the file in large writes (run flushes the stream
    // before every error line, so that a terminal shows both in order).
    PrintStream out = new PrintStream(new java.io.BufferedOutputStream(
        new java.io.FileOutputStream(java.io.FileDescriptor.out), 1 << 16),
        false, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err),
        true, StandardCharsets.UTF_8);
    boolean progress = Boolean.parseBoolean(System.getProperty("rjkit.stderr.tty", "false"));
    int status = run(args, out, err, progress);
    out.flush();
    System.exit(status);
  }

  /**
   * Starts, on a daemon thread, the two slowest steps of a first decision that depend on nothing
   * of rjkit's: Jackson's {@code ObjectMapper} class (its static date format reads the locale
   * provider's calendar data) and, for an English run, the core and eligibility message
   * bundles (up to the one that names the outcomes). The main and screening threads meanwhile
   * read the arguments, the file and the case; whichever thread comes second waits for (or
   * reuses) what the other did, so the output is the same. The thread touches no rjkit class but
   * {@code Language} and {@code Messages}, whose initialisers use only the JDK, so it cannot
   * enter a cycle of class initialisers with the other threads. {@code -Drjkit.startup.warm=false}
   * turns it off.
   */
  private static void warmUp(String[] args) {
    if (!Boolean.parseBoolean(System.getProperty("rjkit.startup.warm", "true"))) {
      return;
    }
    boolean english = !java.util.Arrays.asList(args).contains("--lang");
    Thread warm = new Thread(() -> {
      try {
        Class.forName("com.fasterxml.jackson.databind.ObjectMapper", true,
            Main.class.getClassLoader());
        if (english) {
          org.rjkit.core.language.Messages.has(org.rjkit.core.language.Language.EN,
              "Outcome.ELIGIBLE");
        }
      } catch (Throwable ignored) {
        // only a warm-up: the run does the same work itself and reports any failure
      }
    }, "rjkit-warm");
    warm.setDaemon(true);
    warm.start();
  }

  /**
   * Runs the command line.
   *
   * @param args the arguments, not null
   * @param out where decisions and listings go, not null
   * @param err where errors (and progress) go, not null
   * @param progress whether to show progress on {@code err} (it is a terminal)
   * @return the exit status
   */
  public static int run(String[] args, PrintStream out, PrintStream err, boolean progress) {
    Language language = Arguments.requestedLanguage(args);
    if (args.length > 0 && org.rjkit.samples.rulebook.command.Commands.handles(args[0])) {
      try {  // rulebook, conformance: the rule book module's own commands
        return org.rjkit.samples.rulebook.command.Commands.run(args, out, err);
      } catch (RuntimeException e) {
        internalError(err, language, e);
        return FAILURE;
      } finally {
        out.flush();
      }
    }
    if (args.length > 0 && args[0].equals("history")) {
      return HistoryCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), out, err);
    }
    Arguments arguments;
    try {
      arguments = Arguments.parse(args);
    } catch (Arguments.UsageException e) {
      err.println(Messages.format(language, "cli.error", e.text()));
      err.print(Arguments.usage(language));
      return INVALID_INPUT;
    }
    try {
      return switch (arguments.command()) {
        case HELP -> {
          out.print(Arguments.usage(arguments.language()));
          yield OK;
        }
        case PROGRAMMES -> RuleSets.registry(arguments.ruleSets(), err, arguments.language())
            .map(registry -> ProgrammeListing.print(arguments, out, registry))
            .orElse(INVALID_INPUT);
        case SCREEN -> RuleSets.registry(arguments.ruleSets(), err, arguments.language())
            .map(registry -> new ScreeningRun(arguments, out, err, progress, registry).run())
            .orElse(INVALID_INPUT);
      };
    } catch (RuntimeException e) {
      // Never a stack trace and never a message that might carry input: the kind of failure only.
      internalError(err, language, e);
      return FAILURE;
    } finally {
      out.flush();
    }
  }

  /** Prints {@code rjkit: internal error (KIND)}: the kind of failure only, never its message. */
  private static void internalError(PrintStream err, Language language, RuntimeException e) {
    err.println(Messages.format(language, "cli.error",
        Messages.format(language, "cli.internalError", e.getClass().getSimpleName())));
  }
}
