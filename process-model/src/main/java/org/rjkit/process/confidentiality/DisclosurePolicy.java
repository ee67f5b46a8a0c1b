package org.rjkit.process.confidentiality;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rjkit.core.citation.Citation;
import org.rjkit.core.language.Text;

/**
 * A programme's confidentiality rules as a table: {@code invariants} (rows that decide first and
 * that no exception and no configuration lifts, such as the CSC prohibition on parole and
 * sentencing use), then ordered {@link DisclosureRule rows} (the first that covers a request
 * decides; when none does, the {@code fallback} row denies), then explicit {@link ExceptionRule
 * exceptions} that may widen the permission when their ground is established in the case.
 * Built-in policies are in {@link DisclosurePolicies}, bound to their programmes by {@link
 * PolicyRegistry}; a vendor configures one with {@link #withException(ExceptionRule)}, {@link
 * #withoutException(ExceptionGround)} and {@link #withRuleFirst(DisclosureRule)}, and each
 * configuration gets its own id, derived from the original's, and keeps the invariants.
 *
 * @param id stable id of the policy, not blank
 * @param label name of the policy, in every configured
 *     language (a {@link org.rjkit.core.language.Message} of the process bundle, or a
 *     vendor's {@link org.rjkit.core.language.LocalizedText}), not null
 * @param invariants rows no configuration lifts, in order; each denies; not null
 * @param rules rows, in order, not null
 * @param exceptions exceptions honoured, in order, not null
 * @param fallback the row applied when no row covers a request; it denies
 * @since 1.0
 */
