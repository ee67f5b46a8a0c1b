package org.rjkit.process.lifecycle;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rjkit.core.casefile.CaseFile;
import org.rjkit.core.consent.ConsentHistory;
import org.rjkit.core.consent.ConsentRecord;
import org.rjkit.core.consent.ConsentStatus;
import org.rjkit.core.consent.CurrentConsent;
import org.rjkit.core.participant.ParticipantId;
import org.rjkit.core.safety.SafetyAssessment;
import org.rjkit.core.screening.ScreeningRequest;
import org.rjkit.core.truth.Truth;
import org.rjkit.eligibility.screening.Screener;
import org.rjkit.process.lifecycle.ProcessEvent.ConsentGiven;
import org.rjkit.process.lifecycle.ProcessEvent.ConsentWithdrawn;
import org.rjkit.process.lifecycle.ProcessEvent.SafetyAssessed;

/**
 * The link of a case to the case file it was taken on with, and the programme's screener: at the
 * gates that need suitability, the case derives the facts the programme's rules read from the
 * linked case file and its own events (the consents given and withdrawn and the safety
 * assessments recorded in the process), and screens them, so that nobody keeps a second copy of
 * the consents or the assessments. Not part of the history.
 *
 * @param intake the screening request the case was taken on with
 * @param screener the screener that knows the case's programme
 */
record CaseFileLink(ScreeningRequest intake, Screener screener) {

  CaseFileLink {
    checkNotNull(intake, "intake");
    checkNotNull(screener, "screener");
  }

  /**
   * The screening request of the case's current facts on a date: the linked case file, with the
   * consent acts and the safety assessments recorded in the process up to that date added to it.
   * A withdrawal withdraws the consent standing when it takes effect, whichever record holds it;
   * a refusal before any consent is a consent withdrawn the day it was given.
   */
  ScreeningRequest factsOn(ProcessCase c, LocalDate on) {
    CaseFile file = intake.caseFile();
    List<ConsentRecord> consents = new ArrayList<>(file.consents().records());
    List<SafetyAssessment> safety = new ArrayList<>(file.safetyAssessments());
    for (ProcessEvent e : c.history()) {
      if (e.on().isAfter(on)) {
        continue;
      }
      switch (e.kind()) {
        case CONSENT_GIVEN -> {
          ConsentGiven g = (ConsentGiven) e;
          if (inFile(file, g.participant())) {
            consents.add(new ConsentRecord(g.participant(), g.on(), Truth.of(g.informed()),
                Optional.of(g.form()), Optional.empty()));
          }
        }
        case CONSENT_WITHDRAWN -> {
          ConsentWithdrawn w = (ConsentWithdrawn) e;
          if (inFile(file, w.participant())) {
            withdraw(consents, w.participant(), w.effective());
          }
        }
        case SAFETY_ASSESSED -> {
          SafetyAssessed a = (SafetyAssessed) e;
          safety.add(new SafetyAssessment(a.on(), a.riskToVictim()));
        }
        case CASE_OPENED, PARTICIPANT_ENROLLED, STAGE_ENTERED, CASE_CLOSED, CASE_REOPENED,
            ELIGIBILITY_RECORDED, REVIEW_RECORDED, PROCESS_TYPE_CHANGED, MEETING_SCHEDULED,
            MEETING_CANCELLED, MESSAGE_SUBMITTED, MESSAGE_RELAYED, MESSAGE_RETURNED,
            STATEMENT_RECORDED, AGREEMENT_PROPOSED, AGREEMENT_ASSENTED, ITEM_FOLLOWED_UP,
            DISCLOSURE_AGREED, DISCLOSURE_AGREEMENT_REVOKED, EXCEPTION_ESTABLISHED,
            EXCEPTION_REVOKED, DISCLOSURE_RECORDED, WITHDRAWAL_FLAGGED -> { }
      }
    }
    CaseFile current = file.toBuilder().consents(consents).safetyAssessments(safety).build();
    return new ScreeningRequest(intake.programme(), intake.requesterId(), on, current,
        intake.offenderId());
  }

  /** The programme's decision on the case's current facts on a date, as the case records it. */
  EligibilityDecision screen(ProcessCase c, LocalDate on) {
    return EligibilityDecision.of(screener.screen(factsOn(c, on)));
  }

  private static boolean inFile(CaseFile file, ParticipantId id) {
    return file.participants().stream().anyMatch(p -> p.id().equals(id));
  }

  private static void withdraw(List<ConsentRecord> consents, ParticipantId p, LocalDate on) {
    CurrentConsent standing = new ConsentHistory(consents).currentOn(p, on);
    if (standing.record().isPresent() && standing.status() != ConsentStatus.WITHDRAWN) {
      ConsentRecord r = standing.record().get();
      consents.set(consents.lastIndexOf(r), r.withdrawn(on));
    } else {
      consents.add(new ConsentRecord(p, on, Truth.UNKNOWN, Optional.empty(),
          Optional.of(on)));
    }
  }

  /** Whether two screening summaries say the same (everything but the date decided for). */
  static boolean sameDecision(EligibilityDecision a, EligibilityDecision b) {
    return a.programme().equals(b.programme()) && a.ruleSetVersion().equals(b.ruleSetVersion())
        && a.outcome() == b.outcome() && a.phases().equals(b.phases())
        && a.blockingRules().equals(b.blockingRules()) && a.missingFacts().equals(b.missingFacts());
  }

  /** Checks that a screening request is the one a case was taken on with. */
  static void checkFor(ProcessCase c, ScreeningRequest intake) {
    checkArgument(intake.programme().equals(c.programme()),
        "intake.programme must be the case's programme");
    checkArgument(intake.caseFile().caseId().equals(c.caseId()),
        "intake.caseFile.caseId must be the case's id");
    checkArgument(intake.requesterId().equals(c.requestedBy()),
        "intake.requesterId must be the participant who asked for the process");
  }

  /** The request's own redacted form only (programme, date and case id). */
  @Override
  public String toString() {
    return "CaseFileLink[" + intake + "]";
  }
}
