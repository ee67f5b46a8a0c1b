package org.rjkit.samples.screening;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.rjkit.core.input.InputError;
import org.rjkit.core.input.InvalidInputException;
import org.rjkit.core.language.Language;
import org.rjkit.core.language.Messages;
import org.rjkit.eligibility.screening.ProgrammeRegistry;
import org.rjkit.eligibility.json.RuleSetDocumentReader;

/** Registers the vendor rule-set documents given with {@code --rule-set}. */
final class RuleSets {

  private RuleSets() {}

  /**
   * The built-in programmes plus every rule-set document, or empty when any document is invalid
   * (each error has been printed with its file and JSON path).
   */
  static Optional<ProgrammeRegistry> registry(List<Path> documents, PrintStream err,
      Language language) {
    RuleSetDocumentReader reader = new RuleSetDocumentReader();
    ProgrammeRegistry registry = ProgrammeRegistry.builtIn();
    boolean valid = true;
    for (Path document : documents) {
      try {
        Optional<String> text = readBounded(document, err, language);
        if (text.isEmpty()) {
          valid = false;
          continue;
        }
        registry = reader.register(text.get(), registry);
      } catch (InvalidInputException e) {
        valid = false;
        for (InputError error : e.errors()) {
          err.println(at(language, document, error.toString(language)));
        }
      } catch (NoSuchFileException e) {
        valid = false;
        err.println(at(language, document, Messages.format(language, "cli.ruleSet.noSuchDocument")));
      } catch (AccessDeniedException e) {
        valid = false;
        err.println(at(language, document, Messages.format(language, "cli.ruleSet.permissionDenied")));
      } catch (IOException | UncheckedIOException e) {
        valid = false;
        err.println(at(language, document, Messages.format(language, "cli.ruleSet.unreadable")));
      }
    }
    return valid ? Optional.of(registry) : Optional.empty();
  }

  /**
   * A document's text, reading at most {@link RequestSource#MAX_DOCUMENT_BYTES} bytes whatever
   * the file claims to be ({@code /dev/zero} has no size and no end), decoded as strict UTF-8;
   * empty, with the problem printed, when it is larger or not UTF-8.
   */
  static Optional<String> readBounded(Path document, PrintStream err, Language language)
      throws IOException {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(document)) {
      bytes = in.readNBytes((int) RequestSource.MAX_DOCUMENT_BYTES + 1);
    }
    if (bytes.length > RequestSource.MAX_DOCUMENT_BYTES) {
      err.println(at(language, document, Messages.format(language, "cli.ruleSet.tooLarge")));
      return Optional.empty();
    }
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      err.println(at(language, document, Messages.format(language, "cli.ruleSet.notUtf8")));
      return Optional.empty();
    }
  }

  /** {@code DOCUMENT: TEXT} in a language. */
  private static String at(Language language, Path document, String text) {
    return Messages.format(language, "cli.error.at", document.toString(), text);
  }
}
