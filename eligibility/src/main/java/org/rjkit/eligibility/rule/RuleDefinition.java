package org.rjkit.eligibility.rule;

/**
 * The vocabulary of eligibility rules: a closed family of parameterised conditions on a case. A
 * programme (built in, or a vendor's own rule-set document) is an ordered list of {@link Rule}s,
 * each of which wraps one definition with an id, a phase, a policy sentence and citations.
 *
 * <p>Every definition is an immutable record whose components are plain data (sets of enum
 * values, numbers, codes), so that the same vocabulary can be written as JSON. Evaluation never
 * throws for incomplete facts: a missing fact gives {@link org.rjkit.eligibility.rule.RuleStatus#UNKNOWN}
 * and names the missing fact paths.
 *
 * <p>Adding a condition is one change the compiler checks: the new record is listed in
 * {@code permits}, implements {@link #accept(Visitor)} and gets its own method in
 * {@link Visitor}; every visitor (the condition's type and its parameters in the rule-set
 * document) then fails to compile until it handles the record, and the reader's exhaustive
 * {@code switch} on the new {@code ConditionType} value until it reads it. The rule-set schema
 * gets the condition's definition; tests check that the schema, the types and a round trip with
 * every parameter set cover every permitted record.
 *
 * @since 1.0
 */
