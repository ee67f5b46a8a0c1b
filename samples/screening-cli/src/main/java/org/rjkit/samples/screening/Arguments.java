package org.rjkit.samples.screening;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rjkit.core.internal.Identifier;
import org.rjkit.core.language.InvalidLanguageTagException;
import org.rjkit.core.language.Language;

/**
 * The command line, parsed: {@code screen [--programme ID] [--as-of DATE] [--lang en|fr]
 * [--format text|json] PATH...}, {@code programmes [--lang en|fr]} or {@code help}.
 *
 * @param command what to do
 * @param programme overrides every request's programme, when given
 * @param asOf overrides every request's date, when given
 * @param language the language of text output and reasons
 * @param format text or JSON Lines
 * @param ruleSets vendor rule-set documents to register beside the built-in programmes
 * @param paths files and folders to screen
 */
record Arguments(Command command, Optional<String> programme, Optional<LocalDate> asOf,
    Language language, Format format, List<Path> ruleSets, List<Path> paths) {

  /** What the command line asks for. */
  enum Command { SCREEN, PROGRAMMES, HELP }

  /** Output format. */
  enum Format { TEXT, JSON, SUMMARY }

  static final String USAGE = """
      usage: rjkit screen [--programme ID] [--as-of YYYY-MM-DD] [--lang en|fr] [--format text|json]
                          [--rule-set FILE]... PATH...
             rjkit programmes [--lang en|fr] [--format text|json] [--rule-set FILE]...
             rjkit rulebook [--lang en|fr] [--out DIR] [--book DIR]
             rjkit conformance [--http URL [--token TOKEN]] [--out FILE] [--book DIR | --cases FILE]
                               [--export FILE]
             rjkit help

        screen      reads screening requests from JSON files, JSON Lines files (.jsonl, .ndjson)
                    or folders of them, and prints one decision per request, in input order
        programmes  lists the programmes, their versions and citations
        rulebook    runs the rule book's examples (rulebook/*.md) and renders it as HTML
        conformance runs the conformance kit against the Java API or, with --http, a service
                    (--token TOKEN or RJKIT_TOKEN: sent as Authorization: Bearer TOKEN)

        --programme ID   screen every request against this programme instead of its own
        --as-of DATE     decide every request for this date instead of its own
        --lang en|fr     language of the reasons (default en)
        --format F       text (default) or json: one decision (or programme) per line;
                         summary (screen only): one line per decision, tab-separated: case id,
                         outcome, rules not met (RULE=STATUS), missing facts
        --rule-set FILE  register a vendor's own programme (a JSON rule-set document) beside
                         the built-in ones; may be repeated

      exit status: 0 every request was decided, 2 an input or argument was invalid, 1 otherwise
      """;

  /** A command line that cannot be understood; the message names the argument, not its value. */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message, null, false, false);
    }
  }

  static Arguments parse(String... args) {
    if (args.length == 0) {
      return new Arguments(Command.HELP, Optional.empty(), Optional.empty(), Language.EN,
          Format.TEXT, List.of(), List.of());
    }
    Command command = switch (args[0]) {
      case "screen" -> Command.SCREEN;
      case "programmes", "programs" -> Command.PROGRAMMES;
      case "help", "--help", "-h" -> Command.HELP;
      default -> throw new UsageException("unknown command; expected screen, programmes, rulebook, conformance or help");
    };
    Optional<String> programme = Optional.empty();
    Optional<LocalDate> asOf = Optional.empty();
    Language language = Language.EN;
    Format format = Format.TEXT;
    List<Path> paths = new ArrayList<>();
    List<Path> ruleSets = new ArrayList<>();
    boolean onlyPaths = false;
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      if (onlyPaths || !arg.startsWith("--")) {
        paths.add(Path.of(arg));
        continue;
      }
      String name = arg;
      String value = null;
      int eq = arg.indexOf('=');
      if (eq > 0) {
        name = arg.substring(0, eq);
        value = arg.substring(eq + 1);
      }
      if (name.equals("--")) {
        onlyPaths = true;
        continue;
      }
      if (name.equals("--help")) {
        command = Command.HELP;
        continue;
      }
      if (value == null) {
        if (i + 1 >= args.length) {
          throw new UsageException(name + " needs a value");
        }
        value = args[++i];
      }
      switch (name) {
        case "--programme", "--program" -> {
          if (!Identifier.isValid(value)) {
            throw new UsageException("--programme must be a programme id such as "
                + "ca-csc-restorative-opportunities");
          }
          programme = Optional.of(value);
        }
        case "--as-of" -> {
          try {
            // exactly YYYY-MM-DD: LocalDate.parse also takes +10000-01-01, which is no ISO date
            if (!value.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
              throw new DateTimeParseException("not YYYY-MM-DD", value, 0);
            }
            asOf = Optional.of(LocalDate.parse(value));
          } catch (DateTimeParseException e) {
            throw new UsageException("--as-of must be a date written YYYY-MM-DD");
          }
        }
        case "--lang" -> {
          try {
            language = Language.of(value);
          } catch (InvalidLanguageTagException e) {
            throw new UsageException("--lang must be a language tag such as en or fr");
          }
          if (!org.rjkit.core.language.Messages.isConfigured(language)) {
            throw new UsageException("--lang must be a configured language (en, fr, or one a"
                + " message bundle adds)");
          }
        }
        case "--rule-set" -> ruleSets.add(Path.of(value));
        case "--format" -> format = switch (value) {
          case "text" -> Format.TEXT;
          case "json" -> Format.JSON;
          case "summary" -> Format.SUMMARY;
          default -> throw new UsageException("--format must be text, json or summary");
        };
        default -> throw new UsageException("unknown option " + name);
      }
    }
    if (format == Format.SUMMARY && command == Command.PROGRAMMES) {
      throw new UsageException("--format summary is for screen only");
    }
    if (command == Command.SCREEN && paths.isEmpty()) {
      throw new UsageException("screen needs at least one file or folder");
    }
    return new Arguments(command, programme, asOf, language, format, List.copyOf(ruleSets),
        List.copyOf(paths));
  }
}
