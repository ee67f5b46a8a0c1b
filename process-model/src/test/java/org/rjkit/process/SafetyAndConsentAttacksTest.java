package org.rjkit.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rjkit.process.Cases.MEDIATOR;
import static org.rjkit.process.Cases.OFFENDER;
import static org.rjkit.process.Cases.VICTIM;
import static org.rjkit.process.Cases.day;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rjkit.core.consent.ConsentForm;
import org.rjkit.core.language.Language;
import org.rjkit.core.participant.ParticipantId;
import org.rjkit.core.participant.Role;
import org.rjkit.core.safety.RiskLevel;
import org.rjkit.eligibility.Outcome;
import org.rjkit.process.agreement.AgreementItem;
import org.rjkit.process.agreement.AgreementItemId;
import org.rjkit.process.agreement.AgreementTerm;
import org.rjkit.process.communication.MessageId;
import org.rjkit.process.confidentiality.ContentRef;
import org.rjkit.process.confidentiality.DisclosureCapability;
import org.rjkit.process.confidentiality.DisclosurePolicies;
import org.rjkit.process.confidentiality.ExceptionGround;
import org.rjkit.process.confidentiality.ProcessContent;
import org.rjkit.process.confidentiality.Purpose;
import org.rjkit.process.confidentiality.Recipient;
import org.rjkit.process.confidentiality.RecipientKind;
import org.rjkit.process.disclosure.Disclosures;
import org.rjkit.process.lifecycle.EligibilityDecision;
import org.rjkit.process.lifecycle.Enrolment;
import org.rjkit.process.lifecycle.Meeting;
import org.rjkit.process.lifecycle.ProcessCase;
import org.rjkit.process.lifecycle.ProcessEvent;
import org.rjkit.process.lifecycle.ProcessEvent.AgreementAssented;
import org.rjkit.process.lifecycle.ProcessEvent.AgreementProposed;
import org.rjkit.process.lifecycle.ProcessEvent.CaseReopened;
import org.rjkit.process.lifecycle.ProcessEvent.ConsentGiven;
import org.rjkit.process.lifecycle.ProcessEvent.ConsentWithdrawn;
import org.rjkit.process.lifecycle.ProcessEvent.DisclosureAgreed;
import org.rjkit.process.lifecycle.ProcessEvent.DisclosureAgreementRevoked;
import org.rjkit.process.lifecycle.ProcessEvent.EligibilityRecorded;
import org.rjkit.process.lifecycle.ProcessEvent.ExceptionEstablished;
import org.rjkit.process.lifecycle.ProcessEvent.ExceptionRevoked;
import org.rjkit.process.lifecycle.ProcessEvent.MeetingCancelled;
import org.rjkit.process.lifecycle.ProcessEvent.MeetingScheduled;
import org.rjkit.process.lifecycle.ProcessEvent.MessageRelayed;
import org.rjkit.process.lifecycle.ProcessEvent.MessageSubmitted;
import org.rjkit.process.lifecycle.ProcessEvent.ParticipantEnrolled;
import org.rjkit.process.lifecycle.ProcessEvent.SafetyAssessed;
import org.rjkit.process.lifecycle.ProcessEvent.StageEntered;
import org.rjkit.process.lifecycle.ProcessEvent.StatementRecorded;
import org.rjkit.process.lifecycle.ProcessEvent.WithdrawalFlagged;
import org.rjkit.process.lifecycle.ProcessStage;
import org.rjkit.process.lifecycle.TransitionRefusedException;
import org.rjkit.process.type.Channel;
import org.rjkit.process.type.ProcessRole;
import org.rjkit.process.type.ProcessType;

/**
 * Safety, consent, agreements, reopening, enrolment and exceptions: the attacks of issue 10 that
 * went through the lifecycle, each refused.
 */
class SafetyAndConsentAttacksTest {

  private static final MessageId M1 = MessageId.of("M1");
  private static final AgreementItemId I1 = AgreementItemId.of("I1");

  private static TransitionRefusedException refused(Runnable r) {
    return assertThrows(TransitionRefusedException.class, r::run);
  }

  private static MessageSubmitted letter(int day, ParticipantId from, ParticipantId to) {
    return new MessageSubmitted(day(day), M1, from, to, Channel.LETTER,
        ProcessContent.of("a letter"));
  }

