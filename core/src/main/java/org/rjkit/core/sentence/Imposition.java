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
 * when it starts, and the sentence it is served after. Build one with {@link #builder(SentenceId)}
 * or a named factory ({@link #startingOn}, {@link #consecutiveTo}): the two dates are then named,
 * never confused by position.
 *
 * @param id unique within the case; not null
 * @param offenceIds the offences sentenced; may be empty when not stated; not null
 * @param imposedOn the date the sentence was imposed, when known; not null
 * @param startsOn the date the sentence starts, when known; not null
 * @param consecutiveTo the sentence this one is served after; empty means it runs concurrently
 *     from {@code startsOn}; not null, and not {@code id}
 * @since 1.0
 */
public record Imposition(SentenceId id, List<OffenceId> offenceIds, Optional<LocalDate> imposedOn,
    Optional<LocalDate> startsOn, Optional<SentenceId> consecutiveTo) {

  /**
   * Checks the components.
   *
   * @param id unique within the case; not null
   * @param offenceIds the offences sentenced; may be empty when not stated; not null
   * @param imposedOn the date the sentence was imposed, when known; not null
   * @param startsOn the date the sentence starts, when known; not null
   * @param consecutiveTo the sentence this one is served after; empty means it runs concurrently
   *     from {@code startsOn}; not null, and not {@code id}
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the sentence is consecutive to itself
   */
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

  /**
   * A builder for the imposition of a sentence of which nothing else is known: no offences
   * stated, dates unknown, concurrent.
   *
   * @param id not null
   * @return a new builder
   */
  public static Builder builder(SentenceId id) {
    return new Builder(id);
  }

  /**
   * Builds an {@link Imposition} with named dates; every fact left unset is unknown (no offences
   * stated, concurrent).
   */
  public static final class Builder {
    private final SentenceId id;
    private List<OffenceId> offenceIds = List.of();
    private Optional<LocalDate> imposedOn = Optional.empty();
    private Optional<LocalDate> startsOn = Optional.empty();
    private Optional<SentenceId> consecutiveTo = Optional.empty();

    private Builder(SentenceId id) {
      this.id = checkNotNull(id, "id");
    }

    /**
     * Sets the offences sentenced.
     *
     * @param value not null, no null element
     * @return this builder
     */
    public Builder offences(OffenceId... value) {
      return offences(List.of(value));
    }

    /**
     * Sets the offences sentenced.
     *
     * @param value not null, no null element
     * @return this builder
     */
    public Builder offences(List<OffenceId> value) {
      this.offenceIds = ImmutableList.copyOf(checkNotNull(value, "offenceIds"));
      return this;
    }

    /**
     * Sets the date the sentence was imposed.
     *
     * @param value not null
     * @return this builder
     */
    public Builder imposedOn(LocalDate value) {
      return imposedOn(Optional.of(value));
    }

    /**
     * Sets or clears the date the sentence was imposed.
     *
     * @param value empty when unknown; not null
     * @return this builder
     */
    public Builder imposedOn(Optional<LocalDate> value) {
      this.imposedOn = checkNotNull(value, "imposedOn");
      return this;
    }

    /**
     * Sets the date the sentence starts.
     *
     * @param value not null
     * @return this builder
     */
    public Builder startsOn(LocalDate value) {
      return startsOn(Optional.of(value));
    }

    /**
     * Sets or clears the date the sentence starts.
     *
     * @param value empty when unknown; not null
     * @return this builder
     */
    public Builder startsOn(Optional<LocalDate> value) {
      this.startsOn = checkNotNull(value, "startsOn");
      return this;
    }

    /**
     * Sets the sentence this one is served after.
     *
     * @param value not null
     * @return this builder
     */
    public Builder consecutiveTo(SentenceId value) {
      return consecutiveTo(Optional.of(value));
    }

    /**
     * Sets or clears the sentence this one is served after (empty: concurrent).
     *
     * @param value not null
     * @return this builder
     */
    public Builder consecutiveTo(Optional<SentenceId> value) {
      this.consecutiveTo = checkNotNull(value, "consecutiveTo");
      return this;
    }

    /**
     * The imposition.
     *
     * @return a new imposition with the facts set so far
     * @throws IllegalArgumentException if the sentence is consecutive to itself
     */
    public Imposition build() {
      return new Imposition(id, offenceIds, imposedOn, startsOn, consecutiveTo);
    }
  }
}
