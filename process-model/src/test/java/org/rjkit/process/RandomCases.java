package org.rjkit.process;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import org.rjkit.core.casefile.CaseId;
import org.rjkit.core.consent.ConsentForm;
import org.rjkit.core.participant.ParticipantId;
import org.rjkit.core.participant.Role;
import org.rjkit.core.safety.RiskLevel;
import org.rjkit.eligibility.Outcome;
import org.rjkit.process.agreement.AgreementItem;
import org.rjkit.process.agreement.AgreementItemId;
import org.rjkit.process.agreement.AgreementTerm;
import org.rjkit.process.agreement.ItemStatus;
import org.rjkit.process.agreement.Money;
import org.rjkit.process.communication.MessageId;
import org.rjkit.process.confidentiality.ExceptionGround;
import org.rjkit.process.confidentiality.ProcessContent;
import org.rjkit.process.confidentiality.RecipientKind;
import org.rjkit.process.lifecycle.ClosureReason;
import org.rjkit.process.lifecycle.Enrolment;
import org.rjkit.process.lifecycle.Meeting;
import org.rjkit.process.lifecycle.ProcessCase;
import org.rjkit.process.lifecycle.ProcessEvent;
import org.rjkit.process.lifecycle.ProcessEvent.AgreementAssented;
import org.rjkit.process.lifecycle.ProcessEvent.AgreementProposed;
import org.rjkit.process.lifecycle.ProcessEvent.CaseClosed;
import org.rjkit.process.lifecycle.ProcessEvent.CaseOpened;
import org.rjkit.process.lifecycle.ProcessEvent.CaseReopened;
import org.rjkit.process.lifecycle.ProcessEvent.ConsentGiven;
import org.rjkit.process.lifecycle.ProcessEvent.ConsentWithdrawn;
import org.rjkit.process.lifecycle.ProcessEvent.DisclosureAgreed;
import org.rjkit.process.lifecycle.ProcessEvent.EligibilityRecorded;
import org.rjkit.process.lifecycle.ProcessEvent.ExceptionEstablished;
import org.rjkit.process.lifecycle.ProcessEvent.ItemFollowedUp;
import org.rjkit.process.lifecycle.ProcessEvent.MeetingScheduled;
import org.rjkit.process.lifecycle.ProcessEvent.MessageRelayed;
import org.rjkit.process.lifecycle.ProcessEvent.MessageReturned;
import org.rjkit.process.lifecycle.ProcessEvent.MessageSubmitted;
import org.rjkit.process.lifecycle.ProcessEvent.ParticipantEnrolled;
import org.rjkit.process.lifecycle.ProcessEvent.ProcessTypeChanged;
import org.rjkit.process.lifecycle.ProcessEvent.ReviewRecorded;
import org.rjkit.process.lifecycle.ProcessEvent.SafetyAssessed;
import org.rjkit.process.lifecycle.ProcessEvent.StageEntered;
import org.rjkit.process.lifecycle.ProcessEvent.StatementRecorded;
import org.rjkit.process.lifecycle.ProcessStage;
import org.rjkit.process.lifecycle.ReviewOutcome;
import org.rjkit.process.lifecycle.TransitionRefusedException;
import org.rjkit.process.type.Channel;
import org.rjkit.process.type.ProcessType;

/**
 * Random case histories for state-machine properties: a jqwik action chain of attempted events,
 * each recorded through the guards or refused. Every piece of process content carries a unique
 * marker {@code secret#n#} so that a property can look for it where it must not be.
 */
final class RandomCases {

  private RandomCases() {}

  static final ParticipantId V1 = ParticipantId.of("V1");
  static final ParticipantId VF1 = ParticipantId.of("VF1");
  static final ParticipantId O1 = ParticipantId.of("O1");
  static final ParticipantId S1 = ParticipantId.of("S1");
  static final ParticipantId F1 = ParticipantId.of("F1");
  static final List<ParticipantId> PEOPLE = List.of(V1, VF1, O1, S1, F1);
  static final List<MessageId> MESSAGE_IDS =
      List.of(MessageId.of("M1"), MessageId.of("M2"), MessageId.of("M3"), MessageId.of("M4"));
  static final List<AgreementItemId> ITEM_IDS =
      List.of(AgreementItemId.of("I1"), AgreementItemId.of("I2"));

  /** Where a secret lives, to know who may see it. */
  record Secret(String marker, String where, ParticipantId author, List<ParticipantId> audience) {}

