package org.rjkit.eligibility.rule;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.Sets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rjkit.core.casefile.Stage;
import org.rjkit.core.language.Message;

/**
 * The proceedings are at one of the given stages ({@code stage}). Unknown stage: UNKNOWN.
 *
 * @param stages the accepted stages, at least one
 * @since 1.0
 */
public record StageIn(Set<Stage> stages) implements RuleDefinition {

  private static final String STAGE = "stage";
  private static final List<String> STAGE_FACTS = List.of(STAGE);
  private static final Map<Stage, Message> MET = Finding.byValue("reason.StageIn.met", Stage.class);

  /**
   * Copies the set in declaration order.
   *
   * @param stages the accepted stages, at least one
   */
  public StageIn {
    checkArgument(!stages.isEmpty(), "at least one stage");
    stages = Sets.immutableEnumSet(stages);
  }

  @Override
  public Finding evaluate(ScreeningFacts facts) {
    Optional<Stage> stage = facts.caseFile().stage();
    if (stage.isEmpty()) {
      return Finding.unknown(Finding.text("reason.StageIn.unknown"), List.of(STAGE));
    }
    if (stages.contains(stage.get())) {
      return Finding.met(MET.get(stage.get()), STAGE_FACTS);
    }
    return Finding.notMet(Finding.text("reason.StageIn.notMet", stage.get(), stages),
        List.of(STAGE));
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
