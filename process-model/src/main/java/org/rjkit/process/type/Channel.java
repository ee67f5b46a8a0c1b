package org.rjkit.process.type;

/**
 * How participants communicate in a process.
 *
 * @since 1.0
 */
public enum Channel {
  /** A meeting in person. */
  FACE_TO_FACE,
  /** A meeting by telephone. */
  TELEPHONE,
  /** A meeting by video conference. */
  VIDEO_CONFERENCE,
  /** A written message carried by the facilitator (shuttle mediation). */
  RELAYED_MESSAGE,
  /** A letter, passed on by the facilitator. */
  LETTER,
  /** A recorded video message, passed on by the facilitator. */
  VIDEO_RECORDING,
  /** A recorded audio (verbal) message, passed on by the facilitator. */
  AUDIO_RECORDING;

  /**
   * {@return whether the channel is a meeting held at one time (in person, by telephone or video)}
   */
  public boolean isMeeting() {
    return this == FACE_TO_FACE || this == TELEPHONE || this == VIDEO_CONFERENCE;
  }

  /** {@return whether the channel carries a message that the facilitator reviews and relays} */
  public boolean isRelayed() {
    return !isMeeting();
  }
}
