package org.rjkit.core.order;

import static com.google.common.base.Preconditions.checkNotNull;

import org.rjkit.core.participant.ParticipantId;

/**
 * An order restricting contact with a participant.
 *
 * @param kind the kind of order
 * @param protectedParticipantId the participant the order protects
 * @param allowsFacilitatedContact the order allows contact facilitated by the programme (the
 *     wording GL 785-1 recommends); absent in a document means no
 * @since 1.0
 */
public record Order(OrderKind kind, ParticipantId protectedParticipantId,
    boolean allowsFacilitatedContact) {

  /**
   * Checks the components.
   *
   * @param kind the kind of order
   * @param protectedParticipantId the participant the order protects
   * @param allowsFacilitatedContact the order allows contact facilitated by the programme (the
   *     wording GL 785-1 recommends); absent in a document means no
   */
  public Order {
    checkNotNull(kind, "kind");
    checkNotNull(protectedParticipantId, "protectedParticipantId");
  }

  /**
   * A no-contact order protecting a participant.
   *
   * @param protectedParticipant not null
   * @param allowsFacilitatedContact whether facilitated contact is allowed
   * @return the order
   */
  public static Order noContact(ParticipantId protectedParticipant,
      boolean allowsFacilitatedContact) {
    return new Order(OrderKind.NO_CONTACT, protectedParticipant, allowsFacilitatedContact);
  }
}
