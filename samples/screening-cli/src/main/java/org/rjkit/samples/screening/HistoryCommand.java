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
import java.util.Locale;
import java.util.Optional;
import org.rjkit.core.input.InputError;
import org.rjkit.core.input.InvalidInputException;
import org.rjkit.core.json.RjkitJson;
import org.rjkit.core.language.Language;
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
 *   ./rjkit history check FILE
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

  static final String USAGE = """
      usage: ./rjkit history check FILE
             ./rjkit history view --recipient KIND[:ID] --purpose PURPOSE [--lang en|fr] FILE
      """;

  private HistoryCommand() {}

  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0) {
      return usage(err, "history needs a subcommand: check or view");
    }
    return switch (args[0]) {
      case "check" -> check(args, out, err);
      case "view" -> view(args, out, err);
      case "--help", "help" -> {
        out.print(USAGE);
        yield Main.OK;
      }
      default -> usage(err, "history: unknown subcommand (check, view)");
    };
  }

  private static int usage(PrintStream err, String message) {
    err.println("rjkit: " + message);
    err.print(USAGE);
    return Main.INVALID_INPUT;
  }

  private static int check(String[] args, PrintStream out, PrintStream err) {
    if (args.length != 2) {
      return usage(err, "history check takes one FILE");
    }
    Path file = Path.of(args[1]);
    Optional<ProcessCase> c = load(file, err, Language.EN);
    if (c.isEmpty()) {
      return Main.INVALID_INPUT;
    }
    ProcessCase pc = c.get();
    long flagged = pc.history().stream()
        .filter(e -> e instanceof ProcessEvent.WithdrawalFlagged).count();
    out.println(file + ": history of case " + pc.caseId() + " (" + pc.programme() + ") loaded: "
        + pc.history().size() + " events, every guard passed");
    out.println("  process type: " + pc.processType().name());
    out.println("  stage: " + pc.stage().name() + pc.closure().map(r -> " (" + r.name() + ")")
        .orElse(""));
    out.println("  as of: " + pc.asOf());
    out.println("  disclosures recorded: " + pc.disclosures().size());
    out.println("  withdrawals entered late: " + flagged);
    return Main.OK;
  }

  private static int view(String[] args, PrintStream out, PrintStream err) {
    String recipientText = null;
    String purposeText = null;
    Language language = Language.EN;
    String fileText = null;
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--recipient" -> {
          if (++i >= args.length) {
            return usage(err, "--recipient needs KIND[:ID]");
          }
          recipientText = args[i];
        }
        case "--purpose" -> {
          if (++i >= args.length) {
            return usage(err, "--purpose needs a purpose");
          }
          purposeText = args[i];
        }
        case "--lang" -> {
          if (++i >= args.length) {
            return usage(err, "--lang needs en or fr");
          }
          Optional<Language> chosen = Arguments.configuredLanguage(args[i]);
          if (chosen.isEmpty()) {
            return usage(err, "--lang: must be a configured language (en, fr or a vendor's)");
          }
          language = chosen.get();
        }
        default -> {
          if (args[i].startsWith("--") || fileText != null) {
            return usage(err, "history view: unexpected argument");
          }
          fileText = args[i];
        }
      }
    }
    if (recipientText == null || purposeText == null || fileText == null) {
      return usage(err, "history view needs --recipient, --purpose and FILE");
    }
    String wanted = purposeText;
    Optional<Purpose> purpose = java.util.Arrays.stream(Purpose.values())
        .filter(p -> p.name().equals(wanted)).findFirst();
    List<String> bad = new ArrayList<>();
    Optional<Recipient> recipient = Optional.empty();
    try {
      recipient = Optional.of(ProcessHistoryStorageReader.recipient(recipientText, "--recipient"));
    } catch (InvalidInputException e) {
      Language lang = language;
      e.errors().forEach(x -> bad.add(x.toString(lang)));
    }
    if (purpose.isEmpty()) {
      bad.add("--purpose: must be one of " + java.util.Arrays.toString(Purpose.values()));
    }
    if (!bad.isEmpty()) {
      bad.forEach(m -> err.println("rjkit: " + m));
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
      err.println("rjkit: --recipient: no view can be given to this recipient for this case");
      return Main.INVALID_INPUT;
    }
    try {
      storeAtomically(file, new ProcessHistoryStorageWriter().writePretty(d.recorded()));
    } catch (IOException e) {
      err.println("rjkit: " + file + ": the decision could not be recorded; nothing was shown");
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
        err.println("rjkit: " + file + ": $: exceeds a size limit");
        return Optional.empty();
      }
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException | java.io.UncheckedIOException e) {
      err.println("rjkit: " + file + ": cannot be read as UTF-8 text");
      return Optional.empty();
    }
    try {
      return Optional.of(ProcessHistoryStorageReader.builtIn().read(text));
    } catch (InvalidInputException e) {
      for (InputError x : e.errors()) {
        err.println("rjkit: " + file + ": " + x.toString(language));
      }
      return Optional.empty();
    }
  }
}
