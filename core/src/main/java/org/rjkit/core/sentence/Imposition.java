package org.rjkit.core.sentence;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.rjkit.core.offence.OffenceId;

/**
 * What every sentence states, whatever its kind: which offences it is for, when it was imposed,
 * when it starts, and the sentence it is served after.
 *
 * @param id unique within the case
 * @param offenceIds the offences sentenced; may be empty when not stated
 * @param imposedOn the date the sentence was imposed, when known
 * @param startsOn the date the sentence starts, when known
 * @param consecutiveTo the sentence this one is served after; empty means it runs concurrently
 *     from {@code startsOn}
 */
public record Imposition(SentenceId id, List<OffenceId> offenceIds, Optional<LocalDate> imposedOn,
    Optional<LocalDate> startsOn, Optional<SentenceId> consecutiveTo) {

  public Imposition {
    checkNotNull(id, "id");
    offenceIds = ImmutableList.copyOf(checkNotNull(offenceIds, "offenceIds"));
    checkNotNull(imposedOn, "imposedOn");
    checkNotNull(startsOn, "startsOn");
    checkNotNull(consecutiveTo, "consecutiveTo");
    checkArgument(!consecutiveTo.equals(Optional.of(id)),
        "a sentence cannot be consecutive to itself");
  }

  /**
   * A concurrent sentence imposed and starting on the same day.
   *
   * @param id not null
   * @param startsOn not null
   * @param offenceIds the offences
   * @return the imposition
   */
  public static Imposition startingOn(SentenceId id, LocalDate startsOn, OffenceId... offenceIds) {
    return new Imposition(id, List.of(offenceIds), Optional.of(startsOn), Optional.of(startsOn),
        Optional.empty());
  }

  /**
   * A sentence served after another.
   *
   * @param id not null
   * @param after the sentence served first, not null
   * @param offenceIds the offences
   * @return the imposition
   */
  public static Imposition consecutiveTo(SentenceId id, SentenceId after, OffenceId... offenceIds) {
    return new Imposition(id, List.of(offenceIds), Optional.empty(), Optional.empty(),
        Optional.of(after));
  }
}
