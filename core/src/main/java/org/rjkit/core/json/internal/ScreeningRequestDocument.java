package org.rjkit.core.json.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rjkit.core.casefile.CaseFile;
import org.rjkit.core.internal.Identifier;
import org.rjkit.core.input.InvalidInputException;
import org.rjkit.core.json.CaseDocumentReader;
import org.rjkit.core.language.Message;
import org.rjkit.core.participant.Offender;
import org.rjkit.core.participant.ParticipantId;
import org.rjkit.core.screening.ProgrammeId;
import org.rjkit.core.screening.ScreeningRequest;

/**
 * Internal: reads the fields of a screening request (interchange format version 1) strictly,
 * its case document with {@link CaseDocumentReader} under the path {@code $.case}, with every
 * problem in the whole document reported at once in one {@link InvalidInputException}. The
 * public reader, which also checks the programme against the registered ones, is
 * {@code org.rjkit.eligibility.json.ScreeningRequestReader}.
 *
 * <p>{@code schemaVersion} must be {@code "1"}; {@code programme}, {@code requesterId},
 * {@code asOf} and {@code case} are required, except that an override may supply the programme
 * and the date (a value the document states is still checked, then replaced).
 * {@code requesterId} must name a participant of the case. The optional {@code offenderId} must
 * name a participant with the {@code OFFENDER} role and, when the requester is an offender or an
 * offender's family member, agree with the offender the requester implies
 * ({@link ScreeningRequest#impliedOffender}).
 */
public final class ScreeningRequestDocument {

  /** The fields of a screening request, in the order the writer writes them. */
  public static final List<String> REQUEST_FIELDS =
      List.of("schemaVersion", "programme", "requesterId", "asOf", "case", "offenderId");

  private static final CaseDocumentReader CASES = new CaseDocumentReader();

  private ScreeningRequestDocument() {}

  /**
   * Reads a screening request from a parsed JSON value.
   *
   * @param node the request's JSON value, not null
   * @param programmeOverride the programme to use instead of the request's, if any; not null
   * @param asOfOverride the date to use instead of the request's, if any; not null
   * @return the request
   * @throws InvalidInputException carrying every problem found
   */
  public static ScreeningRequest read(JsonNode node, Optional<ProgrammeId> programmeOverride,
      Optional<LocalDate> asOfOverride) {
    checkNotNull(node, "node");
    checkNotNull(programmeOverride, "programmeOverride");
    checkNotNull(asOfOverride, "asOfOverride");
    Problems problems = new Problems();
    Optional<ObjectInput> root = ObjectInput.of(node, "$", problems);
    if (root.isEmpty()) {
      problems.throwIfAny();
    }
    ObjectInput r = root.orElseThrow();
    r.allowOnly(REQUEST_FIELDS, Message.of("input.what.request"));
    r.value("schemaVersion", true).ifPresent(v -> {
      if (!v.isTextual() || !ScreeningRequest.SCHEMA_VERSION.equals(v.textValue())) {
        problems.report(r.path("schemaVersion"), "input.schemaVersion",
            ScreeningRequest.SCHEMA_VERSION);
      }
    });
    Optional<ProgrammeId> programme = r.id("programme", programmeOverride.isEmpty(),
        ProgrammeId::new);
    Optional<ParticipantId> requester = r.id("requesterId", true, ParticipantId::new);
    Optional<LocalDate> asOf = r.date("asOf", asOfOverride.isEmpty());
    Optional<CaseResult> caseResult = r.value("case", true)
        .map(c -> readCase(c, r.path("case"), problems));
    if (requester.isPresent() && caseResult.isPresent()
        && !caseResult.get().participantIds().contains(requester.get())) {
      problems.report(r.path("requesterId"), "input.case.noParticipant");
    }
    Optional<ParticipantId> offender = r.id("offenderId", false, ParticipantId::new);
    if (offender.isPresent() && caseResult.isPresent()) {
      offenderProblem(offender.get(), requester, caseResult.get())
          .ifPresent(problem -> problems.add(r.path("offenderId"), problem));
    }
    problems.throwIfAny();
    CaseFile caseFile = caseResult.orElseThrow().caseFile().orElseThrow();
    return new ScreeningRequest(programmeOverride.or(() -> programme).orElseThrow(),
        requester.orElseThrow(), asOfOverride.or(() -> asOf).orElseThrow(), caseFile,
        offender);
  }

  /** What reading the case found: the case when it is valid, and the participants' ids. */
  private record CaseResult(Optional<CaseFile> caseFile, Set<ParticipantId> participantIds) {}

  /** Reads the case, adding its problems; the ids are those of well-formed participant ids. */
  private static CaseResult readCase(JsonNode node, String path, Problems problems) {
    Set<ParticipantId> ids = new LinkedHashSet<>();
    JsonNode participants = node.get("participants");
    if (participants != null && participants.isArray()) {
      for (JsonNode p : participants) {
        JsonNode id = p.get("id");
        if (id != null && id.isTextual() && Identifier.isValid(id.textValue())) {
          ids.add(ParticipantId.of(id.textValue()));
        }
      }
    }
    try {
      return new CaseResult(Optional.of(CASES.read(node, path)), ids);
    } catch (InvalidInputException e) {
      problems.addAll(e.errors());
      return new CaseResult(Optional.empty(), ids);
    }
  }

  /** What is wrong with the request's {@code offenderId}, if anything. */
  private static Optional<Message> offenderProblem(ParticipantId offender,
      Optional<ParticipantId> requester, CaseResult caseResult) {
    if (!caseResult.participantIds().contains(offender)) {
      return Optional.of(Message.of("input.case.noParticipant"));
    }
    if (caseResult.caseFile().isEmpty()) {
      return Optional.empty();
    }
    CaseFile caseFile = caseResult.caseFile().get();
    if (!(caseFile.participant(offender).orElseThrow() instanceof Offender)) {
      return Optional.of(Message.of("input.request.offenderRole"));
    }
    Optional<ParticipantId> implied = requester.flatMap(id ->
        ScreeningRequest.impliedOffender(caseFile, id));
    if (implied.isPresent() && !implied.get().equals(offender)) {
      return Optional.of(Message.of("input.request.impliedOffender"));
    }
    return Optional.empty();
  }
}
