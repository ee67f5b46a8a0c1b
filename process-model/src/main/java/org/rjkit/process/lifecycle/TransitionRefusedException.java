package org.rjkit.process.lifecycle;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.rjkit.core.RjkitException;
import org.rjkit.core.casefile.CaseId;
import org.rjkit.core.citation.Citation;
import org.rjkit.core.language.Language;
import org.rjkit.core.language.Message;
import org.rjkit.core.language.Text;
import org.rjkit.core.participant.ParticipantId;

/**
 * A guard refused a change to a case: never a silent no-op. Carries the facts: the case, the
 * stage it is in, the stage it would have reached, the kind of event refused, the rule, its
 * reason and sources, and the participants whose consent was missing (if that was the reason).
 * The message holds only these administrative facts, never anything a participant said.
 *
 * <p>{@link #reason()} is the text a person reads, in any configured language: the rule in policy
 * language, followed by the participants whose consent was missing and the programme's rules or
 * missing facts, when there are any. {@link #getMessage()} is its English text with the case, the
 * stages, the event and the rule id, for logs.
 *
 * @since 1.0
 */
public final class TransitionRefusedException extends RjkitException {

  private static final long serialVersionUID = 1L;

  /** The case whose transition was refused. */
  private final CaseId caseId;
  /** The stage the case was in. */
  private final ProcessStage from;
  /** The stage the refused event would have led to. */
  private final ProcessStage to;
  /** The stable type name of the refused event. */
  private final String event;
  /** The lifecycle rule that refused it. */
  private final LifecycleRule rule;
  /** The participants the refusal names (whose consent is missing, say). */
  private final List<ParticipantId> participants;
  /** The programme rule ids or missing facts behind the refusal. */
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
        + checkNotNull(rule, "rule").id() + ": "
        + reasonOf(rule, participants, details).in(Language.EN));
    this.details = ImmutableList.copyOf(details);
    this.caseId = caseId;
    this.from = from;
    this.to = to;
    this.event = event;
    this.rule = rule;
    this.participants = ImmutableList.copyOf(participants);
  }

  /** {@return the case} */
  public CaseId caseId() {
    return caseId;
  }

  /** {@return the stage the case is in} */
  public ProcessStage from() {
    return from;
  }

  /** {@return the stage the event would have led to} */
  public ProcessStage to() {
    return to;
  }

  /** {@return the simple name of the kind of event refused ({@code StageEntered})} */
  public String event() {
    return event;
  }

  /** {@return the rule that refused} */
  public LifecycleRule rule() {
    return rule;
  }

  /** {@return the rule's id} */
  public String ruleId() {
    return rule.id();
  }

  /**
   * Why the change was refused, in the reader's language: the rule in policy language, then the
   * participants whose consent was missing and the programme's rules or missing facts, when
   * there are any. Never anything a participant said.
   *
   * @return the reason, never null
   */
  public Text reason() {
    return reasonOf(rule, participants, details);
  }

  private static Text reasonOf(LifecycleRule rule, List<ParticipantId> participants,
      List<String> details) {
    List<String> ids = participants.stream().map(ParticipantId::value).toList();
    if (ids.isEmpty() && details.isEmpty()) {
      return rule.reason();
    }
    if (details.isEmpty()) {
      return Message.of("refusal.consent", rule.reason(), ids);
    }
    if (ids.isEmpty()) {
      return Message.of("refusal.rules", rule.reason(), details);
    }
    return Message.of("refusal.consent.rules", rule.reason(), ids, details);
  }

  /** {@return the rule's sources} */
  public List<Citation> citations() {
    return rule.citations();
  }

  /** {@return the participants whose consent was missing, in id order; empty for other reasons} */
  public List<ParticipantId> participants() {
    return participants;
  }

  /** {@return the programme's rules that did not pass, or the missing facts, behind the refusal} */
  public List<String> details() {
    return details;
  }
}
