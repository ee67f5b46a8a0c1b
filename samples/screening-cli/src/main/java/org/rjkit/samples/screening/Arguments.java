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
import org.rjkit.core.language.Message;
import org.rjkit.core.language.Messages;

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

  /**
   * The usage text in a language (key {@code cli.usage}).
   *
   * @param language not null
   * @return the usage, several lines, ending with a line end
   */
  static String usage(Language language) {
    return Messages.format(language, "cli.usage");
  }

  /** A command line that cannot be understood; the message names the argument, not its value. */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What is wrong, in every language. */
    private final transient Message text;

    UsageException(String key, Object... arguments) {
      this(Message.of(key, arguments));
    }

    private UsageException(Message text) {
      super(text.in(Language.EN), null, false, false);
      this.text = text;
    }

    /** What is wrong, to be read in the user's language. */
    Message text() {
      return text;
    }
  }

  /**
   * The language the command line asks for with {@code --lang TAG} or {@code --lang=TAG}, when
   * it is configured, else English: the language of usage and argument errors, which are
   * printed before (or instead of) a full parse.
   *
   * @param args the arguments, not null
   * @return the language, English when none or no configured one is given
   */
  static Language requestedLanguage(String... args) {
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--")) {
        break;
      }
      String value = null;
      if (arg.equals("--lang") && i + 1 < args.length) {
        value = args[i + 1];
      } else if (arg.startsWith("--lang=")) {
        value = arg.substring("--lang=".length());
      }
      if (value != null) {
        Optional<Language> language = configuredLanguage(value);
        if (language.isPresent()) {
          return language.get();
        }
      }
    }
    return Language.EN;
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
      default -> throw new UsageException("cli.arguments.unknownCommand");
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
          throw new UsageException("cli.arguments.needsValue", name);
        }
        value = args[++i];
      }
      switch (name) {
        case "--programme", "--program" -> {
          if (!Identifier.isValid(value)) {
            throw new UsageException("cli.arguments.programme");
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
            throw new UsageException("cli.arguments.asOf");
          }
        }
        case "--lang" -> {
          language = configuredLanguage(value)
              .orElseThrow(() -> new UsageException("cli.arguments.lang",
                  Messages.configured().stream().map(Language::tag)
                      .collect(java.util.stream.Collectors.joining(", "))));
        }
        case "--rule-set" -> ruleSets.add(Path.of(value));
        case "--format" -> format = switch (value) {
          case "text" -> Format.TEXT;
          case "json" -> Format.JSON;
          case "summary" -> Format.SUMMARY;
          default -> throw new UsageException("cli.arguments.format");
        };
        default -> throw new UsageException("cli.arguments.unknownOption", name);
      }
    }
    if (format == Format.SUMMARY && command == Command.PROGRAMMES) {
      throw new UsageException("cli.arguments.summaryForScreen");
    }
    if (command == Command.SCREEN && paths.isEmpty()) {
      throw new UsageException("cli.arguments.screenNeedsPath");
    }
    return new Arguments(command, programme, asOf, language, format, List.copyOf(ruleSets),
        List.copyOf(paths));
  }

  /**
   * The language a {@code --lang} value names, if it is well formed and configured (English,
   * French, or a language a vendor has added bundles for: {@link Messages#isConfigured}).
   *
   * @param value the option's value, not null
   * @return the language, or empty when the tag is malformed or not configured
   */
  static Optional<Language> configuredLanguage(String value) {
    try {
      Language language = Language.of(value);
      return Messages.isConfigured(language) ? Optional.of(language) : Optional.empty();
    } catch (InvalidLanguageTagException e) {
      return Optional.empty();
    }
  }
}
