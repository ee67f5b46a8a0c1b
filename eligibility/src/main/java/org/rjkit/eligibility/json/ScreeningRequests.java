package org.rjkit.eligibility.json;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.rjkit.core.internal.Identifier;
import org.rjkit.core.input.InputError;
import org.rjkit.core.input.InvalidInputException;
import org.rjkit.core.json.ObjectInput;
import org.rjkit.core.json.RjkitJson;
import org.rjkit.core.json.ScreeningRequestReader;
import org.rjkit.core.json.ScreeningRequestReader.Overrides;
import org.rjkit.core.screening.ProgrammeId;
import org.rjkit.core.screening.ScreeningRequest;
import org.rjkit.eligibility.Programme;
import org.rjkit.eligibility.screening.ProgrammeRegistry;
import org.rjkit.eligibility.screening.Screener;

/**
 * Reads screening requests for the programmes of a registry: the document is read strictly by
 * {@link ScreeningRequestReader} (with any {@link Overrides}), and the programme is checked
 * against the registry. A programme id that no registered programme has is an input error at
 * {@code $.programme}; an {@code asOf} before the first rule-set version of the programme is an
 * input error at {@code $.asOf}. These are reported together with every other problem of the
 * document in one {@link InvalidInputException}, so that a request this class returns can be
 * given to {@link Screener#screen} without an exception.
 *
 * <p>When an override supplies the programme or the date, a problem with it is still reported at
 * {@code $.programme} or {@code $.asOf}, with a message saying the value came from the
 * override.
 *
 * <p>Immutable and thread-safe.
 */
public final class ScreeningRequests {

  private static final ScreeningRequestReader READER = new ScreeningRequestReader();

  private final ProgrammeRegistry registry;

  /**
   * @param registry the programmes requests may name, not null
   */
  public ScreeningRequests(ProgrammeRegistry registry) {
    this.registry = checkNotNull(registry, "registry");
  }

  /** The programmes requests may name. */
  public ProgrammeRegistry registry() {
    return registry;
  }

  /**
   * Reads a screening request.
   *
   * @param json the document, not null
   * @return the request, whose programme is registered and in force on its {@code asOf}
   * @throws InvalidInputException carrying every problem found
   */
  public ScreeningRequest read(String json) {
    return read(json, Overrides.NONE);
  }

  /**
   * Reads a screening request, replacing its programme or date by the overrides given.
   *
   * @param json the document, not null
   * @param overrides not null
   * @return the request, whose programme is registered and in force on its {@code asOf}
   * @throws InvalidInputException carrying every problem found
   */
  public ScreeningRequest read(String json, Overrides overrides) {
    checkNotNull(overrides, "overrides");
    return read(RjkitJson.readObject(json), overrides);
  }

  /**
   * Reads a screening request from a parsed JSON value.
   *
   * @param node the request's value, not null
   * @param overrides not null
   * @return the request, whose programme is registered and in force on its {@code asOf}
   * @throws InvalidInputException carrying every problem found
   */
  public ScreeningRequest read(JsonNode node, Overrides overrides) {
    checkNotNull(node, "node");
    checkNotNull(overrides, "overrides");
    List<InputError> errors = new ArrayList<>();
    ScreeningRequest request = null;
    try {
      request = READER.read(node, overrides);
    } catch (InvalidInputException e) {
      errors.addAll(e.errors());
    }
    if (!node.isObject()) {
      throw new InvalidInputException(errors);
    }
    Optional<ProgrammeId> programmeId = overrides.programme()
        .or(() -> peekProgramme(node.get("programme")));
    Optional<LocalDate> asOf = overrides.asOf().or(() -> ObjectInput.peekDate(node.get("asOf")));
    String overridden = " (the value given in place of the request's)";
    if (programmeId.isPresent()) {
      Optional<Programme> programme = registry.find(programmeId.get());
      if (programme.isEmpty()) {
        errors.add(new InputError("$.programme", "names no registered programme"
            + (overrides.programme().isPresent() ? overridden : "") + "; the programmes are "
            + registry.all().stream().map(p -> p.id().value())
                .collect(Collectors.joining(", "))));
      } else if (asOf.isPresent()) {
        LocalDate first = programme.get().versions().get(0).effectiveFrom();
        if (asOf.get().isBefore(first)) {
          errors.add(new InputError("$.asOf", "is before the first rule-set version of the"
              + " programme" + (overrides.asOf().isPresent() ? overridden : "")
              + "; the programme applies from " + first));
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return request;
  }

  private static Optional<ProgrammeId> peekProgramme(JsonNode value) {
    if (value == null || !value.isTextual() || !Identifier.isValid(value.textValue())) {
      return Optional.empty();
    }
    return Optional.of(ProgrammeId.of(value.textValue()));
  }

  /** Names the registered programmes. */
  @Override
  public String toString() {
    return "ScreeningRequests" + registry.all().stream().map(p -> p.id().value()).toList();
  }
}
