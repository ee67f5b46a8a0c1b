package org.rjkit.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rule;
import org.jeasy.rules.api.RuleListener;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.core.RuleBuilder;
import org.rjkit.core.casefile.CaseFile;
import org.rjkit.core.participant.Offender;
import org.rjkit.core.participant.Participant;
import org.rjkit.core.screening.ScreeningRequest;

/**
 * The CSC rules in Easy Rules 4.1, the peer of the issue-12 table, written as a vendor would for
 * an audit: the eight {@link CscConditions} as rules in the programme's order, and a
 * {@link RuleListener} that records which rules held and which did not. Per request, a new
 * engine, listener and facts, either with four named facts ({@link #fourFacts}) or with the
 * request as a single fact object ({@link #oneFact}). The rule sets are built once.
 */
final class EasyRulesCsc {

  /** What the listener saw: the names of the rules that held and that did not, in order. */
  static final class AuditListener implements RuleListener {
    final List<String> held = new ArrayList<>(8);
    final List<String> notHeld = new ArrayList<>(8);

    @Override
    public void afterEvaluate(Rule rule, Facts facts, boolean evaluationResult) {
      (evaluationResult ? held : notHeld).add(rule.getName());
    }

    @Override
    public void onEvaluationError(Rule rule, Facts facts, Exception exception) {
      notHeld.add(rule.getName());
    }
  }

  private static final String CASE = "case";
  private static final String REQUESTER = "requester";
  private static final String OFFENDER = "offender";
  private static final String AS_OF = "asOf";
  private static final String REQUEST = "request";

  /** The rules over four named facts: case, requester, offender and asOf. */
  private static final Rules FOUR_FACT_RULES = new Rules(
      rule(0, f -> CscConditions.postSentence(f.get(CASE))),
      rule(1, f -> CscConditions.requesterStanding(f.get(REQUESTER))),
      rule(2, f -> CscConditions.federalSentence(f.get(CASE))),
      rule(3, f -> CscConditions.underSentence(f.get(CASE), f.get(AS_OF))),
      rule(4, f -> CscConditions.acceptsResponsibility(f.get(OFFENDER))),
      rule(5, f -> {
        Participant requester = f.get(REQUESTER);
        return CscConditions.consent(f.get(CASE), requester.id(), f.get(OFFENDER), f.get(AS_OF));
      }),
      rule(6, f -> CscConditions.safety(f.get(CASE), f.get(AS_OF))),
      rule(7, f -> CscConditions.noContactOrder(f.get(CASE))));

  /** The same rules over one fact, the request. */
  private static final Rules ONE_FACT_RULES = new Rules(
      rule(0, f -> CscConditions.postSentence(request(f).caseFile())),
      rule(1, f -> CscConditions.requesterStanding(CscConditions.requester(request(f)))),
      rule(2, f -> CscConditions.federalSentence(request(f).caseFile())),
      rule(3, f -> CscConditions.underSentence(request(f).caseFile(), request(f).asOf())),
      rule(4, f -> CscConditions.acceptsResponsibility(CscConditions.offender(request(f)))),
      rule(5, f -> {
        ScreeningRequest r = request(f);
        return CscConditions.consent(r.caseFile(), r.requesterId(), CscConditions.offender(r),
            r.asOf());
      }),
      rule(6, f -> CscConditions.safety(request(f).caseFile(), request(f).asOf())),
      rule(7, f -> CscConditions.noContactOrder(request(f).caseFile())));

  private EasyRulesCsc() {}

  private static Rule rule(int index, org.jeasy.rules.api.Condition condition) {
    return new RuleBuilder().name(CscConditions.NAMES[index]).priority(index)
        .when(condition).then(facts -> { }).build();
  }

  private static ScreeningRequest request(Facts facts) {
    return facts.get(REQUEST);
  }

  /** One request with a new engine and listener and four named facts. */
  static AuditListener fourFacts(ScreeningRequest request) {
    CaseFile file = request.caseFile();
    Facts facts = new Facts();
    facts.put(CASE, file);
    facts.put(REQUESTER, CscConditions.requester(request));
    Offender offender = CscConditions.offender(request);
    if (offender != null) {
      facts.put(OFFENDER, offender);
    }
    LocalDate asOf = request.asOf();
    facts.put(AS_OF, asOf);
    return fire(FOUR_FACT_RULES, facts);
  }

  /** One request with a new engine and listener and the request as the only fact. */
  static AuditListener oneFact(ScreeningRequest request) {
    Facts facts = new Facts();
    facts.put(REQUEST, request);
    return fire(ONE_FACT_RULES, facts);
  }

  private static AuditListener fire(Rules rules, Facts facts) {
    DefaultRulesEngine engine = new DefaultRulesEngine();
    AuditListener listener = new AuditListener();
    engine.registerRuleListener(listener);
    engine.fire(rules, facts);
    return listener;
  }
}
