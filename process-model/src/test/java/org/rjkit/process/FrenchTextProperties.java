package org.rjkit.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.statistics.Statistics;
import org.rjkit.core.casefile.CaseId;
import org.rjkit.core.language.Language;
import org.rjkit.core.language.Messages;
import org.rjkit.core.participant.ParticipantId;
import org.rjkit.core.participant.Role;
import org.rjkit.core.screening.ProgrammeId;
import org.rjkit.eligibility.Outcome;
import org.rjkit.process.RandomCases.Run;
import org.rjkit.process.confidentiality.DisclosurePolicies;
import org.rjkit.process.confidentiality.DisclosurePolicy;
import org.rjkit.process.confidentiality.DisclosureRule;
import org.rjkit.process.confidentiality.ExceptionRule;
import org.rjkit.process.confidentiality.PolicyRegistry;
import org.rjkit.process.confidentiality.Purpose;
import org.rjkit.process.confidentiality.Recipient;
import org.rjkit.process.confidentiality.RecipientKind;
import org.rjkit.process.disclosure.Disclosure;
import org.rjkit.process.disclosure.Disclosures;
import org.rjkit.process.disclosure.HistoryLine;
import org.rjkit.process.lifecycle.Enrolment;
import org.rjkit.process.lifecycle.LifecycleRule;
import org.rjkit.process.lifecycle.ProcessCase;
import org.rjkit.process.lifecycle.ProcessStage;
import org.rjkit.process.lifecycle.TransitionRefusedException;
import org.rjkit.process.type.ProcessType;

/**
 * Views, history lines and refusals in French are entirely French: for generated histories of
 * every programme with a policy, every refusal a guard gave, every view line for every kind of
 * recipient and every purpose, and every history line (disclosure records included) contain no
 * Java constant name of core, eligibility or the process model, and no word of the English
 * bundles that French does not use. Identifiers (case, programme, participant, message, item,
 * rule and policy ids, the JSON paths of missing facts) are left as they are, and what is quoted
 * between « and » (what participants wrote, the original titles of instruments cited) is not
 * checked.
 */
class FrenchTextProperties {

  private static final Set<String> CONSTANTS =
      Bundles.constantNames(Role.class, Outcome.class, ProcessStage.class);
  private static final Set<String> ENGLISH = Bundles.englishOnlyWords();
  private static final Pattern QUOTED = Pattern.compile("\u00ab[^\u00bb]*\u00bb");
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");

  /** The ids every generated case may show: rules, policies, people, messages, items. */
  private static Set<String> knownIds(ProcessCase c) {
    Set<String> ids = new TreeSet<>();
    ids.add(c.caseId().value());
    ids.add(c.programme().value());
    for (LifecycleRule r : LifecycleRule.values()) {
      ids.add(r.id());
    }
    for (DisclosurePolicy p : DisclosurePolicies.all()) {
      ids.add(p.id());
      for (DisclosureRule r : p.invariants()) {
        ids.add(r.ruleId());
      }
      for (DisclosureRule r : p.rules()) {
        ids.add(r.ruleId());
      }
      for (ExceptionRule r : p.exceptions()) {
        ids.add(r.ruleId());
      }
      ids.add(p.fallback().ruleId());
    }
    RandomCases.PEOPLE.forEach(p -> ids.add(p.value()));
    RandomCases.MESSAGE_IDS.forEach(m -> ids.add(m.value()));
    RandomCases.ITEM_IDS.forEach(i -> ids.add(i.value()));
    return ids;
  }

  /**
   * What in a French text is not French: each constant name and each English word, with where
   * it was found.
   */
  static List<String> notFrench(String where, String text, Collection<String> ids) {
    String checked = QUOTED.matcher(text).replaceAll(" ");
    List<String> longestFirst = new ArrayList<>(ids);
    longestFirst.sort(Comparator.comparing(String::length).reversed());
    for (String id : longestFirst) {
      checked = checked.replace(id, " ");
    }
    List<String> problems = new ArrayList<>();
    Matcher m = TOKEN.matcher(checked);
    while (m.find()) {
      String token = m.group();
      if (CONSTANTS.contains(token)) {
        problems.add(where + ": constant " + token + " in: " + text);
      } else if (ENGLISH.contains(token.toLowerCase(java.util.Locale.ROOT))) {
        problems.add(where + ": English word '" + token + "' in: " + text);
      }
    }
    return problems;
  }

  @Provide
  Arbitrary<ActionChain<Run>> histories() {
    Arbitrary<ProgrammeId> programmes = Arbitraries.of(
        List.copyOf(PolicyRegistry.builtIn().bindings().keySet()));
    return Arbitraries.oneOf(RandomCases.chains(30, false, programmes),
        RandomCases.chains(30, true, programmes));
  }

