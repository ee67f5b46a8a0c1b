package org.rjkit.eligibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rjkit.core.language.Language;
import org.rjkit.core.language.LocalizedText;
import org.rjkit.core.language.Text;
import org.rjkit.eligibility.rule.Rule;
import org.rjkit.eligibility.rule.RuleResult;

/**
 * What a decision or a programme reads back to from JSON: every text as the texts a document
 * carries, English and French (a built-in message formatted in both; a vendor's text as it is).
 * A document keeps a rule's words, not its message keys, so a round trip is compared with this.
 */
public final class Frozen {

  private Frozen() {}

  /** A text as a document carries it. */
  public static LocalizedText text(Text text) {
    return text instanceof LocalizedText l ? l
        : LocalizedText.of(Map.of(Language.EN, text.in(Language.EN), Language.FR,
            text.in(Language.FR)));
  }

  /** A decision with every reason as a document carries it. */
  public static Decision decision(Decision d) {
    List<RuleResult> rules = new ArrayList<>();
    for (RuleResult r : d.rules()) {
      rules.add(new RuleResult(r.ruleId(), r.phase(), r.status(), text(r.reason()), r.citations(),
          r.facts(), r.missingFacts()));
    }
    return new Decision(d.programme(), d.ruleSetVersion(), d.asOf(), d.caseId(), d.outcome(),
        d.phases(), rules, d.missingFacts());
  }

  /** A programme with its name and every policy as a document carries them. */
  public static Programme programme(Programme p) {
    List<RuleSetVersion> versions = new ArrayList<>();
    for (RuleSetVersion v : p.versions()) {
      List<Rule> rules = new ArrayList<>();
      for (Rule r : v.rules()) {
        rules.add(new Rule(r.id(), r.phase(), text(r.policy()), r.citations(), r.catalogueRows(),
            r.definition()));
      }
      versions.add(new RuleSetVersion(v.version(), v.effectiveFrom(), rules));
    }
    return new Programme(p.id(), text(p.name()), versions);
  }
}
