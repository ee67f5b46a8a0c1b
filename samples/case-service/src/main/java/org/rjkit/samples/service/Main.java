package org.rjkit.samples.service;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.rjkit.core.language.Language;

/**
 * {@code ./rjkit serve [--port N] [--database JDBC-URL] [--host ADDRESS]} and
 * {@code ./rjkit token --role ROLE [--participant ID] [--subject NAME]}, each with
 * {@code [--lang en|fr]}: every word either prints comes from the service's bundle in that
 * language.
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
    // The language is read first, so that every word below follows --lang, usage and errors too.
    Language language = Options.language(List.of(args));
    if (args.length == 0 || args[0].startsWith("--")) {
      err.println(usage(language));
      return USAGE;
    }
    Options o;
    try {
      o = Options.parse(List.of(args).subList(1, args.length));
    } catch (CommandLineException e) {
      err.println(e.in(language));
      err.println(usage(language));
      return USAGE;
    }
    Optional<String> envKey = Optional.ofNullable(System.getenv("RJKIT_TOKEN_KEY"));
    switch (args[0]) {
      case "token": {
        try {
          Caller caller = o.caller();
          Tokens tokens = new Tokens(key(envKey, o.dir), Clock.systemUTC());
          out.println(tokens.issue(caller));
          return OK;
        } catch (CommandLineException e) {
          err.println(e.in(language));
          return USAGE;
        }
      }
      case "serve": {
        String url = o.database.orElse(Database.defaultUrl(o.dir));
        try {
          Database db = Database.open(url);
          Clock clock = Clock.systemUTC();
          Tokens tokens = new Tokens(key(envKey, o.dir), clock);
          CaseService service = CaseService.start(new CaseStore(db.pool(), clock,
              CaseStore.BetweenWrites.NONE), tokens, clock, o.host, o.port);
          Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.close();
            db.close();
          }));
          out.println(ServiceText.format(language, "cli.listening", o.host,
              String.valueOf(service.port()), Database.dialectOf(url)));
          out.flush();
          new CountDownLatch(1).await();
          return OK;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return OK;
        } catch (CommandLineException e) {
          err.println(e.in(language));
          return USAGE;
        } catch (RuntimeException e) {
          // The exception's own message is a developer's text (JDBC, the HTTP server): only its
          // kind is shown, in the reader's language around it.
          err.println(ServiceText.format(language, "cli.notStarted",
              e.getClass().getSimpleName()));
          return FAILURE;
        }
      }
      default:
        err.println("rjkit: " + ServiceText.format(language, "cli.unknownCommand", args[0]));
        err.println(usage(language));
        return USAGE;
    }
  }

  /** The token key, or a mistake the person can mend, in words of the bundle. */
  private static byte[] key(Optional<String> environment, Path dir) {
    if (environment.isPresent()
        && environment.get().getBytes(StandardCharsets.UTF_8).length < 32) {
      throw new CommandLineException("cli.key.short");
    }
    try {
      return Tokens.key(environment, dir);
    } catch (UncheckedIOException | IllegalStateException e) {
      throw new CommandLineException("cli.key.file", dir.resolve(Tokens.KEY_FILE).toString());
    }
  }

  static String usage(Language language) {
    return ServiceText.format(language, "cli.usage");
  }

  /** A mistake on the command line: a key of the service's bundle and its arguments. */
  static final class CommandLineException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final transient Object[] arguments;

    CommandLineException(String key, Object... arguments) {
      super(key, null, false, false);
      this.key = key;
      this.arguments = arguments.clone();
    }

    /** The line shown to the person, {@code rjkit: …}, in a language. */
    String in(Language language) {
      return "rjkit: " + ServiceText.format(language, key, arguments);
    }
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
          throw new CommandLineException("cli.needsValue", name);
        }
        String value = rest.remove(0);
        switch (name) {
          case "--port" -> {
            try {
              o.port = Integer.parseInt(value);
            } catch (NumberFormatException e) {
              throw new CommandLineException("cli.port");
            }
            if (o.port < 0 || o.port > 65535) {
              throw new CommandLineException("cli.port");
            }
          }
          case "--host" -> o.host = value;
          case "--database" -> {
            if (!value.startsWith("jdbc:h2:") && !value.startsWith("jdbc:postgresql:")) {
              throw new CommandLineException("cli.database");
            }
            o.database = Optional.of(value);
          }
          case "--role" -> o.role = Optional.of(value);
          case "--participant" -> o.participant = Optional.of(value);
          case "--subject" -> o.subject = Optional.of(value);
          case "--dir" -> o.dir = Path.of(value).toAbsolutePath();
          case "--lang" -> {
            if (!value.equals("en") && !value.equals("fr")) {
              throw new CommandLineException("cli.lang", value);
            }
          }
          default -> throw new CommandLineException("cli.unknownOption", name);
        }
      }
      return o;
    }

    /** The language {@code --lang} names (the last one given), English otherwise. */
    static Language language(List<String> args) {
      Language language = Language.EN;
      for (int i = 0; i + 1 < args.size(); i++) {
        if (args.get(i).equals("--lang") && args.get(i + 1).equals("fr")) {
          language = Language.FR;
        } else if (args.get(i).equals("--lang")) {
          language = Language.EN;
        }
      }
      return language;
    }

    /** The caller a token is issued for, its role, participant and subject checked. */
    Caller caller() {
      if (role.isEmpty()) {
        throw new CommandLineException("cli.token.role", roles());
      }
      CallerRole known = Arrays.stream(CallerRole.values())
          .filter(r -> r.name().equals(role.get())).findFirst()
          .orElseThrow(() -> new CommandLineException("cli.token.unknownRole", role.get(),
              roles()));
      if (participant.isPresent() != (known == CallerRole.PARTICIPANT)) {
        throw new CommandLineException("cli.token.participant");
      }
      String name = subject.orElse(known.name().toLowerCase(Locale.ROOT)
          + participant.map(p -> ":" + p).orElse(""));
      if (!Tokens.isName(name)) {
        throw new CommandLineException("cli.token.subject");
      }
      if (participant.isPresent() && !Tokens.isName(participant.get())) {
        throw new CommandLineException("cli.token.participantId");
      }
      return new Caller(name, known, participant);
    }

    private static String roles() {
      return Arrays.stream(CallerRole.values()).map(r -> "\u00ab " + r.name() + " \u00bb")
          .collect(Collectors.joining(", "));
    }
  }
}
