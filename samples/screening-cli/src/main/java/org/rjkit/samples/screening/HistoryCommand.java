package org.rjkit.samples.screening;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.rjkit.core.input.InputError;
import org.rjkit.core.input.InvalidInputException;
import org.rjkit.core.json.RjkitJson;
import org.rjkit.core.language.Language;
import org.rjkit.core.language.Messages;
import org.rjkit.process.confidentiality.PolicyRegistry;
import org.rjkit.process.confidentiality.Purpose;
import org.rjkit.process.confidentiality.Recipient;
import org.rjkit.process.disclosure.Disclosure;
import org.rjkit.process.disclosure.Disclosures;
import org.rjkit.process.json.ProcessHistoryStorageReader;
import org.rjkit.process.json.ProcessHistoryStorageWriter;
import org.rjkit.process.lifecycle.ProcessCase;
import org.rjkit.process.lifecycle.ProcessEvent;

/**
 * {@code ./rjkit history}: loads a stored process history (the system of record), through every
 * guard of the lifecycle.
 *
 * <pre>
 *   ./rjkit history check [--lang en|fr] FILE
 *   ./rjkit history view --recipient KIND[:ID] --purpose PURPOSE [--lang en|fr] FILE
 * </pre>
 *
 * <p>{@code check} prints the case's state, or every refusal with its JSON path. {@code view}
 * decides under the case's own programme policy, records the decision in the stored history (the
 * file is rewritten, atomically, with the decision appended) and prints what that recipient may
 * see. Exit status 0 when the history loaded (and the view was recorded), 2 when the file, the
 * history or an argument was invalid, as for {@code screen}.
 */
final class HistoryCommand {

  private HistoryCommand() {}

  static int run(String[] args, PrintStream out, PrintStream err) {
    Language language = Arguments.requestedLanguage(args);
    if (args.length == 0) {
      return usage(err, language, "cli.history.needsSubcommand");
    }
    return switch (args[0]) {
      case "check" -> check(args, out, err, language);
      case "view" -> view(args, out, err, language);
      case "--help", "help" -> {
        out.print(Messages.format(language, "cli.usage.history"));
        yield Main.OK;
      }
      default -> usage(err, language, "cli.history.unknownSubcommand");
    };
  }

  private static int usage(PrintStream err, Language language, String key, Object... arguments) {
    error(err, language, Messages.format(language, key, arguments));
    err.print(Messages.format(language, "cli.usage.history"));
    return Main.INVALID_INPUT;
  }

  private static void error(PrintStream err, Language language, String text) {
    err.println(Messages.format(language, "cli.error", text));
  }

  private static int check(String[] args, PrintStream out, PrintStream err, Language language) {
    String fileText = null;
    for (int i = 1; i < args.length; i++) {
      if (args[i].equals("--lang")) {
        if (++i >= args.length) {
          return usage(err, language, "cli.history.langNeedsValue");
        }
        if (Arguments.configuredLanguage(args[i]).isEmpty()) {
          return usage(err, language, "cli.history.lang", configured());
        }
      } else if (args[i].startsWith("--") || fileText != null) {
        return usage(err, language, "cli.history.checkTakesOneFile");
      } else {
        fileText = args[i];
      }
    }
    if (fileText == null) {
      return usage(err, language, "cli.history.checkTakesOneFile");
    }
    Path file = Path.of(fileText);
    Optional<ProcessCase> c = load(file, err, language);
    if (c.isEmpty()) {
      return Main.INVALID_INPUT;
    }
    ProcessCase pc = c.get();
    long flagged = pc.history().stream()
        .filter(e -> e instanceof ProcessEvent.WithdrawalFlagged).count();
    out.println(Messages.format(language, "cli.history.loaded", file.toString(),
        pc.caseId().toString(), pc.programme().toString(), String.valueOf(pc.history().size())));
    out.println(Messages.format(language, "cli.history.processType", pc.processType()));
    out.println(pc.closure()
        .map(r -> Messages.format(language, "cli.history.stageClosed", pc.stage(), r))
        .orElseGet(() -> Messages.format(language, "cli.history.stage", pc.stage())));
    out.println(Messages.format(language, "cli.history.asOf", pc.asOf().toString(), pc.asOf()));
    out.println(Messages.format(language, "cli.history.disclosures",
        String.valueOf(pc.disclosures().size())));
    out.println(Messages.format(language, "cli.history.lateWithdrawals", String.valueOf(flagged)));
    return Main.OK;
  }

