package org.rjkit.process.confidentiality;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.rjkit.core.participant.ParticipantId;

/**
 * A recipient of information: a kind of recipient and, for a participant, which one.
 *
 * @param kind the kind of recipient, not null
 * @param participant the participant, present exactly when {@code kind} is
 *     {@link RecipientKind#PARTICIPANT}
 * @since 1.0
 */
public record Recipient(RecipientKind kind, Optional<ParticipantId> participant) {

  /**
   * Checks the components: each is present and valid, or this throws.
   *
   * @param kind the kind of recipient, not null
   * @param participant the participant, present exactly when {@code kind} is {@link
   *     RecipientKind#PARTICIPANT}
   */
  public Recipient {
    checkNotNull(kind, "kind");
    checkNotNull(participant, "participant");
    checkArgument(participant.isPresent() == (kind == RecipientKind.PARTICIPANT),
        "a participant is named exactly when the recipient is a participant");
  }

  /**
   * A recipient that is not a participant.
   *
   * @param kind not null, not {@link RecipientKind#PARTICIPANT}
   * @return the recipient
   */
  public static Recipient of(RecipientKind kind) {
    return new Recipient(kind, Optional.empty());
  }

  /**
   * A participant in the case.
   *
   * @param participant not null
   * @return the recipient
   */
  public static Recipient participant(ParticipantId participant) {
    return new Recipient(RecipientKind.PARTICIPANT, Optional.of(checkNotNull(participant)));
  }

  /** {@code KIND} or {@code PARTICIPANT:id}. */
  @Override
  public String toString() {
    return participant.map(p -> kind.name() + ":" + p.value()).orElse(kind.name());
  }
}
