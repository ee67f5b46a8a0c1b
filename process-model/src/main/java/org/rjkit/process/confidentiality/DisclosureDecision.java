package org.rjkit.process.confidentiality;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.rjkit.core.citation.Citation;
import org.rjkit.core.language.Text;

/**
 * A policy's answer to a {@link DisclosureRequest}: the permission, the rule that gave it, why,
 * and the sources; and the exception ground when an exception widened it. Only a {@link
 * DisclosurePolicy} makes one (there is no public constructor). A decision is an answer, not an
 * authority: content is read only with a {@link DisclosureCapability}, which only the library's
 * disclosure entry point mints, after recording the decision in the case's history.
 *
 * @since 1.0
 */
public final class DisclosureDecision {

  private final String policyId;
  private final DisclosureRequest request;
  private final Permission permission;
  private final String ruleId;
  private final Text reason;
  private final List<Citation> citations;
  private final Optional<ExceptionGround> exception;

  DisclosureDecision(String policyId, DisclosureRequest request, Permission permission,
      String ruleId, Text reason, List<Citation> citations,
      Optional<ExceptionGround> exception) {
    checkNotNull(policyId, "policyId");
    checkArgument(!policyId.isBlank(), "policyId must not be blank");
    this.policyId = policyId;
    this.request = checkNotNull(request, "request");
    this.permission = checkNotNull(permission, "permission");
    checkNotNull(ruleId, "ruleId");
    checkArgument(!ruleId.isBlank(), "ruleId must not be blank");
    this.ruleId = ruleId;
    this.reason = checkNotNull(reason, "reason");
    this.citations = ImmutableList.copyOf(citations);
    this.exception = checkNotNull(exception, "exception");
  }

  /** {@return the policy that decided} */
  public String policyId() {
    return policyId;
  }

  /** {@return the request decided} */
  public DisclosureRequest request() {
    return request;
  }

  /** {@return the permission} */
  public Permission permission() {
    return permission;
  }

  /** {@return the id of the rule that decided ({@code CSC-CONF-PAROLE-SENTENCE})} */
  public String ruleId() {
    return ruleId;
  }

  /** {@return why, in every configured language; never any process content} */
  public Text reason() {
    return reason;
  }

  /** {@return the sources of the rule} */
  public List<Citation> citations() {
    return citations;
  }

  /** {@return the exception ground that widened the permission, if one did} */
  public Optional<ExceptionGround> exception() {
    return exception;
  }

  /** {@return whether this decision permits process content in full} */
  public boolean permitsProcessContent() {
    return permission == Permission.PERMITTED
        && request.information() == InformationClass.PROCESS_CONTENT;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DisclosureDecision d && policyId.equals(d.policyId)
        && request.equals(d.request) && permission == d.permission && ruleId.equals(d.ruleId)
        && reason.equals(d.reason) && citations.equals(d.citations)
        && exception.equals(d.exception);
  }

  @Override
  public int hashCode() {
    return Objects.hash(policyId, request, permission, ruleId);
  }

  /** {@code DisclosureDecision[policy, request, permission, rule]}. */
  @Override
  public String toString() {
    return "DisclosureDecision[" + policyId + ", " + request + ", " + permission + ", " + ruleId
        + exception.map(g -> ", " + g).orElse("") + "]";
  }
}
