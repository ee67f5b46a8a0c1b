package org.rjkit.eligibility.json;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rjkit.core.internal.Identifier;
import org.rjkit.core.input.InputError;
import org.rjkit.core.input.InvalidInputException;
import org.rjkit.core.json.internal.ContractTokens;
import org.rjkit.core.json.internal.ObjectInput;
import org.rjkit.core.json.internal.QuickTrees;
import org.rjkit.core.json.RjkitJson;
import org.rjkit.core.json.internal.ScreeningRequestDocument;
import org.rjkit.core.language.Message;
import org.rjkit.core.screening.ProgrammeId;
import org.rjkit.core.screening.ScreeningRequest;
import org.rjkit.eligibility.Programme;
import org.rjkit.eligibility.screening.ProgrammeRegistry;
import org.rjkit.eligibility.screening.Screener;

/**
 * Reads a screening request (interchange format version 1) strictly, for the programmes of a
 * registry: the one reader of screening requests. The request's fields and its case document
 * are checked as {@code interchange.md} says, the programme against the registry: a programme id
 * that no registered programme has is an input error at {@code $.programme}, an {@code asOf}
 * before the first rule-set version of the programme an input error at {@code $.asOf}. Every
 * problem of the whole document is reported at once in one {@link InvalidInputException}, each
 * with its JSON path, so that a request this class returns can be given to
 * {@link Screener#screen} without an exception.
 *
 * <p>{@link Overrides} replace the request's programme or date, as the command line's
 * {@code --programme} and {@code --as-of} do; a value the document states is still checked, and
 * a problem with the override is reported at {@code $.programme} or {@code $.asOf}, saying the
 * value came from the override.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 1.0
 */
public final class ScreeningRequestReader {

  private final ProgrammeRegistry registry;

  /**
   * Values that replace the request's own, as the command line's {@code --programme} and
   * {@code --as-of} do.
   *
   * @param programme the programme to screen against instead of the request's, if any; not null
   * @param asOf the date to decide for instead of the request's, if any; not null
   * @since 1.0
   */
  public record Overrides(Optional<ProgrammeId> programme, Optional<LocalDate> asOf) {

    /** Nothing overridden: the request's own values count. */
    public static final Overrides NONE = new Overrides(Optional.empty(), Optional.empty());

    /**
     * Checks that neither component is null.
     *
     * @param programme not null
     * @param asOf not null
     */
    public Overrides {
      checkNotNull(programme, "programme");
      checkNotNull(asOf, "asOf");
    }
  }

  /**
   * A reader for the programmes of a registry.
   *
   * @param registry the programmes requests may name, not null
   */
  public ScreeningRequestReader(ProgrammeRegistry registry) {
    this.registry = checkNotNull(registry, "registry");
  }

  /**
   * A reader for the built-in programmes ({@link ProgrammeRegistry#builtIn()}).
   *
   * @return the reader
   */
  public static ScreeningRequestReader builtIn() {
    return new ScreeningRequestReader(ProgrammeRegistry.builtIn());
  }

  /**
   * The programmes requests may name.
   *
   * @return the registry, never null
   */
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
   * Reads a screening request from characters.
   *
   * @param reader the document, not null; read to its end, not closed
   * @return the request, whose programme is registered and in force on its {@code asOf}
   * @throws InvalidInputException carrying every problem found
   * @throws java.io.UncheckedIOException if the reader fails
   */
  public ScreeningRequest read(Reader reader) {
    return read(RjkitJson.readObject(reader), Overrides.NONE);
  }

  /**
   * Reads a screening request from UTF-8 bytes.
   *
   * @param in the document in UTF-8, not null; read to its end, not closed
   * @return the request, whose programme is registered and in force on its {@code asOf}
   * @throws InvalidInputException carrying every problem found (bytes that are not UTF-8 too)
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public ScreeningRequest read(InputStream in) {
    return read(RjkitJson.readObject(in), Overrides.NONE);
  }

  /**
   * Reads a screening request from a parsed JSON value (parse it with {@link RjkitJson} to keep
   * the limits and the duplicate-field check).
   *
   * @param node the request's value, not null
   * @return the request, whose programme is registered and in force on its {@code asOf}
   * @throws InvalidInputException carrying every problem found
   */
  public ScreeningRequest read(JsonNode node) {
    return read(node, Overrides.NONE);
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
    // A document with nothing wrong is parsed without the duplicate detector and the tree
    // deserializer; any other goes through RjkitJson, which reports its problem as it always has.
    ObjectNode quick = QuickTrees.object(checkNotNull(json, "json"));
    return read(quick != null ? quick : RjkitJson.readObject(json), overrides);
  }

  /**
   * Reads a screening request from a parsed JSON value, replacing its programme or date by the
   * overrides given.
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
      request = ScreeningRequestDocument.read(node, overrides.programme(), overrides.asOf());
    } catch (InvalidInputException e) {
      errors.addAll(e.errors());
    }
    if (!node.isObject()) {
      throw new InvalidInputException(errors);
    }
    Optional<ProgrammeId> programmeId = overrides.programme()
        .or(() -> peekProgramme(node.get("programme")));
    Optional<LocalDate> asOf = overrides.asOf().or(() -> ObjectInput.peekDate(node.get("asOf")));
    if (programmeId.isPresent()) {
      Optional<Programme> programme = registry.find(programmeId.get());
      if (programme.isEmpty()) {
        errors.add(new InputError("$.programme", Message.of(overrides.programme().isPresent()
                ? "input.request.unknownProgrammeOverride" : "input.request.unknownProgramme",
            ContractTokens.of(registry.all().stream().map(p -> p.id().value()).toList()))));
      } else if (asOf.isPresent()) {
        LocalDate first = programme.get().versions().get(0).effectiveFrom();
        if (asOf.get().isBefore(first)) {
          errors.add(new InputError("$.asOf", Message.of(overrides.asOf().isPresent()
              ? "input.request.beforeFirstVersionOverride"
              : "input.request.beforeFirstVersion", first.toString())));
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
    return "ScreeningRequestReader" + registry.all().stream().map(p -> p.id().value()).toList();
  }
}
