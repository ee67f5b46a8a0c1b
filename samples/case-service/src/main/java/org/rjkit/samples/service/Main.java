package org.rjkit.samples.service;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./rjkit serve [--port N] [--database JDBC-URL] [--host ADDRESS]} and
 * {@code ./rjkit token --role ROLE [--participant ID] [--subject NAME]}.
 *
 * <p>Both use the working directory: the default H2 database and the token key file live there
 * (or the directory given with {@code --dir}).
 */
public final class Main {

  static final int OK = 0;
  static final int USAGE = 64;
  static final int FAILURE = 1;

  private Main() {}

  /**
   * Runs a command.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != OK || args.length == 0 || !args[0].equals("serve")) {
      System.exit(status);
    }
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0) {
      err.println(usage());
      return USAGE;
    }
    Options o;
    try {
      o = Options.parse(List.of(args).subList(1, args.length));
    } catch (IllegalArgumentException e) {
      err.println("rjkit: " + e.getMessage());
      err.println(usage());
      return USAGE;
    }
    Optional<String> envKey = Optional.ofNullable(System.getenv("RJKIT_TOKEN_KEY"));
    switch (args[0]) {
      case "token": {
        if (o.role.isEmpty()) {
          err.println("rjkit: token needs --role ROLE (one of FACILITATOR, PROGRAMME_STAFF,"
              + " PARTICIPANT, PAROLE_BOARD, RESEARCHER, AUDITOR)");
          return USAGE;
        }
        try {
          CallerRole role = CallerRole.valueOf(o.role.get());
          String subject = o.subject.orElse(role.name().toLowerCase(java.util.Locale.ROOT)
              + o.participant.map(p -> ":" + p).orElse(""));
          Caller caller = new Caller(subject, role, o.participant);
          Tokens tokens = new Tokens(Tokens.key(envKey, o.dir), Clock.systemUTC());
          out.println(tokens.issue(caller));
          return OK;
        } catch (IllegalArgumentException | IllegalStateException e) {
          err.println("rjkit: " + e.getMessage());
          return USAGE;
        }
      }
      case "serve": {
        String url = o.database.orElse(Database.defaultUrl(o.dir));
        try {
          Database db = Database.open(url);
          Clock clock = Clock.systemUTC();
          Tokens tokens = new Tokens(Tokens.key(envKey, o.dir), clock);
          CaseService service = CaseService.start(new CaseStore(db.pool(), clock,
              CaseStore.BetweenWrites.NONE), tokens, clock, o.host, o.port);
          Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.close();
            db.close();
          }));
          out.println("rjkit service listening on http://" + o.host + ":" + service.port()
              + "/ (database: " + Database.dialectOf(url) + ")");
          out.flush();
          new CountDownLatch(1).await();
          return OK;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return OK;
        } catch (RuntimeException e) {
          err.println("rjkit: the service could not start (" + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
          return FAILURE;
        }
      }
      default:
        err.println("rjkit: unknown command " + args[0]);
        err.println(usage());
        return USAGE;
    }
  }

  static String usage() {
    return "usage: rjkit serve [--port N] [--database JDBC-URL] [--host ADDRESS] [--dir PATH]\n"
        + "       rjkit token --role ROLE [--participant ID] [--subject NAME] [--dir PATH]";
  }

  /** The options of both commands. */
  static final class Options {
    int port = 8080;
    String host = "127.0.0.1";
    Optional<String> database = Optional.empty();
    Optional<String> role = Optional.empty();
    Optional<String> participant = Optional.empty();
    Optional<String> subject = Optional.empty();
    Path dir = Path.of("").toAbsolutePath();

    static Options parse(List<String> args) {
      Options o = new Options();
      List<String> rest = new ArrayList<>(args);
      while (!rest.isEmpty()) {
        String name = rest.remove(0);
        if (rest.isEmpty()) {
          throw new IllegalArgumentException(name + " needs a value");
        }
        String value = rest.remove(0);
        switch (name) {
          case "--port" -> {
            try {
              o.port = Integer.parseInt(value);
            } catch (NumberFormatException e) {
              throw new IllegalArgumentException("--port must be a number from 0 to 65535");
            }
            if (o.port < 0 || o.port > 65535) {
              throw new IllegalArgumentException("--port must be a number from 0 to 65535");
            }
          }
          case "--host" -> o.host = value;
          case "--database" -> {
            if (!value.startsWith("jdbc:h2:") && !value.startsWith("jdbc:postgresql:")) {
              throw new IllegalArgumentException(
                  "--database must be a jdbc:h2: or jdbc:postgresql: URL");
            }
            o.database = Optional.of(value);
          }
          case "--role" -> o.role = Optional.of(value);
          case "--participant" -> o.participant = Optional.of(value);
          case "--subject" -> o.subject = Optional.of(value);
          case "--dir" -> o.dir = Path.of(value).toAbsolutePath();
          default -> throw new IllegalArgumentException("unknown option " + name);
        }
      }
      return o;
    }
  }
}
