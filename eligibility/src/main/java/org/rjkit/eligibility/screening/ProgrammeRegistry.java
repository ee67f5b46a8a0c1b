package org.rjkit.eligibility.screening;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.rjkit.core.screening.ProgrammeId;
import org.rjkit.eligibility.Programme;
import org.rjkit.eligibility.UnknownProgrammeException;
import org.rjkit.eligibility.programmes.CscRestorativeOpportunities;
import org.rjkit.eligibility.programmes.EnglandWalesVictimInitiated;
import org.rjkit.eligibility.programmes.EuVictimsDirectiveArt12;
import org.rjkit.eligibility.programmes.NzSentencingActS24a;
import org.rjkit.eligibility.programmes.Programmes;
import org.rjkit.eligibility.programmes.QuebecPmrg;
import org.rjkit.eligibility.programmes.YcjaExtrajudicialSanctions;

/**
 * The programmes a screener knows, by id, in registration order. Immutable: registering a
 * vendor's own programme returns a new registry, so a registry can be shared between threads.
 *
 * @since 1.0
 */
public final class ProgrammeRegistry {

  /**
   * The built-in programmes by id, each built when it is first asked for: a screening of one
   * programme's request does not build the five others (a step of the command line's cold
   * start). The order is {@link Programmes#all()}'s.
   */
  private static final ProgrammeRegistry BUILT_IN = new ProgrammeRegistry(ImmutableMap.of(
      Programmes.CSC_RESTORATIVE_OPPORTUNITIES, new Entry(0),
      Programmes.QC_PMRG, new Entry(1),
      Programmes.YCJA_EXTRAJUDICIAL_SANCTIONS, new Entry(2),
      Programmes.NZ_SENTENCING_ACT_S24A, new Entry(3),
      Programmes.GB_EW_VICTIM_INITIATED, new Entry(4),
      Programmes.EU_VICTIMS_DIRECTIVE_ART12, new Entry(5)));

  private final ImmutableMap<ProgrammeId, Entry> programmes;

  private ProgrammeRegistry(ImmutableMap<ProgrammeId, Entry> programmes) {
    this.programmes = programmes;
  }

  /**
   * A registered programme: given, or built-in and built at its first use (each built-in
   * programme is its class's constant, so building it again gives the same object).
   */
  private static final class Entry {
    private final int builtIn;
    // Not volatile: a racing thread at worst reads the class's constant itself; Programme is
    // immutable.
    private Programme programme;

    Entry(int builtIn) {
      this.builtIn = builtIn;
    }

    Entry(Programme programme) {
      this.builtIn = -1;
      this.programme = programme;
    }

    Programme programme() {
      Programme p = programme;
      if (p == null) {
        p = switch (builtIn) {
          case 0 -> CscRestorativeOpportunities.PROGRAMME;
          case 1 -> QuebecPmrg.PROGRAMME;
          case 2 -> YcjaExtrajudicialSanctions.PROGRAMME;
          case 3 -> NzSentencingActS24a.PROGRAMME;
          case 4 -> EnglandWalesVictimInitiated.PROGRAMME;
          case 5 -> EuVictimsDirectiveArt12.PROGRAMME;
          default -> throw new IllegalStateException("no built-in programme " + builtIn);
        };
        programme = p;
      }
      return p;
    }
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
    return new ProgrammeRegistry(ImmutableMap.<ProgrammeId, Entry>builder()
        .putAll(programmes).put(programme.id(), new Entry(programme)).buildOrThrow());
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
    Entry p = programmes.get(checkNotNull(id, "id"));
    if (p == null) {
      throw new UnknownProgrammeException(id);
    }
    return p.programme();
  }

  /**
   * The programme with an id, if registered.
   *
   * @param id not null
   * @return the programme or empty
   */
  public Optional<Programme> find(ProgrammeId id) {
    Entry p = programmes.get(checkNotNull(id, "id"));
    return p == null ? Optional.empty() : Optional.of(p.programme());
  }

  /** {@return every programme, in registration order} */
  public List<Programme> all() {
    ImmutableList.Builder<Programme> all = ImmutableList.builderWithExpectedSize(programmes.size());
    for (Entry p : programmes.values()) {
      all.add(p.programme());
    }
    return all.build();
  }

  /** Names the registered ids. */
  @Override
  public String toString() {
    return "ProgrammeRegistry" + programmes.keySet();
  }
}