  private static ProcessCase inFollowUp(ProcessType type) {
    return Cases.inCommunication(type).recordAll(
        new StageEntered(day(7), ProcessStage.AGREEMENT),
        new AgreementProposed(day(7), List.of(new AgreementItem(I1,
            new AgreementTerm.Apology(ProcessContent.of("in writing")), List.of(OFFENDER, VICTIM)))),
        new AgreementAssented(day(8), I1, OFFENDER), new AgreementAssented(day(8), I1, VICTIM),
        new StageEntered(day(9), ProcessStage.FOLLOW_UP));
  }

  // ------------------------------------------------------------------ danger

  @Test
  void no_letter_is_submitted_in_follow_up_after_danger() {
    ProcessCase c = inFollowUp(ProcessType.LETTERS).record(
        new SafetyAssessed(day(10), RiskLevel.DANGER));
    assertEquals(ProcessStage.FOLLOW_UP, c.stage());
    assertEquals("PROC-COMMUNICATION-SAFETY",
        refused(() -> c.record(letter(11, VICTIM, OFFENDER))).ruleId());
    ProcessCase safe = c.record(new SafetyAssessed(day(12), RiskLevel.LOW));
    assertEquals(1, safe.record(letter(12, VICTIM, OFFENDER)).messages().size());
  }

  @Test
  void a_letter_pending_when_danger_sends_the_case_back_is_never_relayed() {
    ProcessCase c = Cases.inCommunication(ProcessType.LETTERS).recordAll(
        letter(7, VICTIM, OFFENDER), new SafetyAssessed(day(8), RiskLevel.DANGER));
    assertEquals(ProcessStage.PREPARATION, c.stage());
    assertEquals("PROC-MESSAGE-RELAYED",
        refused(() -> c.record(new MessageRelayed(day(9), M1))).ruleId());
    // a later safe assessment alone does not resume communication: the stage guard must pass
    ProcessCase safe = c.record(new SafetyAssessed(day(10), RiskLevel.LOW));
    assertEquals("PROC-MESSAGE-RELAYED",
        refused(() -> safe.record(new MessageRelayed(day(10), M1))).ruleId());
    ProcessCase back = safe.record(new StageEntered(day(11), ProcessStage.COMMUNICATION));
    assertTrue(back.record(new MessageRelayed(day(11), M1)).message(M1).orElseThrow()
        .isVisibleToRecipient());
  }

  @Test
  void a_letter_is_not_relayed_in_follow_up_after_danger() {
    ProcessCase c = inFollowUp(ProcessType.LETTERS).recordAll(letter(10, VICTIM, OFFENDER),
        new SafetyAssessed(day(11), RiskLevel.DANGER));
    assertEquals("PROC-COMMUNICATION-SAFETY",
        refused(() -> c.record(new MessageRelayed(day(12), M1))).ruleId());
  }

  @Test
  void danger_cancels_every_meeting_still_to_come() {
    ProcessCase c = Cases.readyToCommunicate(ProcessType.DIRECT_MEDIATION).recordAll(
        new MeetingScheduled(day(6), new Meeting(day(6), day(20), Channel.FACE_TO_FACE)),
        new MeetingScheduled(day(6), new Meeting(day(6), day(30), Channel.VIDEO_CONFERENCE)),
        new SafetyAssessed(day(8), RiskLevel.DANGER));
    assertTrue(c.isCancelled(1));
    assertTrue(c.isCancelled(2));
    List<ProcessEvent> h = c.history();
    assertEquals(new MeetingCancelled(day(8), 1), h.get(h.size() - 2));
    assertEquals(new MeetingCancelled(day(8), 2), h.get(h.size() - 1));
    assertEquals("PROC-COMMUNICATION-SAFETY", refused(() -> c.record(new MeetingScheduled(day(9),
        new Meeting(day(9), day(25), Channel.FACE_TO_FACE)))).ruleId());
  }

  @Test
  void every_attendee_of_a_meeting_needs_current_consent() {
    ParticipantId mother = ParticipantId.of("VF1");
    ProcessCase c = Cases.readyToCommunicate(ProcessType.CONFERENCING).record(
        new ParticipantEnrolled(day(5), new Enrolment(mother, Role.VICTIM_FAMILY_MEMBER,
            ProcessRole.SUPPORTER)));
    TransitionRefusedException e = refused(() -> c.record(new MeetingScheduled(day(6),
        new Meeting(day(6), day(20), Channel.FACE_TO_FACE, List.of(VICTIM, OFFENDER, mother)))));
    assertEquals("PROC-COMMUNICATION-CONSENT", e.ruleId());
    assertEquals(List.of(mother), e.participants());
    ProcessCase consented = c.record(new ConsentGiven(day(6), mother, true, ConsentForm.WRITTEN));
    assertEquals(1, consented.record(new MeetingScheduled(day(6), new Meeting(day(6), day(20),
        Channel.FACE_TO_FACE, List.of(VICTIM, OFFENDER, mother, MEDIATOR)))).meetings().size());
  }