  /** A run of the chain: the case so far, what was refused, and the secrets written. */
  static final class Run {
    ProcessCase current;
    LocalDate date;
    int counter;
    final List<String> refusals = new ArrayList<>();
    final List<TransitionRefusedException> refused = new ArrayList<>();
    final List<ProcessEvent> accepted = new ArrayList<>();
    final Map<String, Secret> secrets = new TreeMap<>();
    final List<String> violations = new ArrayList<>();

    Run(ProcessType type, boolean inCommunication) {
      this(Cases.CSC, type, inCommunication);
    }

    Run(org.rjkit.core.screening.ProgrammeId programme, ProcessType type,
        boolean inCommunication) {
      date = LocalDate.of(2026, 3, 1);
      current = ProcessCase.open(new CaseOpened(date, CaseId.of("R-1"),
          programme, type, List.of(Enrolment.of(V1, Role.VICTIM),
              Enrolment.of(O1, Role.OFFENDER), Enrolment.of(F1, Role.FACILITATOR)), V1));
      if (inCommunication) {
        current = current.recordAll(
            new StageEntered(date, ProcessStage.INTAKE),
            new EligibilityRecorded(date, new org.rjkit.process.lifecycle.EligibilityDecision(
                programme, "2026.1", date, Outcome.ELIGIBLE)),
            new StageEntered(date, ProcessStage.ASSESSMENT),
            new StageEntered(date, ProcessStage.PREPARATION),
            new ConsentGiven(date, V1, true, ConsentForm.WRITTEN),
            new ConsentGiven(date, O1, true, ConsentForm.WRITTEN),
            new SafetyAssessed(date, RiskLevel.LOW),
            new StageEntered(date, ProcessStage.COMMUNICATION));
      }
    }

    ProcessContent secret(String where, ParticipantId author, List<ParticipantId> audience,
        String word) {
      String marker = "secret#" + (++counter) + "#" + word;
      secrets.put(marker, new Secret(marker, where, author, audience));
      ProcessContent c = ProcessContent.of(marker);
      MARKERS.put(c, marker);
      return c;
    }

    boolean attempt(ProcessEvent e) {
      try {
        ProcessCase next = current.record(e);
        current = next;
        date = next.asOf();
        accepted.add(e);
        return true;
      } catch (TransitionRefusedException refused) {
        refusals.add(refused.getMessage());
        this.refused.add(refused);
        if (refused.from() != current.stage()) {
          violations.add("refusal names a stage the case is not in");
        }
        return false;
      } catch (IllegalArgumentException invalid) {
        refusals.add(invalid.getMessage());
        return false;
      }
    }

    @Override
    public String toString() {
      return current.toString();
    }
  }

  /** The markers of the content this class wrote, by identity (content equality is identity). */
  private static final Map<ProcessContent, String> MARKERS =
      java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

  /** The marker carried by a piece of content written by a run. */
  static String markerOf(ProcessContent content) {
    return MARKERS.get(content);
  }

  /** The marker carried by an agreement term. */
  static String markerOf(AgreementTerm term) {
    if (term instanceof AgreementTerm.Apology a) {
      return markerOf(a.form());
    }
    return markerOf(((AgreementTerm.Donation) term).organisation());
  }

  private static Arbitrary<Integer> step() {
    return Arbitraries.integers().between(0, 3);
  }

  private static Arbitrary<ParticipantId> person() {
    return Arbitraries.of(PEOPLE);
  }

  private static Arbitrary<ParticipantId> party() {
    return Arbitraries.frequency(net.jqwik.api.Tuple.of(4, V1), net.jqwik.api.Tuple.of(4, O1),
        net.jqwik.api.Tuple.of(1, VF1), net.jqwik.api.Tuple.of(1, S1),
        net.jqwik.api.Tuple.of(1, F1));
  }

  private static Arbitrary<String> word() {
    return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(3).ofMaxLength(8);
  }

  private static Action.Independent<Run> act(String name,
      Arbitrary<java.util.function.Function<Run, ProcessEvent>> events) {
    return () -> events.map(f -> Transformer.mutate(name, (Run r) -> r.attempt(f.apply(r))));
  }

