package org.rjkit.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rjkit.process.Cases.MEDIATOR;
import static org.rjkit.process.Cases.OFFENDER;
import static org.rjkit.process.Cases.VICTIM;
import static org.rjkit.process.Cases.day;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rjkit.core.casefile.CaseId;
import org.rjkit.core.consent.ConsentForm;
import org.rjkit.core.participant.ParticipantId;
import org.rjkit.core.participant.Role;
import org.rjkit.process.agreement.AgreementItemId;
import org.rjkit.process.agreement.ItemStatus;
import org.rjkit.process.communication.RelayedMessage;
import org.rjkit.process.communication.MessageId;
import org.rjkit.process.communication.MessageStatus;
import org.rjkit.process.confidentiality.DisclosureDecision;
import org.rjkit.process.confidentiality.DisclosurePolicies;
import org.rjkit.process.confidentiality.DisclosureRequest;
import org.rjkit.process.confidentiality.InformationClass;
import org.rjkit.process.confidentiality.Permission;
import org.rjkit.process.confidentiality.ProcessContent;
import org.rjkit.process.confidentiality.Purpose;
import org.rjkit.process.confidentiality.Recipient;
import org.rjkit.process.confidentiality.RecipientKind;
import org.rjkit.process.lifecycle.ClosureReason;
import org.rjkit.process.lifecycle.Enrolment;
import org.rjkit.process.lifecycle.Meeting;
import org.rjkit.process.lifecycle.ProcessCase;
import org.rjkit.process.lifecycle.ProcessEvent;
import org.rjkit.process.lifecycle.ProcessEvent.AgreementAssented;
import org.rjkit.process.lifecycle.ProcessEvent.CaseClosed;
import org.rjkit.process.lifecycle.ProcessEvent.CaseOpened;
import org.rjkit.process.lifecycle.ProcessEvent.ConsentGiven;
import org.rjkit.process.lifecycle.ProcessEvent.ItemFollowedUp;
import org.rjkit.process.lifecycle.ProcessEvent.MeetingScheduled;
import org.rjkit.process.lifecycle.ProcessEvent.MessageRelayed;
import org.rjkit.process.lifecycle.ProcessEvent.MessageSubmitted;
import org.rjkit.process.lifecycle.ProcessEvent.ParticipantEnrolled;
import org.rjkit.process.lifecycle.ProcessEvent.StageEntered;
import org.rjkit.process.lifecycle.ProcessEvent.StatementRecorded;
import org.rjkit.process.lifecycle.ProcessStage;
import org.rjkit.process.type.Channel;
import org.rjkit.process.type.Participation;
import org.rjkit.process.type.ProcessRole;
import org.rjkit.process.type.ProcessType;

/**
 * The facts a case is made of are well formed: messages, meetings, events, recipients, process
 * content, process types and roles; and a history replays only when it is well formed.
 */
class ProcessFactsTest {

  private static final MessageId M1 = MessageId.of("M1");
  private static final ProcessContent LETTER = ProcessContent.of("I want to understand.");

  // ------------------------------------------------------------------ messages and meetings

  @Test
  void a_message_goes_from_one_participant_to_another_on_a_relayed_channel() {
    assertThrows(IllegalArgumentException.class, () -> new RelayedMessage(M1, day(1), VICTIM, VICTIM,
        Channel.LETTER, LETTER, MessageStatus.SUBMITTED, Optional.empty()));
    assertThrows(IllegalArgumentException.class, () -> new RelayedMessage(M1, day(1), VICTIM, OFFENDER,
        Channel.FACE_TO_FACE, LETTER, MessageStatus.SUBMITTED, Optional.empty()));
    assertThrows(IllegalArgumentException.class, () -> new MessageSubmitted(day(1), M1, VICTIM,
        VICTIM, Channel.LETTER, LETTER));
    assertThrows(IllegalArgumentException.class, () -> new MessageSubmitted(day(1), M1, VICTIM,
        OFFENDER, Channel.TELEPHONE, LETTER));
  }

