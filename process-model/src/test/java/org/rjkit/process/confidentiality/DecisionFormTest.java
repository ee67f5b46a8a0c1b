package org.rjkit.process.confidentiality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rjkit.core.language.LocalizedText;

/**
 * A decision is an answer that names the policy that gave it and the rule it applied. Outside the
 * library only a policy makes one, and a policy's id and a rule's id are never blank; but the
 * constructor is package-private, and package-private access can be gained by declaring a class
 * in this package (which is why the capability is guarded by {@link Trusted} instead). So the
 * decision checks its own form too, and this test, declared in the package as such a class would
 * be, states it.
 */
class DecisionFormTest {

  private static final DisclosureRequest TO_STAFF = new DisclosureRequest(
      InformationClass.PROCESS_CONTENT, Recipient.of(RecipientKind.PROGRAMME_STAFF),
      Purpose.CASE_ADMINISTRATION);

  private static DisclosureDecision decision(String policyId, String ruleId) {
    return new DisclosureDecision(policyId, TO_STAFF, Permission.REDACTED, ruleId,
        LocalizedText.of("staff learn that it exists", "le personnel apprend qu'il existe"),
        List.of(), Optional.empty());
  }

  @ParameterizedTest(name = "policy \"{0}\", rule \"{1}\": refused because the {2} is blank")
  @CsvSource(delimiter = '|', textBlock = """
      ''        | CSC-CONF-STAFF-CONTENT | policyId
      '   '     | CSC-CONF-STAFF-CONTENT | policyId
      ca-policy | ''                     | ruleId
      ca-policy | '  '                   | ruleId
      """)
  void a_decision_always_names_the_policy_that_gave_it_and_the_rule_it_applied(String policyId,
      String ruleId, String blank) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> decision(policyId, ruleId));
    assertTrue(e.getMessage().startsWith(blank + " must not be blank"), e.getMessage());
    assertEquals("CSC-CONF-STAFF-CONTENT",
        decision("ca-policy", "CSC-CONF-STAFF-CONTENT").ruleId());
  }
}
