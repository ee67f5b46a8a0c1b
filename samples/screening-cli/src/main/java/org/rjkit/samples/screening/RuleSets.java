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
import org.rjkit.eligibility.screening.ProgrammeRegistry;
import org.rjkit.eligibility.json.RuleSetDocumentReader;

/** Registers the vendor rule-set documents given with {@code --rule-set}. */
final class RuleSets {

  private RuleSets() {}

  /**
   * The built-in programmes plus every rule-set document, or empty when any document is invalid
   * (each error has been printed with its file and JSON path).
   */
  static Optional<ProgrammeRegistry> registry(List<Path> documents, PrintStream err) {
    RuleSetDocumentReader reader = new RuleSetDocumentReader();
    ProgrammeRegistry registry = ProgrammeRegistry.builtIn();
    boolean valid = true;
    for (Path document : documents) {
      try {
        Optional<String> text = readBounded(document, err);
        if (text.isEmpty()) {
          valid = false;
          continue;
        }
        registry = reader.register(text.get(), registry);
      } catch (InvalidInputException e) {
        valid = false;
        for (InputError error : e.errors()) {
          err.println(document + ": " + error.path() + ": " + error.message());
        }
      } catch (NoSuchFileException e) {
        valid = false;
        err.println(document + ": no such rule-set document");
      } catch (AccessDeniedException e) {
        valid = false;
        err.println(document + ": the rule-set document could not be read: permission denied");
      } catch (IOException | UncheckedIOException e) {
        valid = false;
        err.println(document + ": the rule-set document could not be read");
      }
    }
    return valid ? Optional.of(registry) : Optional.empty();
  }

  /**
   * A document's text, reading at most {@link RequestSource#MAX_DOCUMENT_BYTES} bytes whatever
   * the file claims to be ({@code /dev/zero} has no size and no end), decoded as strict UTF-8;
   * empty, with the problem printed, when it is larger or not UTF-8.
   */
  static Optional<String> readBounded(Path document, PrintStream err) throws IOException {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(document)) {
      bytes = in.readNBytes((int) RequestSource.MAX_DOCUMENT_BYTES + 1);
    }
    if (bytes.length > RequestSource.MAX_DOCUMENT_BYTES) {
      err.println(document + ": the rule-set document is larger than 8 MiB");
      return Optional.empty();
    }
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      err.println(document + ": the rule-set document is not valid UTF-8");
      return Optional.empty();
    }
  }
}