  @Test
  void a_message_has_a_review_date_exactly_once_relayed_or_returned() {
    assertThrows(IllegalArgumentException.class, () -> new RelayedMessage(M1, day(1), VICTIM, OFFENDER,
        Channel.LETTER, LETTER, MessageStatus.SUBMITTED, Optional.of(day(2))));
    assertThrows(IllegalArgumentException.class, () -> new RelayedMessage(M1, day(1), VICTIM, OFFENDER,
        Channel.LETTER, LETTER, MessageStatus.RELAYED, Optional.empty()));
    RelayedMessage submitted = new RelayedMessage(M1, day(1), VICTIM, OFFENDER, Channel.LETTER, LETTER,
        MessageStatus.SUBMITTED, Optional.empty());
    assertFalse(submitted.isVisibleToRecipient());
    RelayedMessage relayed = submitted.reviewed(MessageStatus.RELAYED, day(1));
    assertTrue(relayed.isVisibleToRecipient());
    assertEquals(Optional.of(day(1)), relayed.reviewedOn());
    assertFalse(submitted.reviewed(MessageStatus.RETURNED, day(2)).isVisibleToRecipient());
    assertThrows(IllegalArgumentException.class,
        () -> submitted.reviewed(MessageStatus.SUBMITTED, day(2)));
    assertThrows(IllegalArgumentException.class,
        () -> submitted.reviewed(MessageStatus.RELAYED, day(0)));
  }

  @Test
  void a_message_never_shows_what_it_says() {
    RelayedMessage m = new RelayedMessage(M1, day(1), VICTIM, OFFENDER, Channel.LETTER, LETTER,
        MessageStatus.SUBMITTED, Optional.empty());
    assertFalse(m.toString().contains("understand"));
    assertTrue(m.toString().contains("ProcessContent[redacted]"));
    assertEquals("M1", M1.toString());
    assertTrue(M1.compareTo(MessageId.of("M2")) < 0);
    assertTrue(MessageId.of("M2").compareTo(M1) > 0);
  }

  @Test
  void a_meeting_is_held_on_a_meeting_channel_not_before_it_was_scheduled() {
    assertThrows(IllegalArgumentException.class,
        () -> new Meeting(day(5), day(4), Channel.FACE_TO_FACE));
    assertThrows(IllegalArgumentException.class,
        () -> new Meeting(day(5), day(6), Channel.LETTER));
    assertEquals(day(5), new Meeting(day(5), day(5), Channel.TELEPHONE).meetingOn());
    assertThrows(IllegalArgumentException.class, () -> new MeetingScheduled(day(4),
        new Meeting(day(5), day(6), Channel.FACE_TO_FACE)));
  }

  @ParameterizedTest(name = "{0}: meeting {1}, relayed {2}")
  @CsvSource(delimiter = '|', textBlock = """
      FACE_TO_FACE     | true  | false
      TELEPHONE        | true  | false
      VIDEO_CONFERENCE | true  | false
      RELAYED_MESSAGE  | false | true
      LETTER           | false | true
      VIDEO_RECORDING  | false | true
      AUDIO_RECORDING  | false | true
      """)
  void a_channel_is_either_a_meeting_or_a_relayed_message(Channel channel, boolean meeting,
      boolean relayed) {
    assertEquals(meeting, channel.isMeeting());
    assertEquals(relayed, channel.isRelayed());
  }

  // ------------------------------------------------------------------ events

  @Test
  void a_case_is_opened_with_its_participants_once_each_by_one_of_them() {
    CaseId id = CaseId.of("RO-1");
    List<Enrolment> two = List.of(Enrolment.of(VICTIM, Role.VICTIM),
        Enrolment.of(OFFENDER, Role.OFFENDER));
    assertThrows(IllegalArgumentException.class, () -> new CaseOpened(day(0), id, Cases.CSC,
        ProcessType.LETTERS, List.of(), VICTIM));
    assertThrows(IllegalArgumentException.class, () -> new CaseOpened(day(0), id, Cases.CSC,
        ProcessType.LETTERS, List.of(Enrolment.of(VICTIM, Role.VICTIM),
            Enrolment.of(VICTIM, Role.VICTIM_REPRESENTATIVE)), VICTIM));
    assertThrows(IllegalArgumentException.class, () -> new CaseOpened(day(0), id, Cases.CSC,
        ProcessType.LETTERS, two, MEDIATOR));
    assertEquals(VICTIM, new CaseOpened(day(0), id, Cases.CSC, ProcessType.LETTERS, two, VICTIM)
        .requestedBy());
  }

