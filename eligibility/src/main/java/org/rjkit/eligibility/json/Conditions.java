package org.rjkit.eligibility.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rjkit.core.language.Message;
import org.rjkit.core.casefile.Court;
import org.rjkit.core.casefile.Jurisdiction;
import org.rjkit.core.casefile.Stage;
import org.rjkit.core.consent.ConsentForm;
import org.rjkit.core.json.internal.ObjectInput;
import org.rjkit.core.offence.OffenceCategory;
import org.rjkit.core.offence.OffenceContext;
import org.rjkit.core.participant.Plea;
import org.rjkit.core.participant.Role;
import org.rjkit.core.safety.RiskLevel;
import org.rjkit.core.internal.Terms;
import org.rjkit.eligibility.rule.RuleStatus;
import org.rjkit.eligibility.rule.AcceptsResponsibility;
import org.rjkit.eligibility.rule.AcknowledgesBasicFacts;
import org.rjkit.eligibility.rule.AgeOnOffenceDates;
import org.rjkit.eligibility.rule.ConsentOfParties;
import org.rjkit.eligibility.rule.ConsentParty;
import org.rjkit.eligibility.rule.CounselAdvised;
import org.rjkit.eligibility.rule.CourtIn;
import org.rjkit.eligibility.rule.FederalSentence;
import org.rjkit.eligibility.rule.JurisdictionIn;
import org.rjkit.eligibility.rule.NoContactOrders;
import org.rjkit.eligibility.rule.NoDenialNorTrialWish;
import org.rjkit.eligibility.rule.NoPriorRestorativeProcess;
import org.rjkit.eligibility.rule.OffenceCategoriesIncluded;
import org.rjkit.eligibility.rule.OffenceExclusions;
import org.rjkit.eligibility.rule.PleaIn;
import org.rjkit.eligibility.rule.ProsecutionViable;
import org.rjkit.eligibility.rule.RequesterStanding;
import org.rjkit.eligibility.rule.RestorativeServiceAvailable;
import org.rjkit.eligibility.rule.RuleDefinition;
import org.rjkit.eligibility.rule.SafetyRisk;
import org.rjkit.eligibility.rule.SpecialistAssessmentForContexts;
import org.rjkit.eligibility.rule.StageIn;
import org.rjkit.eligibility.rule.StillUnderSentence;
import org.rjkit.eligibility.rule.VictimParticipationNotRequired;
import org.rjkit.eligibility.rule.VictimPresent;

/**
 * The {@code condition} object of a rule in a rule-set document: writing each vocabulary record
 * with its parameters, and reading it back strictly. Sets are written in their own order (enum
 * declaration order for enum sets); ages are whole numbers; lengths of time ISO-8601 periods.
 */
final class Conditions {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** The oldest age a rule may name. */
  static final int MAX_AGE = 150;
  private static final List<RuleStatus> DECIDED = List.of(RuleStatus.REVIEW, RuleStatus.NOT_MET);

  private Conditions() {}

  // ---------------------------------------------------------------- writing

  static ObjectNode write(RuleDefinition d) {
    ObjectNode c = NODES.objectNode();
    c.put("type", ConditionType.of(d).name());
    return d.accept(new Parameters(c));
  }

  /**
   * Writes each record's parameters into the condition object; the compiler checks that every
   * record of the vocabulary has its method, so that none is written without its parameters.
   */
  private static final class Parameters implements RuleDefinition.Visitor<ObjectNode> {

    private final ObjectNode c;

    Parameters(ObjectNode c) {
      this.c = c;
    }

    @Override
    public ObjectNode visit(StageIn x) {
      enums(c, "stages", x.stages());
      return c;
    }

    @Override
    public ObjectNode visit(JurisdictionIn x) {
      strings(c, "included", x.included());
      strings(c, "excluded", x.excluded());
      return c;
    }

    @Override
    public ObjectNode visit(RequesterStanding x) {
      enums(c, "roles", x.roles());
      c.put("coAccusedExcludedFromVictimSide", x.coAccusedExcludedFromVictimSide());
      c.put("familyMemberOnlyForDeceasedVictim", x.familyMemberOnlyForDeceasedVictim());
      if (x.representativeOnlyForRegisteredVictim()) {
        c.put("representativeOnlyForRegisteredVictim", true);
      }
      return c;
    }

