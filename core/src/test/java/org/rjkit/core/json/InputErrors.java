package org.rjkit.core.json;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.function.Executable;
import org.rjkit.core.input.InputError;
import org.rjkit.core.input.InvalidInputException;

/** Assertions on the errors a reader reports. */
public final class InputErrors {

  private InputErrors() {}

  /** The errors reading throws; fails when reading succeeds. */
  public static List<InputError> of(Executable reading) {
    return assertThrows(InvalidInputException.class, reading).errors();
  }

  /** Fails unless one error has exactly this path and a message containing the fragment. */
  public static void assertReported(List<InputError> errors, String path, String fragment) {
    assertTrue(errors.stream().anyMatch(e -> e.path().equals(path)
            && e.message().contains(fragment)),
        () -> "expected " + path + ": …" + fragment + "… among\n" + errors.stream()
            .map(InputError::toString).collect(Collectors.joining("\n")));
  }
}