  @Test
  void a_case_is_closed_by_closing_it_not_by_entering_a_stage() {
    assertThrows(IllegalArgumentException.class,
        () -> new StageEntered(day(1), ProcessStage.CLOSED));
  }

  @Test
  void what_is_said_or_written_is_process_content_everything_else_administrative() {
    assertEquals(InformationClass.PROCESS_CONTENT, new MessageSubmitted(day(1), M1, VICTIM,
        OFFENDER, Channel.LETTER, LETTER).information());
    assertEquals(InformationClass.PROCESS_CONTENT,
        new StatementRecorded(day(1), VICTIM, LETTER).information());
    assertEquals(InformationClass.ADMINISTRATIVE,
        new MessageRelayed(day(1), M1).information());
    assertEquals(InformationClass.ADMINISTRATIVE, new AgreementAssented(day(1),
        AgreementItemId.of("I1"), VICTIM).information());
    assertEquals(InformationClass.ADMINISTRATIVE, new ItemFollowedUp(day(1),
        AgreementItemId.of("I1"), ItemStatus.COMPLETED).information());
  }

  // ------------------------------------------------------------------ recipients and content

  @Test
  void a_recipient_names_a_participant_exactly_when_it_is_a_participant() {
    assertThrows(IllegalArgumentException.class, () -> Recipient.of(RecipientKind.PARTICIPANT));
    assertThrows(IllegalArgumentException.class,
        () -> new Recipient(RecipientKind.POLICE, Optional.of(VICTIM)));
    assertEquals("PARTICIPANT:V1", Recipient.participant(VICTIM).toString());
    assertEquals("POLICE", Recipient.of(RecipientKind.POLICE).toString());
  }

  @Test
  void process_content_is_never_blank_and_never_shown_by_toString() {
    assertThrows(IllegalArgumentException.class, () -> ProcessContent.of(" "));
    assertEquals("ProcessContent[redacted]", LETTER.toString());
    // equality is identity: comparing with a guess never tells whether the text is the guess
    assertNotEquals(ProcessContent.of("I want to understand."), LETTER);
    assertNotEquals(ProcessContent.of("Something else."), LETTER);
    assertEquals(LETTER, LETTER);
    assertNotEquals(LETTER, "I want to understand.");
  }

  @Test
  void a_decision_is_not_an_authority_and_names_its_policy_and_its_rule() {
    DisclosureDecision staff = DisclosurePolicies.cscRestorativeOpportunities().decide(
        new DisclosureRequest(InformationClass.PROCESS_CONTENT,
            Recipient.of(RecipientKind.PROGRAMME_STAFF), Purpose.CASE_ADMINISTRATION), Set.of());
    assertEquals(Permission.REDACTED, staff.permission());
    assertEquals("CSC-CONF-STAFF-CONTENT", staff.ruleId());
    assertEquals("ca-csc-restorative-opportunities", staff.policyId());
    DisclosureDecision mediatorAdministrative = DisclosurePolicies.cscRestorativeOpportunities()
        .decide(new DisclosureRequest(InformationClass.ADMINISTRATIVE,
            Recipient.of(RecipientKind.FACILITATOR), Purpose.CONDUCT_OF_PROCESS), Set.of());
    assertEquals(Permission.PERMITTED, mediatorAdministrative.permission());
    assertFalse(mediatorAdministrative.permitsProcessContent(),
        "administrative facts permitted are not process content permitted");
    assertTrue(java.util.Arrays.stream(DisclosureDecision.class.getConstructors()).findAny()
        .isEmpty(), "a decision has no public constructor");
  }

  // ------------------------------------------------------------------ types and roles