    @Override
    public ObjectNode visit(FederalSentence x) {
      x.minimumTerm().ifPresent(t -> c.put("minimumTerm", t.toString()));
      return c;
    }

    @Override
    public ObjectNode visit(StillUnderSentence x) {
      c.put("whenExpired", x.whenExpired().name());
      return c;
    }

    @Override
    public ObjectNode visit(AgeOnOffenceDates x) {
      c.put("minimumAge", x.minimumAge());
      x.underAge().ifPresent(u -> c.put("underAge", u));
      return c;
    }

    @Override
    public ObjectNode visit(OffenceExclusions x) {
      enums(c, "categories", x.categories());
      enums(c, "contexts", x.contexts());
      return c;
    }

    @Override
    public ObjectNode visit(OffenceCategoriesIncluded x) {
      enums(c, "included", x.included());
      enums(c, "excluded", x.excluded());
      return c;
    }

    @Override
    public ObjectNode visit(SpecialistAssessmentForContexts x) {
      enums(c, "contexts", x.contexts());
      return c;
    }

    @Override
    public ObjectNode visit(AcceptsResponsibility x) {
      return c;
    }

    @Override
    public ObjectNode visit(AcknowledgesBasicFacts x) {
      return c;
    }

    @Override
    public ObjectNode visit(NoDenialNorTrialWish x) {
      return c;
    }

    @Override
    public ObjectNode visit(ConsentOfParties x) {
      enums(c, "parties", x.parties());
      enums(c, "forms", x.forms());
      return c;
    }

    @Override
    public ObjectNode visit(SafetyRisk x) {
      enums(c, "notMet", x.notMet());
      enums(c, "review", x.review());
      return c;
    }

    @Override
    public ObjectNode visit(NoContactOrders x) {
      c.put("whenOrderInForce", x.whenOrderInForce().name());
      return c;
    }

    @Override
    public ObjectNode visit(PleaIn x) {
      enums(c, "pleas", x.pleas());
      return c;
    }

    @Override
    public ObjectNode visit(CourtIn x) {
      enums(c, "courts", x.courts());
      return c;
    }

    @Override
    public ObjectNode visit(NoPriorRestorativeProcess x) {
      return c;
    }

    @Override
    public ObjectNode visit(RestorativeServiceAvailable x) {
      return c;
    }

    @Override
    public ObjectNode visit(ProsecutionViable x) {
      return c;
    }

    @Override
    public ObjectNode visit(CounselAdvised x) {
      c.put("reasonableOpportunityRequired", x.reasonableOpportunityRequired());
      return c;
    }

    @Override
    public ObjectNode visit(VictimPresent x) {
      return c;
    }

    @Override
    public ObjectNode visit(VictimParticipationNotRequired x) {
      return c;
    }
  }

  private static void enums(ObjectNode c, String field, Collection<? extends Enum<?>> values) {
    ArrayNode array = c.putArray(field);
    values.forEach(v -> array.add(v.name()));
  }

  private static void strings(ObjectNode c, String field, Collection<String> values) {
    ArrayNode array = c.putArray(field);
    values.forEach(array::add);
  }

  // ---------------------------------------------------------------- reading

