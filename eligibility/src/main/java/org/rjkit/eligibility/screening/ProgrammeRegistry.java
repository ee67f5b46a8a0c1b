package org.rjkit.eligibility.screening;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.rjkit.core.screening.ProgrammeId;
import org.rjkit.eligibility.Programme;
import org.rjkit.eligibility.UnknownProgrammeException;
import org.rjkit.eligibility.programmes.Programmes;

/**
 * The programmes a screener knows, by id, in registration order. Immutable: registering a
 * vendor's own programme returns a new registry, so a registry can be shared between threads.
 *
 * @since 1.0
 */
public final class ProgrammeRegistry {

  private static final ProgrammeRegistry BUILT_IN = new ProgrammeRegistry(
      ImmutableMap.of()).withAll(Programmes.all());

  private final ImmutableMap<ProgrammeId, Programme> programmes;

  private ProgrammeRegistry(ImmutableMap<ProgrammeId, Programme> programmes) {
    this.programmes = programmes;
  }

  /** {@return a registry with no programme} */
  public static ProgrammeRegistry empty() {
    return new ProgrammeRegistry(ImmutableMap.of());
  }

  /** {@return the six programmes rjkit ships ({@link Programmes})} */
  public static ProgrammeRegistry builtIn() {
    return BUILT_IN;
  }

  /**
   * This registry with one more programme.
   *
   * @param programme not null; its id must not be registered yet
   * @return a new registry
   * @throws IllegalArgumentException if the id is already registered
   */
  public ProgrammeRegistry with(Programme programme) {
    checkNotNull(programme, "programme");
    checkArgument(!programmes.containsKey(programme.id()),
        "a programme with this id is already registered");
    return new ProgrammeRegistry(ImmutableMap.<ProgrammeId, Programme>builder()
        .putAll(programmes).put(programme.id(), programme).buildOrThrow());
  }

  /**
   * This registry with more programmes.
   *
   * @param more not null, distinct new ids
   * @return a new registry
   */
  public ProgrammeRegistry withAll(Collection<Programme> more) {
    ProgrammeRegistry r = this;
    for (Programme p : more) {
      r = r.with(p);
    }
    return r;
  }

  /**
   * The programme with an id.
   *
   * @param id not null
   * @return the programme
   * @throws UnknownProgrammeException if none is registered
   */
  public Programme programme(ProgrammeId id) {
    Programme p = programmes.get(checkNotNull(id, "id"));
    if (p == null) {
      throw new UnknownProgrammeException(id);
    }
    return p;
  }

  /**
   * The programme with an id, if registered.
   *
   * @param id not null
   * @return the programme or empty
   */
  public Optional<Programme> find(ProgrammeId id) {
    return Optional.ofNullable(programmes.get(checkNotNull(id, "id")));
  }

  /** {@return every programme, in registration order} */
  public List<Programme> all() {
    return programmes.values().asList();
  }

  /** Names the registered ids. */
  @Override
  public String toString() {
    return "ProgrammeRegistry" + programmes.keySet();
  }
}