  @ParameterizedTest(name = "{0}: meetings {1}, relays {2}, agreement {3}, without victim {4}, "
      + "supporters {5}")
  @CsvSource(delimiter = '|', textBlock = """
      DIRECT_MEDIATION       | true  | false | false | false | true
      INDIRECT_MEDIATION     | false | true  | false | false | false
      LETTERS                | false | true  | false | false | false
      CONFERENCING           | true  | false | false | false | true
      TALKING_CIRCLE         | true  | false | false | false | true
      FINANCIAL_COMPENSATION | false | false | true  | false | false
      COMMUNITY_DONATION     | false | false | true  | true  | false
      COMMUNITY_REPARATION   | false | false | true  | true  | false
      """)
  void what_each_process_type_does(ProcessType type, boolean meetings, boolean relays,
      boolean agreement, boolean withoutVictim, boolean supporters) {
    assertEquals(meetings, type.holdsMeetings());
    assertEquals(relays, type.relaysMessages());
    assertEquals(agreement, type.needsAgreement());
    assertEquals(withoutVictim, type.canProceedWithoutHarmedParty());
    assertEquals(supporters, type.supportersMayJoin());
    assertFalse(type.label().in(org.rjkit.core.language.Language.EN).isBlank());
    assertFalse(type.label().in(org.rjkit.core.language.Language.FR).isBlank());
  }

  @Test
  void community_members_join_circles_and_community_measures_only() {
    assertEquals(Participation.MAY_JOIN,
        ProcessType.TALKING_CIRCLE.participation(ProcessRole.COMMUNITY_MEMBER));
    assertEquals(Participation.MAY_JOIN,
        ProcessType.COMMUNITY_REPARATION.participation(ProcessRole.COMMUNITY_MEMBER));
    assertEquals(Participation.NOT_INVOLVED,
        ProcessType.DIRECT_MEDIATION.participation(ProcessRole.COMMUNITY_MEMBER));
    assertTrue(Participation.REQUIRED.takesPart());
    assertTrue(Participation.MAY_JOIN.takesPart());
    assertFalse(Participation.NOT_INVOLVED.takesPart());
  }