  @Property(tries = 60)
  void every_refusal_view_line_and_history_line_of_a_generated_case_reads_in_french(
      @ForAll("histories") ActionChain<Run> chain) {
    Run run = chain.run();
    ProcessCase c = run.current;
    Set<String> ids = knownIds(c);
    List<String> problems = new ArrayList<>();
    for (TransitionRefusedException e : run.refused) {
      Set<String> withDetails = new TreeSet<>(ids);
      withDetails.addAll(e.details());
      problems.addAll(notFrench("refusal " + e.ruleId(), e.reason().in(Language.FR),
          withDetails));
    }
    DisclosurePolicy policy = PolicyRegistry.builtIn().policyFor(c.programme()).orElseThrow();
    List<Recipient> recipients = new ArrayList<>();
    for (RecipientKind kind : RecipientKind.values()) {
      if (kind != RecipientKind.PARTICIPANT) {
        recipients.add(Recipient.of(kind));
      }
    }
    c.participants().forEach(p -> recipients.add(Recipient.participant(p.id())));
    ProcessCase recorded = c;
    for (Recipient recipient : recipients) {
      for (Purpose purpose : Purpose.values()) {
        Disclosure d = Disclosures.disclose(c, policy, recipient, purpose, c.asOf());
        problems.addAll(notFrench("view for " + recipient + " (" + purpose + ")",
            d.view().render(Language.FR), ids));
      }
      recorded = Disclosures.disclose(recorded, policy, recipient, Purpose.SAFETY,
          recorded.asOf()).recorded();
    }
    Disclosure staff = Disclosures.disclose(recorded, policy,
        Recipient.of(RecipientKind.FACILITATOR), Purpose.CONDUCT_OF_PROCESS, recorded.asOf());
    for (HistoryLine line : staff.view().history()) {
      problems.addAll(notFrench("history line", line.description().in(Language.FR), ids));
    }
    assertEquals(List.of(), problems);
    Statistics.label("refusals").collect(run.refused.isEmpty() ? "none" : "some");
    Statistics.label("refusals").coverage(cov -> cov.check("some").percentage(p -> p > 50.0));
    Statistics.label("stage").collect(c.stage());
    Statistics.label("stage").coverage(cov -> cov.check(ProcessStage.COMMUNICATION)
        .percentage(p -> p > 1.0));
  }

  @Example
  void every_guard_reads_in_french_alone_and_with_the_people_and_rules_behind_a_refusal() {
    List<String> problems = new ArrayList<>();
    Set<String> ids = Set.of("R-1", "V1", "O1", "GB-EW-WRITTEN-CONSENT", "offenderId");
    for (LifecycleRule rule : LifecycleRule.values()) {
      problems.addAll(notFrench(rule.id(), rule.reason().in(Language.FR), ids));
      for (List<ParticipantId> who : List.of(List.<ParticipantId>of(),
          List.of(RandomCases.V1, RandomCases.O1))) {
        for (List<String> details : List.of(List.<String>of(), List.of("GB-EW-WRITTEN-CONSENT",
            "offenderId"))) {
          TransitionRefusedException e = new TransitionRefusedException(CaseId.of("R-1"),
              ProcessStage.PREPARATION, ProcessStage.COMMUNICATION, "stage-entered", rule, who,
              details);
          problems.addAll(notFrench(rule.id(), e.reason().in(Language.FR), ids));
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Example
  void every_policy_row_exception_process_type_and_label_reads_in_french() {
    List<String> problems = new ArrayList<>();
    Set<String> ids = Set.of();
    for (DisclosurePolicy p : DisclosurePolicies.all()) {
      problems.addAll(notFrench(p.id(), p.label().in(Language.FR), ids));
      List<DisclosureRule> rows = new ArrayList<>(p.invariants());
      rows.addAll(p.rules());
      rows.add(p.fallback());
      for (DisclosureRule r : rows) {
        problems.addAll(notFrench(r.ruleId(), r.reason().in(Language.FR), ids));
      }
      for (ExceptionRule r : p.exceptions()) {
        problems.addAll(notFrench(r.ruleId(), r.reason().in(Language.FR), ids));
      }
    }
    for (ProcessType t : ProcessType.values()) {
      problems.addAll(notFrench(t.name(), t.label().in(Language.FR), ids));
      problems.addAll(notFrench(t.name(), t.description().in(Language.FR), ids));
    }
    for (Class<? extends Enum<?>> type : Bundles.enumsOfModule(ProcessStage.class)) {
      for (Enum<?> constant : type.getEnumConstants()) {
        problems.addAll(notFrench(Messages.enumKey(constant),
            Messages.label(Language.FR, constant), ids));
      }
    }
    assertEquals(List.of(), problems);
  }

  @Example
  void the_check_finds_a_constant_name_and_an_english_word() {
    assertTrue(CONSTANTS.containsAll(List.of("POST_SENTENCE", "VICTIM_FAMILY_MEMBER", "WRITTEN",
        "PREPARATION", "FOLLOW_UP", "LOW", "MANUAL_REVIEW", "PAROLE_BOARD")), CONSTANTS::toString);
    assertFalse(ENGLISH.isEmpty());
    assertTrue(ENGLISH.containsAll(List.of("letter", "financial", "stage", "relayed")),
        ENGLISH::toString);
    assertEquals(3, notFrench("x", "lettre L-1 de P1001 à P1002, étape POST_SENTENCE, "
        + "financial compensation", Set.of("L-1", "P1001", "P1002")).size());
    assertEquals(List.of(), notFrench("x", "déclaration de V1 : \u00abthe letter I wrote\u00bb",
        Set.of("V1")));
    assertFalse(notFrench("x", "agit comme VICTIM_FAMILY_MEMBER", Set.of()).isEmpty());
  }
}
