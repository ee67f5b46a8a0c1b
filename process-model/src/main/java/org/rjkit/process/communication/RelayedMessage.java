package org.rjkit.process.communication;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Optional;
import org.rjkit.core.participant.ParticipantId;
import org.rjkit.process.confidentiality.ProcessContent;
import org.rjkit.process.type.Channel;

/**
 * A message from one participant to another, carried by the facilitator. Its content is process
 * content; {@link #toString()} never shows it.
 *
 * @param id the message's id, not null
 * @param submittedOn when the author gave it to the facilitator, not null
 * @param author who wrote or recorded it, not null
 * @param recipient to whom it is addressed, not null, not the author
 * @param channel a relayed channel (message, letter, video or audio recording), not null
 * @param content what it says, not null
 * @param status where it stands, not null
 * @param reviewedOn when the facilitator relayed or returned it; present unless SUBMITTED
 * @since 1.0
 */
public record RelayedMessage(MessageId id, LocalDate submittedOn, ParticipantId author,
    ParticipantId recipient, Channel channel, ProcessContent content, MessageStatus status,
    Optional<LocalDate> reviewedOn) {

  /**
   * Checks the components: each is present and valid, or this throws.
   *
   * @param id the message's id, not null
   * @param submittedOn when the author gave it to the facilitator, not null
   * @param author who wrote or recorded it, not null
   * @param recipient to whom it is addressed, not null, not the author
   * @param channel a relayed channel (message, letter, video or audio recording), not null
   * @param content what it says, not null
   * @param status where it stands, not null
   * @param reviewedOn when the facilitator relayed or returned it; present unless SUBMITTED
   */
  public RelayedMessage {
    checkNotNull(id, "id");
    checkNotNull(submittedOn, "submittedOn");
    checkNotNull(author, "author");
    checkNotNull(recipient, "recipient");
    checkArgument(!author.equals(recipient), "a message's recipient must not be its author");
    checkNotNull(channel, "channel");
    checkArgument(channel.isRelayed(), "a message's channel must be a relayed channel");
    checkNotNull(content, "content");
    checkNotNull(status, "status");
    checkNotNull(reviewedOn, "reviewedOn");
    checkArgument(reviewedOn.isPresent() == (status != MessageStatus.SUBMITTED),
        "reviewedOn is present exactly when the message was relayed or returned");
  }

  /**
   * This message, relayed or returned by the facilitator.
   *
   * @param newStatus RELAYED or RETURNED
   * @param on not before {@code submittedOn}
   * @return the reviewed message
   */
  public RelayedMessage reviewed(MessageStatus newStatus, LocalDate on) {
    checkArgument(newStatus != MessageStatus.SUBMITTED, "a review relays or returns");
    checkArgument(!on.isBefore(submittedOn), "a review must not precede the submission");
    return new RelayedMessage(id, submittedOn, author, recipient, channel, content, newStatus,
        Optional.of(on));
  }

  /** {@return whether the recipient may see the message: only once relayed} */
  public boolean isVisibleToRecipient() {
    return status == MessageStatus.RELAYED;
  }
}