public sealed interface RuleDefinition
    permits StageIn, JurisdictionIn, RequesterStanding, FederalSentence, StillUnderSentence,
        AgeOnOffenceDates, OffenceExclusions, OffenceCategoriesIncluded,
        SpecialistAssessmentForContexts,
        AcceptsResponsibility, AcknowledgesBasicFacts, NoDenialNorTrialWish, ConsentOfParties,
        SafetyRisk, NoContactOrders, PleaIn, CourtIn, NoPriorRestorativeProcess,
        RestorativeServiceAvailable, ProsecutionViable, CounselAdvised, VictimPresent,
        VictimParticipationNotRequired {

  /**
   * Evaluates the condition against a case.
   *
   * @param facts the case, requester and date, not null
   * @return what was found, never null
   */
  Finding evaluate(ScreeningFacts facts);

  /**
   * Calls the method of the visitor that takes this definition's own record type. Code that
   * does something for every kind of condition (writing it as JSON, naming its type) implements
   * {@link Visitor}, so that a record added to the vocabulary does not compile until every such
   * piece of code handles it.
   *
   * @param visitor not null
   * @param <R> what the visitor returns
   * @return what the visitor's method returns for this definition
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * An operation on every kind of condition, with one method per record of the vocabulary: the
   * compiler checks that an implementation handles them all.
   *
   * @param <R> what each method returns
   */
  interface Visitor<R> {

    /**
     * Visits a {@link StageIn} condition.
     *
     * @param stageIn the definition, not null
     * @return the visitor's result for it
     */
    R visit(StageIn stageIn);

    /**
     * Visits a {@link JurisdictionIn} condition.
     *
     * @param jurisdictionIn the definition, not null
     * @return the visitor's result for it
     */
    R visit(JurisdictionIn jurisdictionIn);

    /**
     * Visits a {@link RequesterStanding} condition.
     *
     * @param requesterStanding the definition, not null
     * @return the visitor's result for it
     */
    R visit(RequesterStanding requesterStanding);

    /**
     * Visits a {@link FederalSentence} condition.
     *
     * @param federalSentence the definition, not null
     * @return the visitor's result for it
     */
    R visit(FederalSentence federalSentence);

    /**
     * Visits a {@link StillUnderSentence} condition.
     *
     * @param stillUnderSentence the definition, not null
     * @return the visitor's result for it
     */
    R visit(StillUnderSentence stillUnderSentence);

    /**
     * Visits a {@link AgeOnOffenceDates} condition.
     *
     * @param ageOnOffenceDates the definition, not null
     * @return the visitor's result for it
     */
    R visit(AgeOnOffenceDates ageOnOffenceDates);

    /**
     * Visits a {@link OffenceExclusions} condition.
     *
     * @param offenceExclusions the definition, not null
     * @return the visitor's result for it
     */
    R visit(OffenceExclusions offenceExclusions);

    /**
     * Visits a {@link OffenceCategoriesIncluded} condition.
     *
     * @param offenceCategoriesIncluded the definition, not null
     * @return the visitor's result for it
     */
    R visit(OffenceCategoriesIncluded offenceCategoriesIncluded);

    /**
     * Visits a {@link SpecialistAssessmentForContexts} condition.
     *
     * @param specialistAssessmentForContexts the definition, not null
     * @return the visitor's result for it
     */
    R visit(SpecialistAssessmentForContexts specialistAssessmentForContexts);

    /**
     * Visits a {@link AcceptsResponsibility} condition.
     *
     * @param acceptsResponsibility the definition, not null
     * @return the visitor's result for it
     */
    R visit(AcceptsResponsibility acceptsResponsibility);

    /**
     * Visits a {@link AcknowledgesBasicFacts} condition.
     *
     * @param acknowledgesBasicFacts the definition, not null
     * @return the visitor's result for it
     */
    R visit(AcknowledgesBasicFacts acknowledgesBasicFacts);

    /**
     * Visits a {@link NoDenialNorTrialWish} condition.
     *
     * @param noDenialNorTrialWish the definition, not null
     * @return the visitor's result for it
     */
    R visit(NoDenialNorTrialWish noDenialNorTrialWish);

    /**
     * Visits a {@link ConsentOfParties} condition.
     *
     * @param consentOfParties the definition, not null
     * @return the visitor's result for it
     */
    R visit(ConsentOfParties consentOfParties);

    /**
     * Visits a {@link SafetyRisk} condition.
     *
     * @param safetyRisk the definition, not null
     * @return the visitor's result for it
     */
    R visit(SafetyRisk safetyRisk);

    /**
     * Visits a {@link NoContactOrders} condition.
     *
     * @param noContactOrders the definition, not null
     * @return the visitor's result for it
     */
    R visit(NoContactOrders noContactOrders);

    /**
     * Visits a {@link PleaIn} condition.
     *
     * @param pleaIn the definition, not null
     * @return the visitor's result for it
     */
    R visit(PleaIn pleaIn);

    /**
     * Visits a {@link CourtIn} condition.
     *
     * @param courtIn the definition, not null
     * @return the visitor's result for it
     */
    R visit(CourtIn courtIn);

    /**
     * Visits a {@link NoPriorRestorativeProcess} condition.
     *
     * @param noPriorRestorativeProcess the definition, not null
     * @return the visitor's result for it
     */
    R visit(NoPriorRestorativeProcess noPriorRestorativeProcess);

    /**
     * Visits a {@link RestorativeServiceAvailable} condition.
     *
     * @param restorativeServiceAvailable the definition, not null
     * @return the visitor's result for it
     */
    R visit(RestorativeServiceAvailable restorativeServiceAvailable);

    /**
     * Visits a {@link ProsecutionViable} condition.
     *
     * @param prosecutionViable the definition, not null
     * @return the visitor's result for it
     */
    R visit(ProsecutionViable prosecutionViable);

    /**
     * Visits a {@link CounselAdvised} condition.
     *
     * @param counselAdvised the definition, not null
     * @return the visitor's result for it
     */
    R visit(CounselAdvised counselAdvised);

    /**
     * Visits a {@link VictimPresent} condition.
     *
     * @param victimPresent the definition, not null
     * @return the visitor's result for it
     */
    R visit(VictimPresent victimPresent);

    /**
     * Visits a {@link VictimParticipationNotRequired} condition.
     *
     * @param victimParticipationNotRequired the definition, not null
     * @return the visitor's result for it
     */
    R visit(VictimParticipationNotRequired victimParticipationNotRequired);
  }
}
