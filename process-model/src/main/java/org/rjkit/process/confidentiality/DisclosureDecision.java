package org.rjkit.process.confidentiality;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.rjkit.core.citation.Citation;
import org.rjkit.core.language.BilingualText;

/**
 * A policy's answer to a {@link DisclosureRequest}: the permission, the rule that gave it, why,
 * and the sources; and the exception ground when an exception widened it.
 *
 * @param policyId the policy that decided, not blank
 * @param request the request decided, not null
 * @param permission the permission, not null
 * @param ruleId the id of the rule that decided ({@code CSC-CONF-PAROLE-SENTENCE}), not blank
 * @param reason why, in English and French, not null; never any process content
 * @param citations the sources of the rule, not null
 * @param exception the exception ground that widened the permission, if one did
 */
public record DisclosureDecision(String policyId, DisclosureRequest request, Permission permission,
    String ruleId, BilingualText reason, List<Citation> citations,
    Optional<ExceptionGround> exception) {

  public DisclosureDecision {
    checkNotNull(policyId, "policyId");
    checkArgument(!policyId.isBlank(), "policyId must not be blank");
    checkNotNull(request, "request");
    checkNotNull(permission, "permission");
    checkNotNull(ruleId, "ruleId");
    checkArgument(!ruleId.isBlank(), "ruleId must not be blank");
    checkNotNull(reason, "reason");
    citations = ImmutableList.copyOf(citations);
    checkNotNull(exception, "exception");
  }

  /** Whether this decision permits process content in full. */
  public boolean permitsProcessContent() {
    return permission == Permission.PERMITTED
        && request.information() == InformationClass.PROCESS_CONTENT;
  }
}