public record DisclosurePolicy(String id, Text label, List<DisclosureRule> invariants,
    List<DisclosureRule> rules, List<ExceptionRule> exceptions, DisclosureRule fallback) {

  /**
   * Checks the components: each is present and valid, or this throws.
   *
   * @param id stable id of the policy, not blank
   * @param label name of the policy, in every configured language (a {@link
   *     org.rjkit.core.language.Message} of the process bundle, or a vendor's {@link
   *     org.rjkit.core.language.LocalizedText}), not null
   * @param invariants rows no configuration lifts, in order; each denies; not null
   * @param rules rows, in order, not null
   * @param exceptions exceptions honoured, in order, not null
   * @param fallback the row applied when no row covers a request; it denies
   */
  public DisclosurePolicy {
    checkNotNull(id, "id");
    checkArgument(!id.isBlank(), "id must not be blank");
    checkNotNull(label, "label");
    invariants = ImmutableList.copyOf(invariants);
    checkArgument(invariants.stream().allMatch(r -> r.permission() == Permission.DENIED),
        "an invariant row must deny");
    rules = ImmutableList.copyOf(rules);
    exceptions = ImmutableList.copyOf(exceptions);
    checkNotNull(fallback, "fallback");
    checkArgument(fallback.permission() == Permission.DENIED, "the fallback row must deny");
  }

  /**
   * A policy without invariants.
   *
   * @param id not blank
   * @param label not null
   * @param rules not null
   * @param exceptions not null
   * @param fallback a denying row
   */
  public DisclosurePolicy(String id, Text label, List<DisclosureRule> rules,
      List<ExceptionRule> exceptions, DisclosureRule fallback) {
    this(id, label, List.of(), rules, exceptions, fallback);
  }

  /**
   * A denying fallback row covering everything.
   *
   * @param ruleId not blank
   * @param reason not null
   * @param citations not null
   * @return the row
   */
  public static DisclosureRule denyEverythingElse(String ruleId, Text reason,
      List<Citation> citations) {
    return new DisclosureRule(ruleId, EnumSet.allOf(RecipientKind.class),
        EnumSet.allOf(Purpose.class), EnumSet.allOf(InformationClass.class), Permission.DENIED,
        reason, citations);
  }

  /**
   * Decides a request: an invariant row that covers it decides, and nothing widens it; otherwise
   * the first row that covers it (or the fallback), widened by an exception whose ground is
   * established.
   *
   * @param request not null
   * @param established the exception grounds established in the case for the request's
   *     recipient, not null
   * @return the decision, with the rule (or exception) that gave it
   */
  public DisclosureDecision decide(DisclosureRequest request, Set<ExceptionGround> established) {
    checkNotNull(request, "request");
    checkNotNull(established, "established");
    Optional<DisclosureRule> invariant = invariants.stream().filter(r -> r.covers(request))
        .findFirst();
    if (invariant.isPresent()) {
      DisclosureRule r = invariant.get();
      return new DisclosureDecision(id, request, r.permission(), r.ruleId(), r.reason(),
          r.citations(), Optional.empty());
    }
    DisclosureRule row = rules.stream().filter(r -> r.covers(request)).findFirst()
        .orElse(fallback);
    DisclosureDecision decision = new DisclosureDecision(id, request, row.permission(),
        row.ruleId(), row.reason(), row.citations(), Optional.empty());
    for (ExceptionRule e : exceptions) {
      if (e.appliesTo(request, established) && e.permission().isWiderThan(decision.permission())) {
        decision = new DisclosureDecision(id, request, e.permission(), e.ruleId(), e.reason(),
            e.citations(), Optional.of(e.ground()));
      }
    }
    return decision;
  }

  /**
   * Every decision this policy can give for a request, whatever the grounds established: the
   * invariant or row that covers it, and each exception that could widen it. A stored history's
   * disclosure is read as one of these, then decided again on the case.
   *
   * @param request not null
   * @return the possible decisions, the row's first
   */
  public List<DisclosureDecision> decisionsFor(DisclosureRequest request) {
    checkNotNull(request, "request");
    ImmutableList.Builder<DisclosureDecision> out = ImmutableList.builder();
    out.add(decide(request, Set.of()));
    for (ExceptionRule e : exceptions) {
      if (e.recipients().contains(request.recipient().kind())
          && e.purposes().contains(request.purpose())) {
        out.add(new DisclosureDecision(id, request, e.permission(), e.ruleId(), e.reason(),
            e.citations(), Optional.of(e.ground())));
      }
    }
    return out.build();
  }

  /**
   * This policy with one more exception, honoured after the others; its id is this id followed
   * by {@code +with:RULE-ID}.
   *
   * @param exception not null
   * @return the configured policy
   */
  public DisclosurePolicy withException(ExceptionRule exception) {
    checkNotNull(exception, "exception");
    return new DisclosurePolicy(id + "+with:" + exception.ruleId(), label, invariants,
        rules, ImmutableList.<ExceptionRule>builder().addAll(exceptions).add(exception).build(),
        fallback);
  }

  /**
   * This policy without any exception on a ground; its id is this id followed by
   * {@code +without:GROUND}.
   *
   * @param ground not null
   * @return the configured policy
   */
  public DisclosurePolicy withoutException(ExceptionGround ground) {
    checkNotNull(ground, "ground");
    return new DisclosurePolicy(id + "+without:" + ground, label, invariants, rules,
        exceptions.stream().filter(e -> e.ground() != ground).toList(), fallback);
  }

  /**
   * This policy with a row that takes precedence over every other row, but not over the
   * invariants; its id is this id followed by {@code +first:RULE-ID}.
   *
   * @param rule not null
   * @return the configured policy
   */
  public DisclosurePolicy withRuleFirst(DisclosureRule rule) {
    checkNotNull(rule, "rule");
    return new DisclosurePolicy(id + "+first:" + rule.ruleId(), label, invariants,
        ImmutableList.<DisclosureRule>builder().add(rule).addAll(rules).build(), exceptions,
        fallback);
  }

  /** {@return the grounds this policy honours, in declaration order} */
  public Set<ExceptionGround> honouredGrounds() {
    return Sets.immutableEnumSet(exceptions.stream().map(ExceptionRule::ground).toList());
  }
}