  @ParameterizedTest(name = "{0} is usually a {1}; a party: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      VICTIM                 | HARMED_PARTY      | true
      VICTIM_REPRESENTATIVE  | HARMED_PARTY      | true
      VICTIM_FAMILY_MEMBER   | HARMED_PARTY      | true
      OFFENDER               | RESPONSIBLE_PARTY | true
      OFFENDER_FAMILY_MEMBER | SUPPORTER         | false
      SUPPORTER              | SUPPORTER         | false
      COMMUNITY_MEMBER       | COMMUNITY_MEMBER  | false
      FACILITATOR            | FACILITATOR       | false
      """)
  void the_usual_process_role_of_each_case_role(Role role, ProcessRole processRole,
      boolean party) {
    assertEquals(processRole, ProcessRole.usualFor(role));
    assertEquals(party, processRole.isParty());
    assertEquals(processRole, Enrolment.of(ParticipantId.of("P1"), role).processRole());
  }

  // ------------------------------------------------------------------ histories

  @Test
  void a_history_starts_by_opening_the_case() {
    assertThrows(IllegalArgumentException.class, () -> ProcessCase.replay(List.of()));
    assertThrows(IllegalArgumentException.class,
        () -> ProcessCase.replay(List.of(new StageEntered(day(1), ProcessStage.INTAKE))));
    ProcessCase c = Cases.victimsRequest(ProcessType.LETTERS);
    CaseOpened opened = (CaseOpened) c.history().get(0);
    assertThrows(IllegalArgumentException.class, () -> c.record(opened));
    assertThrows(IllegalArgumentException.class,
        () -> ProcessCase.replay(List.of(opened, opened)));
  }

  @Test
  void a_history_never_goes_back_in_time() {
    ProcessCase c = Cases.inPreparation(ProcessType.LETTERS);
    List<ProcessEvent> h = new ArrayList<>(c.history());
    h.add(new ConsentGiven(day(1), VICTIM, true, ConsentForm.WRITTEN));
    assertThrows(IllegalArgumentException.class, () -> ProcessCase.replay(h));
  }

  @Test
  void a_history_refers_only_to_people_and_messages_of_the_case() {
    List<ProcessEvent> h = new ArrayList<>(Cases.inCommunication(ProcessType.LETTERS).history());
    ParticipantId stranger = ParticipantId.of("X9");
    assertThrows(IllegalArgumentException.class, () -> replayWith(h,
        new ConsentGiven(day(7), stranger, true, ConsentForm.WRITTEN)));
    assertThrows(IllegalArgumentException.class, () -> replayWith(h,
        new ProcessEvent.ConsentWithdrawn(day(7), stranger)));
    assertThrows(IllegalArgumentException.class, () -> replayWith(h,
        new StatementRecorded(day(7), stranger, LETTER)));
    assertThrows(IllegalArgumentException.class, () -> replayWith(h,
        new MessageSubmitted(day(7), M1, stranger, VICTIM, Channel.LETTER, LETTER)));
    assertThrows(IllegalArgumentException.class, () -> replayWith(h,
        new MessageSubmitted(day(7), M1, VICTIM, stranger, Channel.LETTER, LETTER)));
    assertThrows(IllegalArgumentException.class, () -> replayWith(h,
        new ProcessEvent.DisclosureAgreed(day(7), stranger, RecipientKind.PUBLIC)));
    assertThrows(IllegalArgumentException.class, () -> replayWith(h,
        new MessageRelayed(day(7), M1)));
    assertThrows(IllegalArgumentException.class, () -> replayWith(h,
        new ProcessEvent.MessageReturned(day(7), M1)));
    assertThrows(IllegalArgumentException.class, () -> replayWith(h,
        new ParticipantEnrolled(day(7), Enrolment.of(VICTIM, Role.VICTIM))));
    assertThrows(IllegalArgumentException.class, () -> replayWith(h,
        new AgreementAssented(day(7), AgreementItemId.of("I1"), VICTIM)));
    assertThrows(IllegalArgumentException.class, () -> replayWith(h,
        new ItemFollowedUp(day(7), AgreementItemId.of("I1"), ItemStatus.COMPLETED)));
    MessageSubmitted m1 = new MessageSubmitted(day(7), M1, VICTIM, OFFENDER, Channel.LETTER,
        LETTER);
    assertThrows(IllegalArgumentException.class, () -> replayWith(h, m1, m1));
  }

  private static ProcessCase replayWith(List<ProcessEvent> history, ProcessEvent... more) {
    List<ProcessEvent> h = new ArrayList<>(history);
    h.addAll(List.of(more));
    return ProcessCase.replay(h);
  }

  @Test
  void a_history_records_facts_without_rechecking_the_guards() {
    List<ProcessEvent> h = new ArrayList<>(Cases.inPreparation(ProcessType.LETTERS).history());
    h.add(new StageEntered(day(5), ProcessStage.COMMUNICATION));
    assertEquals(ProcessStage.COMMUNICATION, ProcessCase.replay(h).stage());
  }

  @Test
  void two_cases_are_equal_when_they_have_the_same_history() {
    ProcessCase a = Cases.inPreparation(ProcessType.LETTERS);
    ProcessCase b = Cases.inPreparation(ProcessType.LETTERS);
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, Cases.inPreparation(ProcessType.VIDEO_MESSAGES));
    assertNotEquals(a, a.record(new ConsentGiven(day(4), VICTIM, true, ConsentForm.WRITTEN)));
    assertNotEquals(a, a.history());
  }

  @Test
  void a_case_shows_only_its_id_type_stage_and_number_of_events() {
    ProcessCase c = Cases.inPreparation(ProcessType.LETTERS);
    assertEquals("ProcessCase[RO-2026-0001, LETTERS, PREPARATION, 5 events]", c.toString());
    ProcessCase closed = c.record(new CaseClosed(day(4), ClosureReason.UNSUITABLE));
    assertEquals("ProcessCase[RO-2026-0001, LETTERS, CLOSED UNSUITABLE, 6 events]",
        closed.toString());
    assertEquals(day(4), closed.asOf());
    assertEquals(VICTIM, c.requestedBy());
    assertEquals(Cases.CSC, c.programme());
  }
}