  // ------------------------------------------------------------------ withdrawal and agreement

  @Test
  void a_withdrawal_entered_late_flags_what_followed_and_its_assents_lapse() {
    ProcessCase c = Cases.inCommunication(ProcessType.CONFERENCING).recordAll(
        new StageEntered(day(7), ProcessStage.AGREEMENT),
        new AgreementProposed(day(7), List.of(new AgreementItem(I1,
            new AgreementTerm.Apology(ProcessContent.of("in writing")), List.of(OFFENDER, VICTIM)))),
        new AgreementAssented(day(9), I1, VICTIM));
    ProcessCase late = c.record(new ConsentWithdrawn(day(12), VICTIM, day(8)));
    WithdrawalFlagged flagged = late.history().stream()
        .filter(e -> e instanceof WithdrawalFlagged).map(e -> (WithdrawalFlagged) e)
        .findFirst().orElseThrow();
    assertEquals(VICTIM, flagged.participant());
    assertEquals(List.of(c.history().size()), flagged.events(), "the assent of day 9 is flagged");
    assertTrue(late.agreement().orElseThrow().assentsTo(I1).isEmpty(), "the assent lapsed");
    assertFalse(late.consentOn(VICTIM, day(8)).status().isCurrent());
    assertTrue(late.consentOn(VICTIM, day(7)).status().isCurrent());
  }

  @Test
  void an_agreement_without_a_harmed_partys_assent_is_not_reached() {
    ProcessCase c = Cases.inCommunication(ProcessType.CONFERENCING).recordAll(
        new StageEntered(day(7), ProcessStage.AGREEMENT),
        new AgreementProposed(day(7), List.of(new AgreementItem(I1,
            new AgreementTerm.Apology(ProcessContent.of("in writing")), List.of(OFFENDER)))),
        new AgreementAssented(day(8), I1, OFFENDER));
    assertTrue(c.agreement().orElseThrow().isReached());
    assertEquals("PROC-FOLLOW-UP-AGREEMENT",
        refused(() -> c.record(new StageEntered(day(9), ProcessStage.FOLLOW_UP))).ruleId());
  }

  // ------------------------------------------------------------------ reopening

  @Test
  void withdrawing_at_intake_and_reopening_never_skips_screening() {
    ProcessCase intake = Cases.victimsRequest(ProcessType.LETTERS).recordAll(
        new StageEntered(day(1), ProcessStage.INTAKE),
        new EligibilityRecorded(day(1), Cases.screening(Outcome.INELIGIBLE)),
        new ConsentGiven(day(1), VICTIM, true, ConsentForm.WRITTEN),
        new ConsentGiven(day(1), OFFENDER, true, ConsentForm.WRITTEN),
        new ConsentWithdrawn(day(2), VICTIM));
    assertEquals(ProcessStage.CLOSED, intake.stage());
    ProcessCase reopened = intake.recordAll(
        new ConsentGiven(day(3), VICTIM, true, ConsentForm.WRITTEN), new CaseReopened(day(3)));
    assertEquals(ProcessStage.INTAKE, reopened.stage(), "back where it was, never further");
    assertEquals("PROC-INTAKE-ELIGIBLE", refused(() -> reopened.record(
        new StageEntered(day(4), ProcessStage.ASSESSMENT))).ruleId());
  }

  // ------------------------------------------------------------------ enrolment

