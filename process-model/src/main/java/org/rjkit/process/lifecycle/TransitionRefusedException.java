package org.rjkit.process.lifecycle;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.rjkit.core.RjkitException;
import org.rjkit.core.casefile.CaseId;
import org.rjkit.core.citation.Citation;
import org.rjkit.core.language.BilingualText;
import org.rjkit.core.participant.ParticipantId;

/**
 * A guard refused a change to a case: never a silent no-op. Carries the facts: the case, the
 * stage it is in, the stage it would have reached, the kind of event refused, the rule, its
 * reason and sources, and the participants whose consent was missing (if that was the reason).
 * The message holds only these administrative facts, never anything a participant said.
 */
public final class TransitionRefusedException extends RjkitException {

  private static final long serialVersionUID = 1L;

  private final CaseId caseId;
  private final ProcessStage from;
  private final ProcessStage to;
  private final String event;
  private final LifecycleRule rule;
  private final List<ParticipantId> participants;
  private final List<String> details;

  /**
   * A refusal.
   *
   * @param caseId not null
   * @param from the stage the case is in, not null
   * @param to the stage the event would have led to (the same stage for a step within it), not null
   * @param event the simple name of the kind of event refused, not null
   * @param rule the rule that refused, not null
   * @param participants the participants whose consent was missing, not null, may be empty
   */
  public TransitionRefusedException(CaseId caseId, ProcessStage from, ProcessStage to,
      String event, LifecycleRule rule, List<ParticipantId> participants) {
    this(caseId, from, to, event, rule, participants, List.of());
  }

  /**
   * A refusal that names the programme's rules or the missing facts behind it.
   *
   * @param caseId not null
   * @param from not null
   * @param to not null
   * @param event not null
   * @param rule not null
   * @param participants the participants whose consent was missing, not null
   * @param details the ids of the programme's rules that did not pass, or the JSON paths of the
   *     missing facts; never a value, not null
   */
  public TransitionRefusedException(CaseId caseId, ProcessStage from, ProcessStage to,
      String event, LifecycleRule rule, List<ParticipantId> participants, List<String> details) {
    super("case " + checkNotNull(caseId, "caseId") + ": " + checkNotNull(from, "from") + " -> "
        + checkNotNull(to, "to") + " (" + checkNotNull(event, "event") + ") refused by "
        + checkNotNull(rule, "rule").id() + ": " + rule.reason().en()
        + (participants.isEmpty() ? "" : " Missing consent: " + participants + ".")
        + (details.isEmpty() ? "" : " Programme rules or missing facts: " + details + "."));
    this.details = ImmutableList.copyOf(details);
    this.caseId = caseId;
    this.from = from;
    this.to = to;
    this.event = event;
    this.rule = rule;
    this.participants = ImmutableList.copyOf(participants);
  }

  /** The case. */
  public CaseId caseId() {
    return caseId;
  }

  /** The stage the case is in. */
  public ProcessStage from() {
    return from;
  }

  /** The stage the event would have led to. */
  public ProcessStage to() {
    return to;
  }

  /** The simple name of the kind of event refused ({@code StageEntered}). */
  public String event() {
    return event;
  }

  /** The rule that refused. */
  public LifecycleRule rule() {
    return rule;
  }

  /** The rule's id. */
  public String ruleId() {
    return rule.id();
  }

  /** The rule's reason, English and French. */
  public BilingualText reason() {
    return rule.reason();
  }

  /** The rule's sources. */
  public List<Citation> citations() {
    return rule.citations();
  }

  /** The participants whose consent was missing, in id order; empty for other reasons. */
  public List<ParticipantId> participants() {
    return participants;
  }

  /** The programme's rules that did not pass, or the missing facts, behind the refusal. */
  public List<String> details() {
    return details;
  }
}
