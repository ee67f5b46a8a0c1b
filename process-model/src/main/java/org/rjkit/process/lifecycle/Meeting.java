package org.rjkit.process.lifecycle;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import org.rjkit.core.participant.ParticipantId;
import org.rjkit.process.type.Channel;

/**
 * A meeting scheduled for a process that holds meetings.
 *
 * @param scheduledOn when it was scheduled, not null
 * @param meetingOn when it is to take place, not before {@code scheduledOn}
 * @param channel a meeting channel, not null
 * @param attendees the participants who will attend, without repeats; each needs current consent
 *     when it is scheduled (empty: the participants the process type requires)
 * @since 1.0
 */
public record Meeting(LocalDate scheduledOn, LocalDate meetingOn, Channel channel,
    List<ParticipantId> attendees) {

  /**
   * Checks the components: each is present and valid, or this throws.
   *
   * @param scheduledOn when it was scheduled, not null
   * @param meetingOn when it is to take place, not before {@code scheduledOn}
   * @param channel a meeting channel, not null
   * @param attendees the participants who will attend, without repeats; each needs current consent
   *     when it is scheduled (empty: the participants the process type requires)
   */
  public Meeting {
    checkNotNull(scheduledOn, "scheduledOn");
    checkNotNull(meetingOn, "meetingOn");
    checkNotNull(channel, "channel");
    checkArgument(!meetingOn.isBefore(scheduledOn), "meetingOn must not be before scheduledOn");
    checkArgument(channel.isMeeting(), "channel must be a meeting channel");
    attendees = ImmutableList.copyOf(attendees);
    checkArgument(attendees.stream().distinct().count() == attendees.size(),
        "attendees must not repeat");
  }

  /**
   * A meeting of the participants the process type requires.
   *
   * @param scheduledOn not null
   * @param meetingOn not before {@code scheduledOn}
   * @param channel a meeting channel
   */
  public Meeting(LocalDate scheduledOn, LocalDate meetingOn, Channel channel) {
    this(scheduledOn, meetingOn, channel, List.of());
  }
}
