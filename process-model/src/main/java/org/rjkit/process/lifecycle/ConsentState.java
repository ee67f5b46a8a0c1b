package org.rjkit.process.lifecycle;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.rjkit.core.consent.ConsentHistory;
import org.rjkit.core.consent.ConsentRecord;
import org.rjkit.core.consent.ConsentStatus;
import org.rjkit.core.consent.CurrentConsent;
import org.rjkit.core.participant.ParticipantId;
import org.rjkit.core.truth.Truth;
import org.rjkit.process.lifecycle.ProcessEvent.ConsentGiven;
import org.rjkit.process.lifecycle.ProcessEvent.ConsentWithdrawn;
import org.rjkit.process.type.Participation;
import org.rjkit.process.type.ProcessRole;
import org.rjkit.process.type.ProcessType;

/**
 * The consents of a case, part of its state: every consent record in the core consent model
 * (given, withdrawn, given again) and the participants who refused before giving any consent.
 * Immutable; each event gives a new value.
 *
 * @param records the consent records, in the order given
 * @param declined who refused before any consent, or withdrew with no consent standing
 */
record ConsentState(ConsentHistory records, Set<ParticipantId> declined) {

  /** No consent given or refused. */
  static final ConsentState NONE = new ConsentState(ConsentHistory.EMPTY, Set.of());

  ConsentState {
    checkNotNull(records, "records");
    declined = ImmutableSortedSet.copyOf(declined);
  }

  /** A participant's consent on a date. */
  CurrentConsent on(ParticipantId participant, LocalDate on) {
    return records.currentOn(participant, on);
  }

  /** Whether a participant's latest word is a withdrawal (of a consent, or a refusal). */
  boolean hasWithdrawn(ParticipantId participant) {
    return declined.contains(participant)
        || records.currentOn(participant, LocalDate.MAX).status() == ConsentStatus.WITHDRAWN;
  }

  /** These consents with a consent given: it counts from its date, and lifts a refusal. */
  ConsentState given(ConsentGiven g) {
    Set<ParticipantId> d = new TreeSet<>(declined);
    d.remove(g.participant());
    return new ConsentState(records.with(new ConsentRecord(g.participant(), g.on(),
        Truth.of(g.informed()), Optional.of(g.form()), Optional.empty())), d);
  }

  /**
   * These consents with a withdrawal taking effect on its effective date: the consent standing
   * then is withdrawn; with none standing, the participant is recorded as having declined.
   */
  ConsentState withdrawn(ConsentWithdrawn w) {
    CurrentConsent latest = records.currentOn(w.participant(), w.effective());
    if (latest.record().isPresent() && latest.status() != ConsentStatus.WITHDRAWN) {
      ConsentRecord r = latest.record().get();
      List<ConsentRecord> all = new ArrayList<>(records.records());
      int i = all.lastIndexOf(r);
      all.set(i, r.withdrawn(w.effective()));
      return new ConsentState(new ConsentHistory(all), declined);
    }
    Set<ParticipantId> d = new TreeSet<>(declined);
    d.add(w.participant());
    return new ConsentState(records, d);
  }

  /**
   * Whether a process type's consent needs are met on a date by participants: every role the
   * type requires is covered by someone who has not withdrawn and has current consent, naming
   * who lacks it.
   */
  ConsentCheck check(ProcessType type, List<Enrolment> participants, LocalDate on) {
    List<ParticipantId> missing = new ArrayList<>();
    EnumSet<ProcessRole> uncovered = EnumSet.noneOf(ProcessRole.class);
    for (ProcessRole role : ProcessRole.values()) {
      if (type.participation(role) != Participation.REQUIRED) {
        continue;
      }
      boolean covered = false;
      for (Enrolment e : participants) {
        if (e.processRole() != role || hasWithdrawn(e.id())) {
          continue;
        }
        if (records.currentOn(e.id(), on).status().isCurrent()) {
          covered = true;
        } else {
          missing.add(e.id());
        }
      }
      if (!covered) {
        uncovered.add(role);
      }
    }
    return new ConsentCheck(missing, uncovered);
  }

  /** Counts only: never who consented or when. */
  @Override
  public String toString() {
    return "ConsentState[" + records.records().size() + " records, " + declined.size()
        + " declined]";
  }
}
