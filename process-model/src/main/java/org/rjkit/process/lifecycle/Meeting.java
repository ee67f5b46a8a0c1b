package org.rjkit.process.lifecycle;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import org.rjkit.process.type.Channel;

/**
 * A meeting scheduled for a process that holds meetings.
 *
 * @param scheduledOn when it was scheduled, not null
 * @param meetingOn when it is to take place, not before {@code scheduledOn}
 * @param channel a meeting channel, not null
 */
public record Meeting(LocalDate scheduledOn, LocalDate meetingOn, Channel channel) {

  public Meeting {
    checkNotNull(scheduledOn, "scheduledOn");
    checkNotNull(meetingOn, "meetingOn");
    checkNotNull(channel, "channel");
    checkArgument(!meetingOn.isBefore(scheduledOn), "meetingOn must not be before scheduledOn");
    checkArgument(channel.isMeeting(), "channel must be a meeting channel");
  }
}