  private static String configured() {
    return Messages.configured().stream().map(Language::tag).collect(Collectors.joining(", "));
  }

  private static int view(String[] args, PrintStream out, PrintStream err, Language language) {
    String recipientText = null;
    String purposeText = null;
    String fileText = null;
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--recipient" -> {
          if (++i >= args.length) {
            return usage(err, language, "cli.history.recipientNeedsValue");
          }
          recipientText = args[i];
        }
        case "--purpose" -> {
          if (++i >= args.length) {
            return usage(err, language, "cli.history.purposeNeedsValue");
          }
          purposeText = args[i];
        }
        case "--lang" -> {
          if (++i >= args.length) {
            return usage(err, language, "cli.history.langNeedsValue");
          }
          if (Arguments.configuredLanguage(args[i]).isEmpty()) {
            return usage(err, language, "cli.history.lang", configured());
          }
        }
        default -> {
          if (args[i].startsWith("--") || fileText != null) {
            return usage(err, language, "cli.history.viewUnexpected");
          }
          fileText = args[i];
        }
      }
    }
    if (recipientText == null || purposeText == null || fileText == null) {
      return usage(err, language, "cli.history.viewNeeds");
    }
    String wanted = purposeText;
    Optional<Purpose> purpose = java.util.Arrays.stream(Purpose.values())
        .filter(p -> p.name().equals(wanted)).findFirst();
    List<String> bad = new ArrayList<>();
    Optional<Recipient> recipient = Optional.empty();
    try {
      recipient = Optional.of(ProcessHistoryStorageReader.recipient(recipientText, "--recipient"));
    } catch (InvalidInputException e) {
      e.errors().forEach(x -> bad.add(x.toString(language)));
    }
    if (purpose.isEmpty()) {
      List<String> values = new ArrayList<>();
      for (Purpose p : Purpose.values()) {
        values.add(Messages.format(language, "cli.history.purpose.value", p.name()));
      }
      bad.add(Messages.format(language, "cli.history.purpose", List.of((Object) values)));
    }
    if (!bad.isEmpty()) {
      bad.forEach(m -> error(err, language, m));
      return Main.INVALID_INPUT;
    }
    Path file = Path.of(fileText);
    Optional<ProcessCase> c = load(file, err, language);
    if (c.isEmpty()) {
      return Main.INVALID_INPUT;
    }
    Disclosure d;
    try {
      d = Disclosures.disclose(PolicyRegistry.builtIn(), c.get(), recipient.get(),
          purpose.get(), c.get().asOf());
    } catch (IllegalArgumentException e) {
      // The same answer whether the participant or the programme is unknown: nothing.
      error(err, language, Messages.format(language, "cli.history.noView"));
      return Main.INVALID_INPUT;
    }
    try {
      storeAtomically(file, new ProcessHistoryStorageWriter().writePretty(d.recorded()));
    } catch (IOException e) {
      error(err, language, Messages.format(language, "cli.history.notRecorded", file.toString()));
      return Main.FAILURE;
    }
    out.print(d.view().render(language));
    return Main.OK;
  }

  private static void storeAtomically(Path file, String text) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Path tmp = Files.createTempFile(dir, ".rjkit-history", ".tmp");
    try {
      Files.writeString(tmp, text + "\n", StandardCharsets.UTF_8);
      try {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static Optional<ProcessCase> load(Path file, PrintStream err, Language language) {
    String text;
    try {
      if (Files.size(file) > RjkitJson.MAX_DOCUMENT_LENGTH) {
        error(err, language, Messages.format(language, "cli.history.tooLarge", file.toString()));
        return Optional.empty();
      }
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException | java.io.UncheckedIOException e) {
      error(err, language, Messages.format(language, "cli.history.notUtf8", file.toString()));
      return Optional.empty();
    }
    try {
      return Optional.of(ProcessHistoryStorageReader.builtIn().read(text));
    } catch (InvalidInputException e) {
      for (InputError x : e.errors()) {
        error(err, language, Messages.format(language, "cli.error.at", file.toString(),
            x.toString(language)));
      }
      return Optional.empty();
    }
  }
}
