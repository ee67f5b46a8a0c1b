package org.rjkit.process.confidentiality;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.rjkit.core.screening.ProgrammeId;
import org.rjkit.eligibility.programmes.Programmes;

/**
 * Binds every programme to its one disclosure policy. The built-in registry binds the six
 * built-in programmes (CSC Restorative Opportunities, Quebec PMRG, YCJA extrajudicial sanctions,
 * New Zealand s.24A, England and Wales, EU Art. 12) to their policies in {@link
 * DisclosurePolicies}. A vendor adds its own programme with the policy it names ({@link
 * #with(ProgrammeId, DisclosurePolicy)}); a built-in programme may be rebound only to a
 * configuration of its own policy, which has its own id and keeps every invariant of the
 * built-in (so the CSC prohibition on parole and sentencing use cannot be lifted).
 *
 * <p>A case is always disclosed under the policy its programme is bound to; any other policy is
 * refused.
 *
 * @since 1.0
 */
public final class PolicyRegistry {

  private static final Map<ProgrammeId, DisclosurePolicy> BUILT_IN =
      ImmutableSortedMap.<ProgrammeId, DisclosurePolicy>naturalOrder()
          .put(Programmes.CSC_RESTORATIVE_OPPORTUNITIES,
              DisclosurePolicies.cscRestorativeOpportunities())
          .put(Programmes.QC_PMRG, DisclosurePolicies.quebecPmrg())
          .put(Programmes.YCJA_EXTRAJUDICIAL_SANCTIONS,
              DisclosurePolicies.ycjaExtrajudicialSanctions())
          .put(Programmes.NZ_SENTENCING_ACT_S24A, DisclosurePolicies.newZealandPreSentence())
          .put(Programmes.GB_EW_VICTIM_INITIATED, DisclosurePolicies.englandWalesVictimInitiated())
          .put(Programmes.EU_VICTIMS_DIRECTIVE_ART12, DisclosurePolicies.euVictimsDirective())
          .build();

  private static final PolicyRegistry BUILT_IN_REGISTRY = new PolicyRegistry(BUILT_IN);

  private final SortedMap<ProgrammeId, DisclosurePolicy> bindings;

  private PolicyRegistry(Map<ProgrammeId, DisclosurePolicy> bindings) {
    this.bindings = ImmutableSortedMap.copyOf(bindings);
  }

  /** {@return the six built-in programmes, each bound to its built-in policy} */
  public static PolicyRegistry builtIn() {
    return BUILT_IN_REGISTRY;
  }

  /**
   * This registry with one more binding.
   *
   * @param programme not null
   * @param policy not null; for a built-in programme, a configuration of its built-in policy (an
   *     id of its own, derived from the built-in's, and every invariant of the built-in)
   * @return the registry
   * @throws IllegalArgumentException if the programme is already bound in this registry, if the
   *     policy takes the id of a built-in policy without being it, or if it would lift an
   *     invariant of a built-in programme's policy
   */
  public PolicyRegistry with(ProgrammeId programme, DisclosurePolicy policy) {
    checkNotNull(programme, "programme");
    checkNotNull(policy, "policy");
    boolean builtInId = DisclosurePolicies.all().stream().anyMatch(p -> p.id().equals(policy.id()));
    checkArgument(!builtInId || DisclosurePolicies.all().contains(policy),
        "policy: a configured policy must not take the id of a built-in policy");
    DisclosurePolicy builtIn = BUILT_IN.get(programme);
    if (builtIn != null) {
      checkArgument(policy.id().startsWith(builtIn.id() + "+"),
          "policy: a built-in programme is bound only to a configuration of its own policy");
      checkArgument(policy.invariants().containsAll(builtIn.invariants()),
          "policy: a configuration keeps every invariant of the built-in policy");
    }
    TreeMap<ProgrammeId, DisclosurePolicy> next = new TreeMap<>(bindings);
    if (builtIn != null && bindings.get(programme) == builtIn) {
      next.remove(programme);
    }
    checkArgument(!next.containsKey(programme), "programme: already bound to a policy");
    next.put(programme, policy);
    return new PolicyRegistry(next);
  }

  /**
   * The policy a programme is bound to.
   *
   * @param programme not null
   * @return the policy, if the programme is bound
   */
  public Optional<DisclosurePolicy> policyFor(ProgrammeId programme) {
    checkNotNull(programme, "programme");
    return Optional.ofNullable(bindings.get(programme));
  }

  /**
   * Whether a policy is the one a programme is bound to.
   *
   * @param programme not null
   * @param policy not null
   * @return true only for the bound policy
   */
  public boolean binds(ProgrammeId programme, DisclosurePolicy policy) {
    return policyFor(programme).filter(p -> p.equals(policy)).isPresent();
  }

  /** {@return every binding, in programme id order} */
  public SortedMap<ProgrammeId, DisclosurePolicy> bindings() {
    return bindings;
  }

  @Override
  public String toString() {
    return "PolicyRegistry" + bindings.keySet();
  }
}
