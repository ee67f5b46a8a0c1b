package org.rjkit.core.json;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.rjkit.core.internal.json.ObjectInput;
import org.rjkit.core.internal.json.Problems;
import org.rjkit.core.casefile.CaseFile;
import org.rjkit.core.input.InvalidInputException;
import org.rjkit.core.participant.Offender;
import org.rjkit.core.participant.ParticipantId;
import org.rjkit.core.screening.ProgrammeId;
import org.rjkit.core.screening.ScreeningRequest;

/**
 * Reads a screening request (interchange format version 1) strictly: the request's own fields
 * and its case document (read by {@link CaseDocumentReader} under the path {@code $.case}), with
 * every problem in the whole document reported at once in one {@link InvalidInputException}.
 *
 * <p>{@code schemaVersion} must be {@code "1"}; {@code programme}, {@code requesterId},
 * {@code asOf} and {@code case} are required, except that {@link Overrides} may supply the
 * programme and the date (a value the document states is still checked, then replaced).
 * {@code requesterId} must name a participant of the case. The optional {@code offenderId} must
 * name a participant with the {@code OFFENDER} role and, when the requester is an offender or an
 * offender's family member, agree with the offender the requester implies
 * ({@link ScreeningRequest#impliedOffender}).
 *
 * <p>This reader checks that the programme id is a well-formed identifier; whether a programme
 * with that id exists, and whether {@code asOf} falls within one of its versions, is for the
 * eligibility engine that knows the programmes.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ScreeningRequestReader {

  static final List<String> REQUEST_FIELDS =
      List.of("schemaVersion", "programme", "requesterId", "asOf", "case", "offenderId");

  /**
   * Values that replace the request's own, as the command line's {@code --programme} and
   * {@code --as-of} do.
   *
   * @param programme the programme to screen against instead of the request's, if any
   * @param asOf the date to decide for instead of the request's, if any
   */
  public record Overrides(Optional<ProgrammeId> programme, Optional<LocalDate> asOf) {

    /** Nothing overridden: the request's own values count. */
    public static final Overrides NONE = new Overrides(Optional.empty(), Optional.empty());

    /** Checks that neither component is null. */
    public Overrides {
      checkNotNull(programme, "programme");
      checkNotNull(asOf, "asOf");
    }
  }

  /** A reader; it holds no state. */
  public ScreeningRequestReader() {}

  /**
   * Reads a screening request.
   *
   * @param json the document, not null
   * @return the request
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
   * @return the request
   * @throws InvalidInputException carrying every problem found
   */
  public ScreeningRequest read(String json, Overrides overrides) {
    checkNotNull(overrides, "overrides");
    return read(RjkitJson.readObject(json), overrides);
  }

  /**
   * Reads a screening request from a parsed JSON value.
   *
   * @param node the request's JSON value, not null
   * @param overrides not null
   * @return the request
   * @throws InvalidInputException carrying every problem found
   */
  public ScreeningRequest read(JsonNode node, Overrides overrides) {
    checkNotNull(node, "node");
    checkNotNull(overrides, "overrides");
    Problems problems = new Problems();
    Optional<ObjectInput> root = ObjectInput.of(node, "$", problems);
    if (root.isEmpty()) {
      problems.throwIfAny();
    }
    ObjectInput r = root.orElseThrow();
    r.allowOnly(REQUEST_FIELDS, "a screening request");
    r.value("schemaVersion", true).ifPresent(v -> {
      if (!v.isTextual() || !ScreeningRequest.SCHEMA_VERSION.equals(v.textValue())) {
        problems.add(r.path("schemaVersion"),
            "must be the string \"" + ScreeningRequest.SCHEMA_VERSION + "\"");
      }
    });
    Optional<ProgrammeId> programme = r.id("programme", overrides.programme().isEmpty(),
        ProgrammeId::new);
    Optional<ParticipantId> requester = r.id("requesterId", true, ParticipantId::new);
    Optional<LocalDate> asOf = r.date("asOf", overrides.asOf().isEmpty());
    Optional<CaseDocumentReader.Result> caseResult = r.value("case", true)
        .map(c -> CaseDocumentReader.walk(c, r.path("case"), problems));
    if (requester.isPresent() && caseResult.isPresent()
        && !caseResult.get().participantIds().contains(requester.get())) {
      problems.add(r.path("requesterId"), "names no participant of the case");
    }
    Optional<ParticipantId> offender = r.id("offenderId", false, ParticipantId::new);
    if (offender.isPresent() && caseResult.isPresent()) {
      offenderProblem(offender.get(), requester, caseResult.get())
          .ifPresent(problem -> problems.add(r.path("offenderId"), problem));
    }
    problems.throwIfAny();
    CaseFile caseFile = caseResult.orElseThrow().caseFile().orElseThrow();
    return new ScreeningRequest(overrides.programme().or(() -> programme).orElseThrow(),
        requester.orElseThrow(), overrides.asOf().or(() -> asOf).orElseThrow(), caseFile,
        offender);
  }

  /** What is wrong with the request's {@code offenderId}, if anything. */
  private static Optional<String> offenderProblem(ParticipantId offender,
      Optional<ParticipantId> requester, CaseDocumentReader.Result caseResult) {
    if (!caseResult.participantIds().contains(offender)) {
      return Optional.of("names no participant of the case");
    }
    if (caseResult.caseFile().isEmpty()) {
      return Optional.empty();
    }
    CaseFile caseFile = caseResult.caseFile().get();
    if (!(caseFile.participant(offender).orElseThrow() instanceof Offender)) {
      return Optional.of("must name a participant with the role OFFENDER");
    }
    Optional<ParticipantId> implied = requester.flatMap(id ->
        ScreeningRequest.impliedOffender(caseFile, id));
    if (implied.isPresent() && !implied.get().equals(offender)) {
      return Optional.of("must name the offender the requester is or is related to, as the"
          + " requester implies it");
    }
    return Optional.empty();
  }
}
