package org.rjkit.samples.rulebook.command;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.rjkit.core.language.InvalidLanguageTagException;
import org.rjkit.core.language.Language;
import org.rjkit.core.language.Messages;
import org.rjkit.eligibility.screening.Eligibility;
import org.rjkit.eligibility.screening.Screener;
import org.rjkit.samples.rulebook.RuleBook;
import org.rjkit.samples.rulebook.RuleBookException;
import org.rjkit.samples.rulebook.RuleBookRunner;
import org.rjkit.samples.rulebook.RuleBooks;
import org.rjkit.samples.rulebook.conformance.CaseResult;
import org.rjkit.samples.rulebook.conformance.ConformanceSuite;
import org.rjkit.samples.rulebook.conformance.JavaTarget;
import org.rjkit.samples.rulebook.conformance.Results;
import org.rjkit.samples.rulebook.conformance.Target;
import org.rjkit.samples.rulebook.conformance.json.HttpTarget;
import org.rjkit.samples.rulebook.conformance.json.ProcessCases;
import org.rjkit.samples.rulebook.conformance.json.SuiteDocuments;
import org.rjkit.samples.rulebook.html.HtmlRenderer;

/**
 * {@code rulebook [--lang en|fr] [--out DIR] [--book DIR]} renders the rule book as HTML;
 * {@code conformance [--http URL [--token TOKEN]] [--out FILE] [--book DIR | --cases FILE]
 * [--export FILE] [--lang en|fr]} runs the conformance kit. Every line they print is a key of
 * {@code org/rjkit/samples/rulebook/messages*.properties}, in the language of {@code --lang}.
 * With {@code --http}, the token is {@code --token} or else the {@code RJKIT_TOKEN} environment variable. Exit status 0 when every row (case) passes, 1 when one fails, 2 when an
 * argument or a document is invalid.
 */
public final class Commands {

  /** Every row or case passes. */
  public static final int OK = 0;
  /** A row or case fails. */
  public static final int FAILS = 1;
  /** An argument or a document is invalid. */
  public static final int INVALID = 2;

  private Commands() {}

  /**
   * Whether a command is one of these.
   *
   * @param command the first argument, not null
   * @return true for {@code rulebook} and {@code conformance}
   */
  public static boolean handles(String command) {
    return command.equals("rulebook") || command.equals("conformance");
  }

  /**
   * Runs a command.
   *
   * @param args the arguments, the command first, not null
   * @param out standard output, not null
   * @param err standard error, not null
   * @return the exit status
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, System::getenv);
  }

  /**
   * Runs a command with an environment of its own.
   *
   * @param args the arguments, the command first, not null
   * @param out standard output, not null
   * @param err standard error, not null
   * @param environment the environment variables ({@code RJKIT_TOKEN}), null when not set
   * @return the exit status
   */
  public static int run(String[] args, PrintStream out, PrintStream err,
      UnaryOperator<String> environment) {
    Map<String, String> options = new LinkedHashMap<>();
    List<String> allowed = args[0].equals("rulebook") ? List.of("--lang", "--out", "--book")
        : List.of("--http", "--token", "--out", "--book", "--cases", "--export", "--lang");
    Language language = requestedLanguage(args);
    for (int i = 1; i < args.length; i++) {
      String name = args[i];
      String value = null;
      int eq = name.indexOf('=');
      if (eq > 0) {
        value = name.substring(eq + 1);
        name = name.substring(0, eq);
      }
      if (!allowed.contains(name)) {
        err.println(Messages.format(language, "rulebook.command.unknownOption", args[0],
            name.startsWith("--") ? name
                : Messages.format(language, "rulebook.command.valueWithoutOption"),
            String.join(", ", allowed)));
        return INVALID;
      }
      if (value == null) {
        if (i + 1 >= args.length) {
          err.println(Messages.format(language, "rulebook.command.needsValue", args[0], name));
          return INVALID;
        }
        value = args[++i];
      }
      options.put(name, value);
    }
    if (options.containsKey("--lang") && !isConfigured(options.get("--lang"))) {
      err.println(Messages.format(language, "rulebook.command.lang", args[0],
          Messages.configured().stream().map(Language::tag)
              .collect(java.util.stream.Collectors.joining(", "))));
      return INVALID;
    }
    try {
      return args[0].equals("rulebook") ? rulebook(options, out, err, language)
          : conformance(options, out, err, environment, language);
    } catch (RuleBookException e) {
      err.println(e.in(language));
      return INVALID;
    } catch (IOException | java.io.UncheckedIOException e) {
      err.println(Messages.format(language, "rulebook.command.io", args[0],
          e.getClass().getSimpleName()));
      return FAILS;
    }
  }

  /**
   * The language {@code --lang TAG} or {@code --lang=TAG} names when it is configured, else
   * English: the language of every line these commands print.
   */
  private static Language requestedLanguage(String[] args) {
    for (int i = 1; i < args.length; i++) {
      String value = args[i].equals("--lang") && i + 1 < args.length ? args[i + 1]
          : args[i].startsWith("--lang=") ? args[i].substring("--lang=".length()) : null;
      if (value != null && isConfigured(value)) {
        return Language.of(value);
      }
    }
    return Language.EN;
  }

