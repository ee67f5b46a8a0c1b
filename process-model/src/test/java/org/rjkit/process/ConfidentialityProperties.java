package org.rjkit.process;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.statistics.Statistics;
import org.rjkit.core.language.Language;
import org.rjkit.core.participant.ParticipantId;
import org.rjkit.process.RandomCases.Run;
import org.rjkit.process.communication.RelayedMessage;
import org.rjkit.process.communication.MessageStatus;
import org.rjkit.process.communication.Statement;
import org.rjkit.process.confidentiality.DisclosurePolicies;
import org.rjkit.process.confidentiality.DisclosurePolicy;
import org.rjkit.process.confidentiality.Permission;
import org.rjkit.process.confidentiality.PolicyRegistry;
import org.rjkit.process.confidentiality.Purpose;
import org.rjkit.process.confidentiality.Recipient;
import org.rjkit.process.confidentiality.RecipientKind;
import org.rjkit.process.disclosure.CaseView;
import org.rjkit.process.disclosure.Disclosure;
import org.rjkit.process.disclosure.Disclosures;
import org.rjkit.process.json.ProcessJson;
import org.rjkit.process.lifecycle.ProcessCase;
import org.rjkit.process.lifecycle.ProcessEvent;

/**
 * Across random histories, policies, recipients and purposes, no process content reaches a
 * recipient the policy denies: not in a view, not in JSON, not in {@code toString()}, not in an
 * exception.
 */
class ConfidentialityProperties {

  @Provide
  Arbitrary<ActionChain<Run>> histories() {
    Arbitrary<org.rjkit.core.screening.ProgrammeId> programmes = Arbitraries.of(
        List.copyOf(PolicyRegistry.builtIn().bindings().keySet()));
    return Arbitraries.oneOf(RandomCases.chains(40, false, programmes),
        RandomCases.chains(40, true, programmes));
  }

  @Provide
  Arbitrary<Recipient> recipients() {
    return Arbitraries.oneOf(
        Arbitraries.of(RecipientKind.values()).filter(k -> k != RecipientKind.PARTICIPANT)
            .map(Recipient::of),
        Arbitraries.of(RandomCases.V1, RandomCases.O1).map(Recipient::participant));
  }

  @Provide
  Arbitrary<DisclosurePolicy> policies() {
    return Arbitraries.of(DisclosurePolicies.all());
  }

  private static void assertNoSecret(Run run, String where, String text, Set<String> allowed) {
    for (String marker : run.secrets.keySet()) {
      if (!allowed.contains(marker)) {
        assertFalse(text.contains(marker), () -> "process content leaked into " + where);
      }
    }
  }

  private static Set<String> visibleToParticipant(ProcessCase c, ParticipantId p) {
    Set<String> allowed = new TreeSet<>();
    for (RelayedMessage m : c.messages()) {
      if (m.author().equals(p)
          || (m.recipient().equals(p) && m.status() == MessageStatus.RELAYED)) {
        allowed.add(RandomCases.markerOf(m.content()));
      }
    }
    for (Statement s : c.statements()) {
      if (s.author().equals(p)) {
        allowed.add(RandomCases.markerOf(s.content()));
      }
    }
    c.agreement().ifPresent(a -> a.items().forEach(i -> {
      if (i.concerned().contains(p)) {
        allowed.add(RandomCases.markerOf(i.term()));
      }
    }));
    return allowed;
  }

  @Property
  void no_process_content_ever_reaches_a_recipient_the_policy_denies(
      @ForAll("histories") ActionChain<Run> chain, @ForAll("policies") DisclosurePolicy foreign,
      @ForAll("recipients") Recipient recipient, @ForAll Purpose purpose) {
    Run run = chain.run();
    ProcessCase c = run.current;
    DisclosurePolicy policy = PolicyRegistry.builtIn().policyFor(c.programme()).orElseThrow();
    if (!foreign.equals(policy)) {
      org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
          () -> Disclosures.disclose(c, foreign, recipient, purpose, c.asOf()),
          "a case is never disclosed under another programme's policy");
    }
    Set<String> none = Set.of();
    for (String message : run.refusals) {
      assertNoSecret(run, "an exception message", String.valueOf(message), none);
    }
    for (ProcessEvent e : c.history()) {
      assertNoSecret(run, "an event's toString", e.toString(), none);
    }
    assertNoSecret(run, "the case's toString", c.toString(), none);
    assertNoSecret(run, "the state's toString", c.messages().toString() + c.statements()
        + c.agreement(), none);

    Disclosure d = Disclosures.disclose(c, policy, recipient, purpose, c.asOf());
    CaseView view = d.view();
    Permission content = view.content().permission();
    assertNoSecret(run, "a view's toString", view.toString(), none);
    assertNoSecret(run, "the default JSON of a view", ProcessJson.redacting().write(view),
        none);
    if (d.capability().permitsAdministrativeFacts()
        && recipient.participant().isEmpty()) {
      assertNoSecret(run, "the case's JSON for " + recipient,
          ProcessJson.authorised(d.capability()).write(d.recorded()),
          content == Permission.PERMITTED ? new TreeSet<>(run.secrets.keySet()) : none);
    }
    Set<String> allowed = content == Permission.PERMITTED
        ? recipient.participant().map(p -> visibleToParticipant(c, p))
            .orElseGet(() -> new TreeSet<>(run.secrets.keySet()))
        : none;
    List<String> rendered = new ArrayList<>();
    for (Language l : java.util.List.of(Language.EN, Language.FR)) {
      rendered.add(view.render(l));
    }
    if (content == Permission.PERMITTED) {
      rendered.add(ProcessJson.authorised(d.capability()).write(view));
    }
    for (String text : rendered) {
      assertNoSecret(run, "a view for " + recipient, text, allowed);
    }
    if (recipient.kind() == RecipientKind.PAROLE_BOARD
        && policy.id().equals("ca-csc-restorative-opportunities")) {
      assertTrue(view.isEmpty(), "CSC never tells a parole board anything of the process");
    }
    Statistics.label("content permission").collect(content);
    Statistics.label("content permission")
        .coverage(cov -> {
          cov.check(Permission.DENIED).percentage(p -> p > 10.0);
          cov.check(Permission.REDACTED).percentage(p -> p > 1.0);
          cov.check(Permission.PERMITTED).percentage(p -> p > 5.0);
        });
    Statistics.label("secrets recorded").collect(c.messages().isEmpty()
        && c.statements().isEmpty() && c.agreement().isEmpty() ? "none" : "some");
    Statistics.label("secrets recorded")
        .coverage(cov -> cov.check("some").percentage(p -> p >= 10.0));
  }
}
