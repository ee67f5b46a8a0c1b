package org.rjkit.core.casefile;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rjkit.core.consent.ConsentHistory;
import org.rjkit.core.consent.ConsentRecord;
import org.rjkit.core.consent.CurrentConsent;
import org.rjkit.core.offence.Offence;
import org.rjkit.core.offence.OffenceId;
import org.rjkit.core.order.Order;
import org.rjkit.core.participant.Offender;
import org.rjkit.core.participant.OffenderFamilyMember;
import org.rjkit.core.participant.Participant;
import org.rjkit.core.participant.ParticipantId;
import org.rjkit.core.participant.Supporter;
import org.rjkit.core.participant.VictimFamilyMember;
import org.rjkit.core.participant.VictimRepresentative;
import org.rjkit.core.safety.SafetyAssessment;
import org.rjkit.core.sentence.Sentence;
import org.rjkit.core.sentence.Sentences;
import org.rjkit.core.sentence.SupervisionStatus;
import org.rjkit.core.truth.Truth;

/**
 * A restorative justice case: everything a case document can state (interchange format,
 * version 1). A fact that is not stated is unknown: {@code Optional.empty()} or {@link Truth#UNKNOWN}; an empty list of
 * sentences says there is none.
 *
 * <p>Always valid: ids are unique within their kind, and every reference (a sentence's offences,
 * {@code relatedTo}, {@code actsFor}, a consent's participant, an order's protected participant)
 * names something in the case. {@code toString()} names only the case id.
 *
 * @param caseId the case identifier
 * @param jurisdiction where the case is dealt with, when known
 * @param stage the stage of proceedings, when known
 * @param offences the offences, when known
 * @param sentences the sentences, when known ({@link Sentences#NONE} says there is none)
 * @param supervision the offender's supervision status, when known
 * @param participants the participants, in document order
 * @param consents every consent record
 * @param safetyAssessments every safety assessment, in document order
 * @param orders the contact orders in force (none when not stated)
 * @param court the court dealing with the case, when known
 * @param prosecution the prosecutor's position
 * @param priorRestorativeProcess a restorative process already took place, when known
 * @param restorativeServiceAvailable a suitable service or facilitator is available, when known
 * @since 1.0
 */