  private static boolean isConfigured(String tag) {
    try {
      return Messages.isConfigured(Language.of(tag));
    } catch (InvalidLanguageTagException e) {
      return false;
    }
  }

  private static List<RuleBook> books(Map<String, String> options, Screener screener,
      Language language) {
    Path dir = Path.of(options.getOrDefault("--book", "rulebook"));
    if (!Files.isDirectory(dir)) {
      throw new NotABook(Messages.format(language, "rulebook.command.notABook",
          dir.toString()));
    }
    List<RuleBook> books = new ArrayList<>();
    for (Path file : RuleBooks.files(dir)) {
      books.add(RuleBooks.load(file, screener.registry()));
    }
    return books;
  }

  private static int rulebook(Map<String, String> options, PrintStream out, PrintStream err,
      Language language) {
    Screener screener = Eligibility.screener();
    List<RuleBook> books;
    try {
      books = books(options, screener, language);
    } catch (NotABook e) {
      err.println(e.getMessage());
      return INVALID;
    }
    Path outDir = Path.of(options.getOrDefault("--out", "target/rulebook/" + language.tag()));
    RuleBookRunner runner = new RuleBookRunner(screener);
    HtmlRenderer.Summary summary = new HtmlRenderer(language, runner, screener.registry())
        .render(books, outDir);
    for (RuleBook book : books) {
      for (RuleBook.Section s : book.sections()) {
        for (RuleBook.Row r : s.rows()) {
          var result = runner.run(book, s, r);
          if (!result.passes()) {
            err.print(RuleBookRunner.report(result, language));
          }
        }
      }
    }
    out.println(Messages.format(language, "rulebook.command.rendered",
        String.valueOf(summary.pages().size()), outDir.toString(), String.valueOf(summary.rows()),
        String.valueOf(summary.rows() - summary.failing()), String.valueOf(summary.failing())));
    return summary.failing() == 0 ? OK : FAILS;
  }

  private static int conformance(Map<String, String> options, PrintStream out, PrintStream err,
      UnaryOperator<String> environment, Language language) throws IOException {
    if (options.containsKey("--token") && !options.containsKey("--http")) {
      err.println(Messages.format(language, "rulebook.conformance.tokenWithoutHttp"));
      return INVALID;
    }
    Optional<String> token = Optional.ofNullable(options.get("--token"))
        .or(() -> Optional.ofNullable(environment.apply("RJKIT_TOKEN"))
            .filter(t -> !t.isBlank()).map(String::strip));
    if (options.containsKey("--http") && token.isPresent()
        && !HttpTarget.isToken(token.get())) {
      err.println(Messages.format(language, "rulebook.conformance.badToken",
          options.containsKey("--token") ? "--token" : "RJKIT_TOKEN"));
      return INVALID;
    }
    Screener screener = Eligibility.screener();
    ConformanceSuite suite;
    if (options.containsKey("--cases")) {
      if (options.containsKey("--book")) {
        err.println(Messages.format(language, "rulebook.conformance.bookAndCases"));
        return INVALID;
      }
      // a case that cannot be read is a RuleBookException: FILE:LINE: text, in the language
      suite = SuiteDocuments.fromJsonLines(Files.readString(Path.of(options.get("--cases")),
          StandardCharsets.UTF_8), options.get("--cases"));
    } else {
      List<RuleBook> books;
      try {
        books = books(options, screener, language);
      } catch (NotABook e) {
        err.println(e.getMessage());
        return INVALID;
      }
      suite = ConformanceSuite.from(books, screener.registry())
          .with(ProcessCases.load(Path.of(options.getOrDefault("--book", "rulebook"))));
    }
    if (options.containsKey("--export")) {
      Files.writeString(Path.of(options.get("--export")), SuiteDocuments.toJsonLines(suite),
          StandardCharsets.UTF_8);
    }
    Target target;
    if (options.containsKey("--http")) {
      Optional<URI> uri = httpUri(options.get("--http"));
      if (uri.isEmpty()) {
        err.println(Messages.format(language, "rulebook.conformance.badHttp"));
        return INVALID;
      }
      target = new HttpTarget(uri.get(), token);
    } else {
      target = new JavaTarget(screener);
    }
    List<CaseResult> results = suite.run(target);
    String csv = Results.csv(results, language);
    String summary = Results.summary(results, target.name(), language);
    if (options.containsKey("--out")) {
      Files.writeString(Path.of(options.get("--out")), csv, StandardCharsets.UTF_8);
      out.print(summary);
    } else {
      out.print(csv);
      err.print(summary);
    }
    return Results.allPass(results) ? OK : FAILS;
  }

  /** The rule book folder is missing: the message is in the user's language. */
  private static final class NotABook extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotABook(String message) {
      super(message, null, false, false);
    }
  }

  private static Optional<URI> httpUri(String value) {
    try {
      URI uri = new URI(value);
      return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