  private static Action.Dependent<Run> advance() {
    return new Action.Dependent<>() {
      @Override
      public Arbitrary<Transformer<Run>> transformer(Run run) {
        Arbitrary<ProcessStage> target = run.current.stage().next()
            .map(n -> Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(9, Arbitraries.just(n)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(ProcessStage.REFERRAL,
                    ProcessStage.INTAKE, ProcessStage.ASSESSMENT, ProcessStage.PREPARATION,
                    ProcessStage.COMMUNICATION, ProcessStage.AGREEMENT, ProcessStage.FOLLOW_UP))))
            .orElse(Arbitraries.of(ProcessStage.AGREEMENT, ProcessStage.FOLLOW_UP));
        return Combinators.combine(target, step()).as((s, d) ->
            Transformer.mutate("enter " + s, (Run r) ->
                r.attempt(new StageEntered(r.date.plusDays(d), s))));
      }
    };
  }

  /** Random action chains over a random process type, in a CSC case. */
  static Arbitrary<ActionChain<Run>> chains(int maxSteps, boolean startInCommunication) {
    return chains(maxSteps, startInCommunication, Arbitraries.just(Cases.CSC));
  }

  /** Random action chains over a random process type, in a case of one of the programmes. */
  static Arbitrary<ActionChain<Run>> chains(int maxSteps, boolean startInCommunication,
      Arbitrary<org.rjkit.core.screening.ProgrammeId> programmes) {
    return Combinators.combine(programmes, Arbitraries.of(ProcessType.values()))
        .flatAs((programme, type) -> ActionChain
        .<Run>startWith(() -> new Run(programme, type, startInCommunication))
        .withAction(8, advance())
        .withAction(3, act("screen", Combinators.combine(
            Arbitraries.frequency(net.jqwik.api.Tuple.of(6, Outcome.ELIGIBLE),
                net.jqwik.api.Tuple.of(1, Outcome.INELIGIBLE),
                net.jqwik.api.Tuple.of(1, Outcome.NEEDS_INFORMATION),
                net.jqwik.api.Tuple.of(2, Outcome.MANUAL_REVIEW)), step()).as((o, d) -> r ->
            new EligibilityRecorded(r.date.plusDays(d),
                new org.rjkit.process.lifecycle.EligibilityDecision(r.current.programme(),
                    "2026.1", r.date.plusDays(d), o)))))
        .withAction(1, act("review", Combinators.combine(
            Arbitraries.of(ReviewOutcome.values()), step()).as((o, d) -> r ->
            new ReviewRecorded(r.date.plusDays(d), o))))
        .withAction(6, act("consent", Combinators.combine(party(),
            Arbitraries.frequency(net.jqwik.api.Tuple.of(9, true), net.jqwik.api.Tuple.of(1, false)),
            Arbitraries.of(ConsentForm.values()), step()).as((p, informed, form, d) -> r ->
            new ConsentGiven(r.date.plusDays(d), p, informed, form))))
        .withAction(1, act("withdraw", Combinators.combine(person(), step()).as((p, d) -> r ->
            new ConsentWithdrawn(r.date.plusDays(d), p))))
        .withAction(3, act("assess safety", Combinators.combine(
            Arbitraries.of(RiskLevel.values()), step()).as((risk, d) -> r ->
            new SafetyAssessed(r.date.plusDays(d), risk))))
        .withAction(1, act("enrol", Combinators.combine(Arbitraries.of(
            Enrolment.of(VF1, Role.VICTIM_FAMILY_MEMBER), Enrolment.of(S1, Role.SUPPORTER)),
            step()).as((e, d) -> r -> new ParticipantEnrolled(r.date.plusDays(d), e))))
        .withAction(5, act("message", Combinators.combine(Arbitraries.of(MESSAGE_IDS), party(),
            party(), Arbitraries.of(Channel.values()), word(), step())
            .as((id, from, to, channel, w, d) -> r -> {
              if (from.equals(to)) {
                return new StageEntered(r.date.plusDays(d), ProcessStage.REFERRAL);
              }
              Channel used = channel.isRelayed()
                  && r.current.processType().channels().contains(channel) ? channel
                  : r.current.processType().channels().stream().filter(Channel::isRelayed)
                      .findFirst().orElse(Channel.LETTER);
              return new MessageSubmitted(r.date.plusDays(d), id, from, to, used,
                  r.secret("message " + id, from, List.of(from, to), w));
            })))
        .withAction(2, act("relay", Combinators.combine(Arbitraries.of(MESSAGE_IDS), step())
            .as((id, d) -> r -> new MessageRelayed(r.date.plusDays(d), id))))
        .withAction(1, act("return", Combinators.combine(Arbitraries.of(MESSAGE_IDS), step())
            .as((id, d) -> r -> new MessageReturned(r.date.plusDays(d), id))))
        .withAction(2, act("statement", Combinators.combine(person(), word(), step())
            .as((p, w, d) -> r -> new StatementRecorded(r.date.plusDays(d), p,
                r.secret("statement", p, List.of(p), w)))))
        .withAction(2, act("propose", Combinators.combine(word(), word(), step())
            .as((w1, w2, d) -> r -> new AgreementProposed(r.date.plusDays(d), List.of(
                new AgreementItem(ITEM_IDS.get(0), new AgreementTerm.Apology(
                    r.secret("item I1", O1, List.of(O1, V1), w1)), List.of(O1, V1)),
                new AgreementItem(ITEM_IDS.get(1), new AgreementTerm.Donation(
                    Money.of("40", "CAD"), r.secret("item I2", O1, List.of(O1), w2)),
                    List.of(O1)))))))
        .withAction(3, act("assent", Combinators.combine(Arbitraries.of(ITEM_IDS), person(),
            step()).as((i, p, d) -> r -> new AgreementAssented(r.date.plusDays(d), i, p))))
        .withAction(2, act("follow up", Combinators.combine(Arbitraries.of(ITEM_IDS),
            Arbitraries.of(ItemStatus.COMPLETED, ItemStatus.NOT_COMPLETED), step())
            .as((i, s, d) -> r -> new ItemFollowedUp(r.date.plusDays(d), i, s))))
        .withAction(1, act("close", Combinators.combine(Arbitraries.of(ClosureReason.values()),
            step()).as((reason, d) -> r -> new CaseClosed(r.date.plusDays(d), reason))))
        .withAction(1, act("reopen", step().map(d -> r -> new CaseReopened(r.date.plusDays(d)))))
        .withAction(1, act("change type", Combinators.combine(
            Arbitraries.of(ProcessType.values()), step()).as((t, d) -> r ->
            new ProcessTypeChanged(r.date.plusDays(d), t))))
        .withAction(1, act("meeting", Combinators.combine(
            Arbitraries.of(Channel.FACE_TO_FACE, Channel.TELEPHONE, Channel.VIDEO_CONFERENCE),
            step()).as((c, d) -> r -> new MeetingScheduled(r.date.plusDays(d),
                new Meeting(r.date.plusDays(d), r.date.plusDays(d + 10), c)))))
        .withAction(1, act("agree to disclosure", Combinators.combine(person(),
            Arbitraries.of(RecipientKind.values()), step()).as((p, k, d) -> r ->
            new DisclosureAgreed(r.date.plusDays(d), p, k))))
        .withAction(1, act("establish exception", Combinators.combine(
            Arbitraries.of(ExceptionGround.IMMINENT_HARM, ExceptionGround.CHILD_PROTECTION,
                ExceptionGround.NEW_OFFENCE, ExceptionGround.COURT_ORDER,
                ExceptionGround.NATIONAL_LAW_PUBLIC_INTEREST),
            Arbitraries.of(RecipientKind.values()).filter(k -> k != RecipientKind.PARTICIPANT),
            person(), Arbitraries.integers().between(0, 3),
            step()).as((g, k, author, pick, d) -> r -> {
              List<org.rjkit.process.confidentiality.ContentRef> items =
                  List.copyOf(r.current.contentItems());
              List<org.rjkit.process.confidentiality.ContentRef> named = items.isEmpty()
                  || pick == 0 ? List.of() : List.of(items.get(pick % items.size()));
              return new ExceptionEstablished(r.date.plusDays(d), author, g, k, named,
                  named.isEmpty() ? java.util.Optional.of(ProcessContent.of("a reason"))
                      : java.util.Optional.empty(), r.date.plusDays(d + 20));
            })))
        .withAction(1, act("revoke agreement to disclosure", Combinators.combine(person(),
            Arbitraries.of(RecipientKind.values()), step()).as((p, k, d) -> r ->
            new org.rjkit.process.lifecycle.ProcessEvent.DisclosureAgreementRevoked(
                r.date.plusDays(d), p, k))))
        .withAction(1, act("late withdrawal", Combinators.combine(person(), step(),
            Arbitraries.integers().between(1, 6)).as((p, d, back) -> r ->
            new ConsentWithdrawn(r.date.plusDays(d), p, r.date.plusDays(d).minusDays(back)))))
        .withMaxTransformations(maxSteps));
  }
}
