package org.rjkit.process.confidentiality;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import java.util.List;
import java.util.Set;
import org.rjkit.core.citation.Citation;
import org.rjkit.core.language.Text;

/**
 * An explicit exception to confidentiality that a policy honours: when the ground is established
 * in the case for a recipient, disclosure to these recipients for these purposes widens to the
 * permission given. An exception never narrows a permission.
 *
 * @param ruleId stable id, not blank
 * @param ground the ground, not null
 * @param recipients the kinds of recipient it may reach, not empty
 * @param purposes the purposes it serves, not empty
 * @param permission the permission it gives, not {@link Permission#DENIED}
 * @param reason the exception in policy language, in every configured
 *     language (a {@link org.rjkit.core.language.Message} of the process bundle, or a
 *     vendor's {@link org.rjkit.core.language.LocalizedText}), not null
 * @param citations the sources, not null
 * @since 1.0
 */
public record ExceptionRule(String ruleId, ExceptionGround ground, Set<RecipientKind> recipients,
    Set<Purpose> purposes, Permission permission, Text reason,
    List<Citation> citations) {

  /**
   * Checks the components: each is present and valid, or this throws.
   *
   * @param ruleId stable id, not blank
   * @param ground the ground, not null
   * @param recipients the kinds of recipient it may reach, not empty
   * @param purposes the purposes it serves, not empty
   * @param permission the permission it gives, not {@link Permission#DENIED}
   * @param reason the exception in policy language, in every configured language (a {@link
   *     org.rjkit.core.language.Message} of the process bundle, or a vendor's {@link
   *     org.rjkit.core.language.LocalizedText}), not null
   * @param citations the sources, not null
   */
  public ExceptionRule {
    checkNotNull(ruleId, "ruleId");
    checkArgument(!ruleId.isBlank(), "ruleId must not be blank");
    checkNotNull(ground, "ground");
    recipients = Sets.immutableEnumSet(recipients);
    purposes = Sets.immutableEnumSet(purposes);
    checkArgument(!recipients.isEmpty(), "recipients must not be empty");
    checkArgument(!purposes.isEmpty(), "purposes must not be empty");
    checkNotNull(permission, "permission");
    checkArgument(permission != Permission.DENIED, "an exception must permit something");
    checkNotNull(reason, "reason");
    citations = ImmutableList.copyOf(citations);
  }

  /**
   * Whether the exception applies to a request, given the grounds established for its recipient.
   *
   * @param request not null
   * @param established the grounds established in the case for the recipient, not null
   * @return true when the ground is established and recipient and purpose are covered
   */
  public boolean appliesTo(DisclosureRequest request, Set<ExceptionGround> established) {
    return established.contains(ground)
        && recipients.contains(request.recipient().kind())
        && purposes.contains(request.purpose());
  }
}