  @ParameterizedTest(name = "a {0} as {1}: {2}")
  @CsvSource(textBlock = """
      VICTIM,                 HARMED_PARTY,      true
      VICTIM,                 RESPONSIBLE_PARTY, false
      VICTIM,                 FACILITATOR,       false
      VICTIM,                 SUPPORTER,         false
      OFFENDER,               RESPONSIBLE_PARTY, true
      OFFENDER,               HARMED_PARTY,      false
      OFFENDER,               SUPPORTER,         false
      VICTIM_REPRESENTATIVE,  HARMED_PARTY,      true
      VICTIM_FAMILY_MEMBER,   SUPPORTER,         true
      OFFENDER_FAMILY_MEMBER, HARMED_PARTY,      true
      OFFENDER_FAMILY_MEMBER, RESPONSIBLE_PARTY, false
      SUPPORTER,              SUPPORTER,         true
      SUPPORTER,              HARMED_PARTY,      false
      COMMUNITY_MEMBER,       COMMUNITY_MEMBER,  true
      COMMUNITY_MEMBER,       RESPONSIBLE_PARTY, false
      FACILITATOR,            FACILITATOR,       true
      FACILITATOR,            HARMED_PARTY,      false
      """)
  void enrolment_pairs_only_compatible_roles(Role role, ProcessRole part, boolean compatible) {
    assertEquals(compatible, part.isCompatibleWith(role));
    if (compatible) {
      assertEquals(part, new Enrolment(ParticipantId.of("P1"), role, part).processRole());
    } else {
      assertThrows(IllegalArgumentException.class,
          () -> new Enrolment(ParticipantId.of("P1"), role, part));
    }
  }

  // ------------------------------------------------------------------ exceptions

  private static ProcessCase twoStatements() {
    return Cases.inCommunication(ProcessType.LETTERS).recordAll(
        new StatementRecorded(day(7), OFFENDER, ProcessContent.of("he said he would come back")),
        new StatementRecorded(day(7), VICTIM, ProcessContent.of("I moved house")));
  }

  private static DisclosureCapability police(ProcessCase c, java.time.LocalDate on) {
    return Disclosures.disclose(c, DisclosurePolicies.cscRestorativeOpportunities(),
        Recipient.of(RecipientKind.POLICE), Purpose.SAFETY, on).capability();
  }

  @Test
  void an_exception_is_established_by_an_enrolled_facilitator_only() {
    ProcessCase c = twoStatements();
    assertEquals("PROC-EXCEPTION-AUTHOR", refused(() -> c.record(new ExceptionEstablished(day(8),
        VICTIM, ExceptionGround.IMMINENT_HARM, RecipientKind.POLICE,
        List.of(ContentRef.statement("S1")), Optional.empty(), day(30)))).ruleId());
    assertEquals("PROC-EXCEPTION-AUTHOR", refused(() -> c.record(new ExceptionEstablished(day(8),
        ParticipantId.of("F9"), ExceptionGround.IMMINENT_HARM, RecipientKind.POLICE,
        List.of(ContentRef.statement("S1")), Optional.empty(), day(30)))).ruleId());
    assertThrows(IllegalArgumentException.class, () -> new ExceptionEstablished(day(8), MEDIATOR,
        ExceptionGround.IMMINENT_HARM, RecipientKind.POLICE, List.of(), Optional.empty(),
        day(30)), "an exception names its trigger or a reason");
  }

  @Test
  void an_exception_opens_only_the_items_it_names_for_that_recipient_until_it_ends() {
    ProcessCase c = twoStatements().record(Cases.exception(day(8), ExceptionGround.IMMINENT_HARM,
        RecipientKind.POLICE, ContentRef.statement("S1")));
    DisclosureCapability during = police(c, day(9));
    assertEquals(Set.of(ContentRef.statement("S1")), during.items());
    assertEquals("he said he would come back", c.statements().get(0).content().reveal(during));
    assertThrows(IllegalArgumentException.class,
        () -> c.statements().get(1).content().reveal(during));
    DisclosureCapability staff = Disclosures.disclose(c,
        DisclosurePolicies.cscRestorativeOpportunities(), Recipient.of(
            RecipientKind.PROGRAMME_STAFF), Purpose.SAFETY, day(9)).capability();
    assertTrue(staff.items().isEmpty(), "not for another recipient");
    DisclosureCapability after = police(c, day(40));
    assertTrue(after.items().isEmpty(), "not after its end date");
    ProcessCase revoked = c.record(new ExceptionRevoked(day(10), MEDIATOR,
        ExceptionGround.IMMINENT_HARM, RecipientKind.POLICE));
    assertTrue(police(revoked, day(11)).items().isEmpty(), "not once revoked");
  }

  @Test
  void an_exception_with_a_reason_and_no_item_opens_no_content() {
    ProcessCase c = twoStatements().record(Cases.exception(day(8), ExceptionGround.IMMINENT_HARM,
        RecipientKind.POLICE));
    DisclosureCapability cap = police(c, day(9));
    assertTrue(cap.items().isEmpty());
    assertFalse(Disclosures.disclose(c, DisclosurePolicies.cscRestorativeOpportunities(),
        Recipient.of(RecipientKind.POLICE), Purpose.SAFETY, day(9)).view().render(Language.EN)
        .contains("come back"));
  }