public record CaseFile(
    CaseId caseId,
    Optional<Jurisdiction> jurisdiction,
    Optional<Stage> stage,
    Optional<List<Offence>> offences,
    Optional<Sentences> sentences,
    Optional<SupervisionStatus> supervision,
    List<Participant> participants,
    ConsentHistory consents,
    List<SafetyAssessment> safetyAssessments,
    List<Order> orders,
    Optional<Court> court,
    Prosecution prosecution,
    Truth priorRestorativeProcess,
    Truth restorativeServiceAvailable) {

  /**
   * Checks the components.
   *
   * @param caseId the case identifier
   * @param jurisdiction where the case is dealt with, when known
   * @param stage the stage of proceedings, when known
   * @param offences the offences, when known
   * @param sentences the sentences, when known ({@link Sentences#NONE} says there is none)
   * @param supervision the offender's supervision status, when known
   * @param participants the participants, in document order
   * @param consents every consent record
   * @param safetyAssessments every safety assessment, in document order
   * @param orders the contact orders in force (none when not stated)
   * @param court the court dealing with the case, when known
   * @param prosecution the prosecutor's position
   * @param priorRestorativeProcess a restorative process already took place, when known
   * @param restorativeServiceAvailable a suitable service or facilitator is available, when known
   */
  public CaseFile {
    checkNotNull(caseId, "caseId");
    checkNotNull(jurisdiction, "jurisdiction");
    checkNotNull(stage, "stage");
    offences = checkNotNull(offences, "offences").map(ImmutableList::copyOf);
    checkNotNull(sentences, "sentences");
    checkNotNull(supervision, "supervision");
    participants = ImmutableList.copyOf(participants);
    checkNotNull(consents, "consents");
    safetyAssessments = ImmutableList.copyOf(safetyAssessments);
    orders = ImmutableList.copyOf(orders);
    checkNotNull(court, "court");
    checkNotNull(prosecution, "prosecution");
    checkNotNull(priorRestorativeProcess, "priorRestorativeProcess");
    checkNotNull(restorativeServiceAvailable, "restorativeServiceAvailable");

    Set<ParticipantId> ids = new HashSet<>();
    for (Participant p : participants) {
      checkArgument(ids.add(p.id()), "participant ids must be unique");
    }
    for (Participant p : participants) {
      for (ParticipantId ref : references(p)) {
        checkArgument(ids.contains(ref) && !ref.equals(p.id()),
            "a participant must refer to another participant of the case");
      }
    }
    for (ConsentRecord c : consents.records()) {
      checkArgument(ids.contains(c.participantId()),
          "a consent must be given by a participant of the case");
    }
    for (Order o : orders) {
      checkArgument(ids.contains(o.protectedParticipantId()),
          "an order must protect a participant of the case");
    }
    Set<OffenceId> offenceIds = new HashSet<>();
    offences.ifPresent(list -> list.forEach(o ->
        checkArgument(offenceIds.add(o.id()), "offence ids must be unique")));
    if (offences.isPresent()) {
      sentences.ifPresent(s -> s.all().forEach(sentence -> sentence.offenceIds().forEach(
          id -> checkArgument(offenceIds.contains(id),
              "a sentence must be for an offence of the case"))));
    }
  }

  /**
   * The participants another participant refers to ({@code relatedTo}, {@code actsFor}).
   *
   * @param p not null
   * @return the references, possibly empty
   */
  public static List<ParticipantId> references(Participant p) {
    if (p instanceof VictimRepresentative r) {
      return List.of(r.actsFor());
    }
    if (p instanceof VictimFamilyMember f) {
      return List.of(f.relatedTo());
    }
    if (p instanceof OffenderFamilyMember f) {
      return List.of(f.relatedTo());
    }
    if (p instanceof Supporter s) {
      return s.relatedTo().stream().toList();
    }
    return List.of();
  }

  /**
   * A builder for a case with the given id and nothing else known.
   *
   * @param caseId not null
   * @return a new builder
   */
  public static Builder builder(CaseId caseId) {
    return new Builder(caseId);
  }

  /**
   * A builder holding this case's facts, to change some.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(caseId);
    b.jurisdiction = jurisdiction;
    b.stage = stage;
    b.offences = offences.map(ArrayList::new);
    b.sentences = sentences;
    b.supervision = supervision;
    b.participants = new ArrayList<>(participants);
    b.consents = new ArrayList<>(consents.records());
    b.safetyAssessments = new ArrayList<>(safetyAssessments);
    b.orders = new ArrayList<>(orders);
    b.court = court;
    b.prosecution = prosecution;
    b.priorRestorativeProcess = priorRestorativeProcess;
    b.restorativeServiceAvailable = restorativeServiceAvailable;
    return b;
  }

  /**
   * The participant with an id, if any.
   *
   * @param id not null
   * @return the participant with an id, or empty
   */
  public Optional<Participant> participant(ParticipantId id) {
    return participants.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /**
   * The first participant with the {@code OFFENDER} role, if any.
   *
   * @return the first participant with the {@code OFFENDER} role, or empty
   */
  public Optional<Offender> offender() {
    return participants.stream().filter(Offender.class::isInstance).map(Offender.class::cast)
        .findFirst();
  }

  /**
   * A participant's consent on a date (see {@link ConsentHistory#currentOn}).
   *
   * @param participant not null
   * @param on not null
   * @return the consent as it stands
   */
  public CurrentConsent consentOn(ParticipantId participant, LocalDate on) {
    return consents.currentOn(participant, on);
  }

  /**
   * The latest safety assessment on or before a date, if any.
   *
   * @param on not null
   * @return the latest safety assessment on or before a date, or empty
   */
  public Optional<SafetyAssessment> safetyOn(LocalDate on) {
    return SafetyAssessment.latestOn(safetyAssessments, on);
  }

  /** Names the case id only: a case file holds personal data. */
  @Override
  public String toString() {
    return "CaseFile[" + caseId + "]";
  }

  /** Builds a {@link CaseFile}; every fact left unset is unknown (lists: none). */
  public static final class Builder {
    private final CaseId caseId;
    private Optional<Jurisdiction> jurisdiction = Optional.empty();
    private Optional<Stage> stage = Optional.empty();
    private Optional<List<Offence>> offences = Optional.empty();
    private Optional<Sentences> sentences = Optional.empty();
    private Optional<SupervisionStatus> supervision = Optional.empty();
    private List<Participant> participants = new ArrayList<>();
    private List<ConsentRecord> consents = new ArrayList<>();
    private List<SafetyAssessment> safetyAssessments = new ArrayList<>();
    private List<Order> orders = new ArrayList<>();
    private Optional<Court> court = Optional.empty();
    private Prosecution prosecution = Prosecution.UNKNOWN;
    private Truth priorRestorativeProcess = Truth.UNKNOWN;
    private Truth restorativeServiceAvailable = Truth.UNKNOWN;

    private Builder(CaseId caseId) {
      this.caseId = checkNotNull(caseId, "caseId");
    }

    /**
     * Sets where the case is dealt with.
     *
     * @param value not null
     * @return this builder
     */
    public Builder jurisdiction(Jurisdiction value) {
      this.jurisdiction = Optional.of(value);
      return this;
    }

    /**
     * Sets where the case is dealt with.
     *
     * @param value empty when unknown; not null
     * @return this builder
     */
    public Builder jurisdiction(Optional<Jurisdiction> value) {
      this.jurisdiction = checkNotNull(value);
      return this;
    }

    /**
     * Sets the stage of proceedings.
     *
     * @param value not null
     * @return this builder
     */
    public Builder stage(Stage value) {
      this.stage = Optional.of(value);
      return this;
    }

    /**
     * Sets the stage of proceedings.
     *
     * @param value empty when unknown; not null
     * @return this builder
     */
    public Builder stage(Optional<Stage> value) {
      this.stage = checkNotNull(value);
      return this;
    }

    /**
     * Adds an offence; the offences become known.
     *
     * @param value not null
     * @return this builder
     */
    public Builder offence(Offence value) {
      List<Offence> list = new ArrayList<>(offences.orElse(List.of()));
      list.add(value);
      this.offences = Optional.of(list);
      return this;
    }

    /**
     * Sets the offences (empty: unknown).
     *
     * @param value empty when unknown; not null
     * @return this builder
     */
    public Builder offences(Optional<List<Offence>> value) {
      this.offences = checkNotNull(value);
      return this;
    }

    /**
     * Adds a sentence; the sentences become known.
     *
     * @param value not null
     * @return this builder
     */
    public Builder sentence(Sentence value) {
      List<Sentence> list = new ArrayList<>(sentences.map(Sentences::all).orElse(List.of()));
      list.add(value);
      this.sentences = Optional.of(new Sentences(list));
      return this;
    }

    /**
     * Sets the sentences (empty: unknown).
     *
     * @param value empty when unknown; not null
     * @return this builder
     */
    public Builder sentences(Optional<Sentences> value) {
      this.sentences = checkNotNull(value);
      return this;
    }

    /**
     * Sets the offender's supervision status.
     *
     * @param value not null
     * @return this builder
     */
    public Builder supervision(SupervisionStatus value) {
      this.supervision = Optional.of(value);
      return this;
    }

    /**
     * Sets the offender's supervision status.
     *
     * @param value empty when unknown; not null
     * @return this builder
     */
    public Builder supervision(Optional<SupervisionStatus> value) {
      this.supervision = checkNotNull(value);
      return this;
    }

    /**
     * Adds a participant, after those already added.
     *
     * @param value not null
     * @return this builder
     */
    public Builder participant(Participant value) {
      participants.add(checkNotNull(value));
      return this;
    }

    /**
     * Replaces the participant with the same id, keeping its position.
     *
     * @param value not null
     * @return this builder
     */
    public Builder replaceParticipant(Participant value) {
      participants.replaceAll(p -> p.id().equals(value.id()) ? value : p);
      return this;
    }

    /**
     * Replaces the participants, in document order.
     *
     * @param value not null, no null element
     * @return this builder
     */
    public Builder participants(List<Participant> value) {
      this.participants = new ArrayList<>(value);
      return this;
    }

    /**
     * Adds a consent record.
     *
     * @param value not null
     * @return this builder
     */
    public Builder consent(ConsentRecord value) {
      consents.add(checkNotNull(value));
      return this;
    }

    /**
     * Replaces the consent records.
     *
     * @param value not null, no null element
     * @return this builder
     */
    public Builder consents(List<ConsentRecord> value) {
      this.consents = new ArrayList<>(value);
      return this;
    }

    /**
     * Adds a safety assessment.
     *
     * @param value not null
     * @return this builder
     */
    public Builder safetyAssessment(SafetyAssessment value) {
      safetyAssessments.add(checkNotNull(value));
      return this;
    }

    /**
     * Replaces the safety assessments, in document order.
     *
     * @param value not null, no null element
     * @return this builder
     */
    public Builder safetyAssessments(List<SafetyAssessment> value) {
      this.safetyAssessments = new ArrayList<>(value);
      return this;
    }

    /**
     * Adds a contact order.
     *
     * @param value not null
     * @return this builder
     */
    public Builder order(Order value) {
      orders.add(checkNotNull(value));
      return this;
    }

    /**
     * Replaces the contact orders.
     *
     * @param value not null, no null element
     * @return this builder
     */
    public Builder orders(List<Order> value) {
      this.orders = new ArrayList<>(value);
      return this;
    }

    /**
     * Sets the court dealing with the case.
     *
     * @param value not null
     * @return this builder
     */
    public Builder court(Court value) {
      this.court = Optional.of(value);
      return this;
    }

    /**
     * Sets the court dealing with the case.
     *
     * @param value empty when unknown; not null
     * @return this builder
     */
    public Builder court(Optional<Court> value) {
      this.court = checkNotNull(value);
      return this;
    }

    /**
     * Sets the prosecutor's position.
     *
     * @param value not null
     * @return this builder
     */
    public Builder prosecution(Prosecution value) {
      this.prosecution = checkNotNull(value);
      return this;
    }

    /**
     * Sets whether a restorative process already took place.
     *
     * @param value a known answer
     * @return this builder
     */
    public Builder priorRestorativeProcess(boolean value) {
      this.priorRestorativeProcess = Truth.of(value);
      return this;
    }

    /**
     * Sets whether a restorative process already took place.
     *
     * @param value not null ({@link Truth#UNKNOWN} when unknown)
     * @return this builder
     */
    public Builder priorRestorativeProcess(Truth value) {
      this.priorRestorativeProcess = checkNotNull(value);
      return this;
    }

    /**
     * Sets whether a suitable service or facilitator is available.
     *
     * @param value a known answer
     * @return this builder
     */
    public Builder restorativeServiceAvailable(boolean value) {
      this.restorativeServiceAvailable = Truth.of(value);
      return this;
    }

    /**
     * Sets whether a suitable service or facilitator is available.
     *
     * @param value not null ({@link Truth#UNKNOWN} when unknown)
     * @return this builder
     */
    public Builder restorativeServiceAvailable(Truth value) {
      this.restorativeServiceAvailable = checkNotNull(value);
      return this;
    }

    /**
     * The case; throws IllegalArgumentException if a reference or id is invalid.
     *
     * @return the case
     */
    public CaseFile build() {
      return new CaseFile(caseId, jurisdiction, stage, offences, sentences, supervision,
          participants, new ConsentHistory(consents), safetyAssessments, orders, court,
          prosecution, priorRestorativeProcess, restorativeServiceAvailable);
    }
  }
}