  /**
   * Reads a condition object; every problem is reported under the condition's path.
   *
   * @return the definition, or empty when anything was wrong
   */
  static Optional<RuleDefinition> read(ObjectInput c) {
    Optional<ConditionType> type = c.enumValue("type", true, ConditionType.class);
    if (type.isEmpty()) {
      return Optional.empty();
    }
    ConditionType t = type.get();
    List<String> allowed = new ArrayList<>();
    allowed.add("type");
    allowed.addAll(t.parameters());
    c.allowOnly(allowed, Message.of("input.what.condition", t.name()));
    return switch (t) {
      case STAGE_IN -> c.enumSet("stages", true, Stage.class).map(StageIn::new);
      case JURISDICTION_IN -> jurisdictionIn(c);
      case REQUESTER_STANDING -> {
        Optional<Set<Role>> roles = c.enumSet("roles", true, Role.class);
        Optional<Boolean> coAccused = c.bool("coAccusedExcludedFromVictimSide", true);
        Optional<Boolean> family = c.bool("familyMemberOnlyForDeceasedVictim", true);
        boolean hasRegistered = c.peek("representativeOnlyForRegisteredVictim").isPresent();
        Optional<Boolean> registered = c.bool("representativeOnlyForRegisteredVictim", false);
        yield all(roles, coAccused, family) && (!hasRegistered || registered.isPresent())
            ? Optional.of(new RequesterStanding(roles.get(), restrictions(coAccused.get(),
                family.get(), registered.orElse(false)))) : Optional.empty();
      }
      case FEDERAL_SENTENCE -> federalSentence(c);
      case STILL_UNDER_SENTENCE -> c.enumValue("whenExpired", true, RuleStatus.class, DECIDED)
          .map(StillUnderSentence::new);
      case AGE_ON_OFFENCE_DATES -> ageOnOffenceDates(c);
      case OFFENCE_EXCLUSIONS -> {
        Optional<Set<OffenceCategory>> categories =
            c.enumSet("categories", false, OffenceCategory.class);
        Optional<Set<OffenceContext>> contexts =
            c.enumSet("contexts", false, OffenceContext.class);
        if (!all(categories, contexts)) {
          yield Optional.empty();
        }
        if (categories.get().isEmpty() && contexts.get().isEmpty()) {
          c.problems().report(c.path(), "input.condition.excludeNothing");
          yield Optional.empty();
        }
        yield Optional.of(new OffenceExclusions(categories.get(), contexts.get()));
      }
      case OFFENCE_CATEGORIES_INCLUDED -> {
        Optional<Set<OffenceCategory>> included =
            c.enumSet("included", true, OffenceCategory.class);
        Optional<Set<OffenceCategory>> excluded =
            c.enumSet("excluded", false, OffenceCategory.class);
        if (!all(included, excluded)) {
          yield Optional.empty();
        }
        if (!Sets.intersection(included.get(), excluded.get()).isEmpty()) {
          c.problems().report(c.path("excluded"), "input.condition.includedExcluded");
          yield Optional.empty();
        }
        yield Optional.of(new OffenceCategoriesIncluded(included.get(), excluded.get()));
      }
      case SPECIALIST_ASSESSMENT_FOR_CONTEXTS -> c.enumSet("contexts", true,
          OffenceContext.class).map(SpecialistAssessmentForContexts::new);
      case ACCEPTS_RESPONSIBILITY -> Optional.of(new AcceptsResponsibility());
      case ACKNOWLEDGES_BASIC_FACTS -> Optional.of(new AcknowledgesBasicFacts());
      case NO_DENIAL_NOR_TRIAL_WISH -> Optional.of(new NoDenialNorTrialWish());
      case CONSENT_OF_PARTIES -> {
        Optional<Set<ConsentParty>> parties = c.enumSet("parties", true, ConsentParty.class);
        Optional<Set<ConsentForm>> forms = c.enumSet("forms", true, ConsentForm.class);
        yield all(parties, forms) ? Optional.of(new ConsentOfParties(parties.get(),
            forms.get())) : Optional.empty();
      }
      case SAFETY_RISK -> safetyRisk(c);
      case NO_CONTACT_ORDERS -> c.enumValue("whenOrderInForce", true, RuleStatus.class, DECIDED)
          .map(NoContactOrders::new);
      case PLEA_IN -> c.enumSet("pleas", true, Plea.class).map(PleaIn::new);
      case COURT_IN -> c.enumSet("courts", true, Court.class).map(CourtIn::new);
      case NO_PRIOR_RESTORATIVE_PROCESS -> Optional.of(new NoPriorRestorativeProcess());
      case RESTORATIVE_SERVICE_AVAILABLE -> Optional.of(new RestorativeServiceAvailable());
      case PROSECUTION_VIABLE -> Optional.of(new ProsecutionViable());
      case COUNSEL_ADVISED -> c.bool("reasonableOpportunityRequired", true)
          .map(both -> both ? CounselAdvised.rightToCounselAndOpportunityToConsult()
              : CounselAdvised.rightToCounsel());
      case VICTIM_PRESENT -> Optional.of(new VictimPresent());
      case VICTIM_PARTICIPATION_NOT_REQUIRED -> Optional.of(new VictimParticipationNotRequired());
    };
  }

