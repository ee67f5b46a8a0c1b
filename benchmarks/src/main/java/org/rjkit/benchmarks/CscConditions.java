package org.rjkit.benchmarks;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.rjkit.core.casefile.CaseFile;
import org.rjkit.core.casefile.Stage;
import org.rjkit.core.order.Order;
import org.rjkit.core.order.OrderKind;
import org.rjkit.core.participant.Offender;
import org.rjkit.core.participant.Participant;
import org.rjkit.core.participant.ParticipantId;
import org.rjkit.core.participant.Role;
import org.rjkit.core.safety.RiskLevel;
import org.rjkit.core.safety.SafetyAssessment;
import org.rjkit.core.screening.ScreeningRequest;
import org.rjkit.core.sentence.SentenceChain;
import org.rjkit.core.sentence.Sentences;
import org.rjkit.core.sentence.SupervisionStatus;
import org.rjkit.core.truth.Truth;

/**
 * The eight CSC Restorative Opportunities conditions written by hand as booleans, the way a
 * vendor would code them without rjkit: no explanation, no citation, no missing facts, unknown
 * taken as "does not hold". They are the floor of the issue-12 table and the conditions of the
 * Easy Rules peer ({@link EasyRulesCsc}), so both do the same work on the same facts.
 */
final class CscConditions {

  /** The rule names, in the programme's order (the ids of {@code CscRestorativeOpportunities}). */
  static final String[] NAMES = {
    "CSC-RO-POST-SENTENCE", "CSC-RO-REQUESTER-STANDING", "CSC-RO-FEDERAL-SENTENCE",
    "CSC-RO-UNDER-SENTENCE", "CSC-RO-ACCEPTS-RESPONSIBILITY", "CSC-RO-CONSENT", "CSC-RO-SAFETY",
    "CSC-RO-NO-CONTACT-ORDER"};

  private static final Set<Role> STANDING = EnumSet.of(Role.VICTIM, Role.VICTIM_REPRESENTATIVE,
      Role.VICTIM_FAMILY_MEMBER, Role.OFFENDER_FAMILY_MEMBER, Role.OFFENDER);

  private CscConditions() {}

  /** Rule 1: post-sentence. */
  static boolean postSentence(CaseFile file) {
    return file.stage().orElse(null) == Stage.POST_SENTENCE;
  }

  /** Rule 2: the requester has standing and is not a co-accused on the victim's side. */
  static boolean requesterStanding(Participant requester) {
    return requester != null && STANDING.contains(requester.role())
        && !(requester.role().isVictimSide() && requester.chargedInSameOffence());
  }

  /** Rule 3: a penitentiary sentence (Criminal Code s.743.1). */
  static boolean federalSentence(CaseFile file) {
    Optional<Sentences> sentences = file.sentences();
    return sentences.isPresent() && sentences.get().penitentiary().penitentiary() == Truth.YES;
  }

  /** Rule 4: still under sentence: the supervision status, else the sentences' dates. */
  static boolean underSentence(CaseFile file, LocalDate asOf) {
    Optional<SupervisionStatus> status = file.supervision();
    if (status.isPresent()) {
      return status.get().isUnderSentence();
    }
    Optional<Sentences> sentences = file.sentences();
    if (sentences.isEmpty()) {
      return false;
    }
    if (sentences.get().hasIndefiniteSentence()) {
      return true;
    }
    for (SentenceChain chain : sentences.get().chains()) {
      if (chain.isServedOn(asOf) == Truth.YES) {
        return true;
      }
    }
    return false;
  }

  /** Rule 5: the offender accepts responsibility. */
  static boolean acceptsResponsibility(Offender offender) {
    return offender != null && offender.acceptsResponsibility() == Truth.YES;
  }

  /** Rule 6: the requester and the offender consent on the date. */
  static boolean consent(CaseFile file, ParticipantId requester, Offender offender,
      LocalDate asOf) {
    return offender != null && file.consentOn(requester, asOf).status().isCurrent()
        && file.consentOn(offender.id(), asOf).status().isCurrent();
  }

  /** Rule 7: the latest safety assessment shows less than a high risk. */
  static boolean safety(CaseFile file, LocalDate asOf) {
    Optional<SafetyAssessment> latest = file.safetyOn(asOf);
    return latest.isPresent() && latest.get().riskToVictim().compareTo(RiskLevel.HIGH) < 0;
  }

  /** Rule 8: no no-contact order in force that forbids contact facilitated by the programme. */
  static boolean noContactOrder(CaseFile file) {
    for (Order order : file.orders()) {
      if (order.kind() == OrderKind.NO_CONTACT && !order.allowsFacilitatedContact()) {
        return false;
      }
    }
    return true;
  }

  /** The requester, or null. */
  static Participant requester(ScreeningRequest request) {
    return request.caseFile().participant(request.requesterId()).orElse(null);
  }

  /** The offender, or null. */
  static Offender offender(ScreeningRequest request) {
    return request.caseFile().offender().orElse(null);
  }

  /**
   * All eight conditions, one bit each in the programme's order (bit 0 is rule 1): the floor's
   * whole answer. The case is eligible when all eight bits are set.
   */
  static int evaluate(ScreeningRequest request) {
    CaseFile file = request.caseFile();
    Participant requester = requester(request);
    Offender offender = offender(request);
    LocalDate asOf = request.asOf();
    int bits = 0;
    bits |= postSentence(file) ? 1 : 0;
    bits |= requesterStanding(requester) ? 1 << 1 : 0;
    bits |= federalSentence(file) ? 1 << 2 : 0;
    bits |= underSentence(file, asOf) ? 1 << 3 : 0;
    bits |= acceptsResponsibility(offender) ? 1 << 4 : 0;
    bits |= consent(file, request.requesterId(), offender, asOf) ? 1 << 5 : 0;
    bits |= safety(file, asOf) ? 1 << 6 : 0;
    bits |= noContactOrder(file) ? 1 << 7 : 0;
    return bits;
  }

  /** Whether every condition holds. */
  static boolean eligible(int bits) {
    return bits == 0xFF;
  }
}
