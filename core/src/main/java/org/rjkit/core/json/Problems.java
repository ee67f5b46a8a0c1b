package org.rjkit.core.json;

import java.util.ArrayList;
import java.util.List;
import org.rjkit.core.input.InputError;
import org.rjkit.core.input.InvalidInputException;

/** The problems found while reading one document, in the order found. Not thread-safe. */
final class Problems {

  private final List<InputError> errors = new ArrayList<>();

  void add(String path, String message) {
    errors.add(new InputError(path, message));
  }

  void addAll(List<InputError> more) {
    errors.addAll(more);
  }

  boolean isEmpty() {
    return errors.isEmpty();
  }

  int count() {
    return errors.size();
  }

  /** Throws one exception carrying every problem, if there is any. */
  void throwIfAny() {
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }
}