  /** The restrictions on standing that the document's flags set. */
  private static Set<RequesterStanding.Restriction> restrictions(boolean coAccused,
      boolean family, boolean registered) {
    Set<RequesterStanding.Restriction> set = EnumSet.noneOf(RequesterStanding.Restriction.class);
    if (coAccused) {
      set.add(RequesterStanding.Restriction.CO_ACCUSED_EXCLUDED_FROM_VICTIM_SIDE);
    }
    if (family) {
      set.add(RequesterStanding.Restriction.FAMILY_MEMBER_ONLY_FOR_DECEASED_VICTIM);
    }
    if (registered) {
      set.add(RequesterStanding.Restriction.REPRESENTATIVE_ONLY_FOR_REGISTERED_VICTIM);
    }
    return set;
  }

  private static Optional<RuleDefinition> jurisdictionIn(ObjectInput c) {
    ObjectInput.ElementReader<String> code = (v, at) -> c.textOf(v, at).flatMap(s -> {
      try {
        Jurisdiction.parse(s);
        return Optional.of(s);
      } catch (IllegalArgumentException e) {
        c.problems().report(at, "input.condition.jurisdiction");
        return Optional.empty();
      }
    });
    Optional<Set<String>> included = c.distinct("included", true, true, code);
    Optional<Set<String>> excluded = c.distinct("excluded", true, false, code);
    return all(included, excluded)
        ? Optional.of(new JurisdictionIn(included.get(), excluded.get()))
        : Optional.empty();
  }

  private static Optional<RuleDefinition> federalSentence(ObjectInput c) {
    if (c.peek("minimumTerm").isEmpty()) {
      return Optional.of(new FederalSentence());
    }
    Optional<Period> term = c.period("minimumTerm", true);
    if (term.isEmpty()) {
      return Optional.empty();
    }
    if (!Terms.isWithinLimit(term.get())) {
      c.problems().report(c.path("minimumTerm"), "input.case.termTooLong");
      return Optional.empty();
    }
    if (!Terms.isPositive(term.get(), Optional.empty())) {
      c.problems().report(c.path("minimumTerm"), "input.condition.termNotPositive");
      return Optional.empty();
    }
    return Optional.of(FederalSentence.atLeast(term.get()));
  }

  private static Optional<RuleDefinition> ageOnOffenceDates(ObjectInput c) {
    Optional<Integer> minimum = c.integer("minimumAge", true, 0, MAX_AGE);
    boolean hasUpper = c.peek("underAge").isPresent();
    Optional<Integer> under = c.integer("underAge", false, 1, MAX_AGE);
    if (minimum.isEmpty() || (hasUpper && under.isEmpty())) {
      return Optional.empty();
    }
    if (under.isPresent() && under.get() <= minimum.get()) {
      c.problems().report(c.path("underAge"), "input.condition.underAge");
      return Optional.empty();
    }
    return Optional.of(new AgeOnOffenceDates(minimum.get(), under));
  }

  private static Optional<RuleDefinition> safetyRisk(ObjectInput c) {
    Optional<Set<RiskLevel>> notMet = c.enumSet("notMet", false, RiskLevel.class);
    Optional<Set<RiskLevel>> review = c.enumSet("review", false, RiskLevel.class);
    if (!all(notMet, review)) {
      return Optional.empty();
    }
    if (!Sets.intersection(notMet.get(), review.get()).isEmpty()) {
      c.problems().report(c.path("review"), "input.condition.notMetReview");
      return Optional.empty();
    }
    return Optional.of(new SafetyRisk(notMet.get(), review.get()));
  }

  private static boolean all(Optional<?>... values) {
    return ImmutableList.copyOf(values).stream().allMatch(Optional::isPresent);
  }
}