  // ------------------------------------------------------------------ party agreement

  private static final ParticipantId SUPPORTER = ParticipantId.of("S1");

  /** An EU case (party agreement is an exception there) with a supporter who spoke. */
  private static ProcessCase euConference() {
    ProcessCase c = ProcessCase.open(new ProcessEvent.CaseOpened(day(0),
        org.rjkit.core.casefile.CaseId.of("EU-1"),
        org.rjkit.eligibility.programmes.Programmes.EU_VICTIMS_DIRECTIVE_ART12,
        ProcessType.CONFERENCING, List.of(Enrolment.of(VICTIM, Role.VICTIM),
            Enrolment.of(OFFENDER, Role.OFFENDER), Enrolment.of(SUPPORTER, Role.SUPPORTER),
            Enrolment.of(MEDIATOR, Role.FACILITATOR)), VICTIM));
    return c.recordAll(new StageEntered(day(1), ProcessStage.INTAKE),
        new EligibilityRecorded(day(1), new EligibilityDecision(
            org.rjkit.eligibility.programmes.Programmes.EU_VICTIMS_DIRECTIVE_ART12, "2026.1",
            day(1), Outcome.ELIGIBLE)),
        new StageEntered(day(2), ProcessStage.ASSESSMENT),
        new StageEntered(day(3), ProcessStage.PREPARATION),
        new ConsentGiven(day(4), VICTIM, true, ConsentForm.WRITTEN),
        new ConsentGiven(day(4), OFFENDER, true, ConsentForm.WRITTEN),
        new ConsentGiven(day(4), SUPPORTER, true, ConsentForm.WRITTEN),
        new StatementRecorded(day(5), VICTIM, ProcessContent.of("what the victim said")),
        new StatementRecorded(day(5), SUPPORTER, ProcessContent.of("what the supporter said")));
  }

  private static DisclosureCapability researcher(ProcessCase c, java.time.LocalDate on) {
    return Disclosures.disclose(c, DisclosurePolicies.euVictimsDirective(),
        Recipient.of(RecipientKind.RESEARCHER), Purpose.RESEARCH, on).capability();
  }

  @Test
  void party_agreement_needs_every_speaker_whose_words_it_discloses() {
    ProcessCase parties = euConference().recordAll(
        new DisclosureAgreed(day(6), VICTIM, RecipientKind.RESEARCHER),
        new DisclosureAgreed(day(6), OFFENDER, RecipientKind.RESEARCHER));
    assertEquals(Set.of(ContentRef.statement("S1")), researcher(parties, day(7)).items(),
        "the supporter's words stay closed until the supporter agrees");
    ProcessCase all = parties.record(new DisclosureAgreed(day(7), SUPPORTER,
        RecipientKind.RESEARCHER));
    assertEquals(Set.of(ContentRef.statement("S1"), ContentRef.statement("S2")),
        researcher(all, day(8)).items());
  }

  @Test
  void party_agreement_covers_only_what_was_recorded_until_then() {
    ProcessCase c = euConference().recordAll(
        new DisclosureAgreed(day(6), VICTIM, RecipientKind.RESEARCHER),
        new DisclosureAgreed(day(6), OFFENDER, RecipientKind.RESEARCHER),
        new StatementRecorded(day(7), VICTIM, ProcessContent.of("said later")));
    assertFalse(researcher(c, day(8)).items().contains(ContentRef.statement("S3")));
  }

  @Test
  void party_agreement_can_be_revoked_and_lapses_on_withdrawal() {
    ProcessCase agreed = euConference().recordAll(
        new DisclosureAgreed(day(6), VICTIM, RecipientKind.RESEARCHER),
        new DisclosureAgreed(day(6), OFFENDER, RecipientKind.RESEARCHER));
    assertFalse(researcher(agreed, day(7)).items().isEmpty());
    ProcessCase revoked = agreed.record(new DisclosureAgreementRevoked(day(7), OFFENDER,
        RecipientKind.RESEARCHER));
    assertTrue(researcher(revoked, day(8)).items().isEmpty());
    ProcessCase withdrawn = agreed.record(new ConsentWithdrawn(day(7), VICTIM));
    assertFalse(withdrawn.establishedExceptions(RecipientKind.RESEARCHER)
        .contains(ExceptionGround.PARTY_AGREEMENT));
  }
}
