package org.rjkit.samples.screening;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.rjkit.core.input.InputError;
import org.rjkit.core.input.InvalidInputException;
import org.rjkit.eligibility.ProgrammeRegistry;
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
        if (Files.size(document) > RequestSource.MAX_DOCUMENT_BYTES) {
          err.println(document + ": the rule-set document is larger than 8 MiB");
          valid = false;
          continue;
        }
        registry = reader.register(Files.readString(document, StandardCharsets.UTF_8), registry);
      } catch (InvalidInputException e) {
        valid = false;
        for (InputError error : e.errors()) {
          err.println(document + ": " + error.path() + ": " + error.message());
        }
      } catch (IOException | java.io.UncheckedIOException e) {
        valid = false;
        err.println(document + ": the rule-set document could not be read");
      }
    }
    return valid ? Optional.of(registry) : Optional.empty();
  }
}
