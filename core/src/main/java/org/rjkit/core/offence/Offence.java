package org.rjkit.core.offence;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * An offence in a case.
 *
 * @param id unique within the case
 * @param category the offence category, when known (absent: unknown, and a rule that needs it is
 *     UNKNOWN)
 * @param committedOn the date the offence was committed, when known
 * @param contexts the stated contexts; empty when none are stated (an absent list means none)
 * @since 1.0
 */
public record Offence(
    OffenceId id, Optional<OffenceCategory> category, Optional<LocalDate> committedOn,
    Set<OffenceContext> contexts) {

  /**
   * Checks the components.
   *
   * @param id unique within the case
   * @param category the offence category, when known (absent: unknown, and a rule that needs it is
   *     UNKNOWN)
   * @param committedOn the date the offence was committed, when known
   * @param contexts the stated contexts; empty when none are stated (an absent list means none)
   */
  public Offence {
    checkNotNull(id, "id");
    checkNotNull(category, "category");
    checkNotNull(committedOn, "committedOn");
    checkNotNull(contexts, "contexts");
    contexts = contexts.isEmpty()
        ? ImmutableSet.of()
        : Sets.immutableEnumSet(contexts);
  }

  /**
   * An offence of a known category.
   *
   * @param id not null
   * @param category not null
   * @param committedOn not null
   * @param contexts not null
   */
  public Offence(OffenceId id, OffenceCategory category, Optional<LocalDate> committedOn,
      Set<OffenceContext> contexts) {
    this(id, Optional.of(checkNotNull(category, "category")), committedOn, contexts);
  }

  /**
   * An offence with no stated context.
   *
   * @param id not null
   * @param category not null
   * @param committedOn not null
   * @return the offence
   */
  public static Offence of(OffenceId id, OffenceCategory category, LocalDate committedOn) {
    return new Offence(id, category, Optional.of(committedOn), Set.of());
  }

  /**
   * The contexts that hold, stated or implied: a {@link OffenceCategory#SEXUAL_ASSAULT} is
   * {@link OffenceContext#SEXUAL} whether or not the context is listed. When the category is
   * unknown, only the stated contexts.
   *
   * @return the effective contexts, in declaration order
   */
  public Set<OffenceContext> effectiveContexts() {
    EnumSet<OffenceContext> all = EnumSet.noneOf(OffenceContext.class);
    all.addAll(contexts);
    if (category.equals(Optional.of(OffenceCategory.SEXUAL_ASSAULT))) {
      all.add(OffenceContext.SEXUAL);
    }
    return Sets.immutableEnumSet(all);
  }

  /**
   * Whether a context holds, stated or implied by the category.
   *
   * @param context not null
   * @return true when it holds
   */
  public boolean hasContext(OffenceContext context) {
    return effectiveContexts().contains(checkNotNull(context, "context"));
  }
}
