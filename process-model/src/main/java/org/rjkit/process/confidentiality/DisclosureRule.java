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
 * One row of a disclosure policy: for these recipients, purposes and classes of information, this
 * permission. A policy applies its first matching row.
 *
 * @param ruleId stable id, not blank
 * @param recipients the kinds of recipient the row covers, not empty
 * @param purposes the purposes the row covers, not empty
 * @param information the classes of information the row covers, not empty
 * @param permission the permission, not null
 * @param reason the rule in policy language, in every configured
 *     language (a {@link org.rjkit.core.language.Message} of the process bundle, or a
 *     vendor's {@link org.rjkit.core.language.LocalizedText}), not null
 * @param citations the sources, not null
 * @since 1.0
 */
public record DisclosureRule(String ruleId, Set<RecipientKind> recipients, Set<Purpose> purposes,
    Set<InformationClass> information, Permission permission, Text reason,
    List<Citation> citations) {

  /**
   * Checks the components: each is present and valid, or this throws.
   *
   * @param ruleId stable id, not blank
   * @param recipients the kinds of recipient the row covers, not empty
   * @param purposes the purposes the row covers, not empty
   * @param information the classes of information the row covers, not empty
   * @param permission the permission, not null
   * @param reason the rule in policy language, in every configured language (a {@link
   *     org.rjkit.core.language.Message} of the process bundle, or a vendor's {@link
   *     org.rjkit.core.language.LocalizedText}), not null
   * @param citations the sources, not null
   */
  public DisclosureRule {
    checkNotNull(ruleId, "ruleId");
    checkArgument(!ruleId.isBlank(), "ruleId must not be blank");
    recipients = Sets.immutableEnumSet(recipients);
    purposes = Sets.immutableEnumSet(purposes);
    information = Sets.immutableEnumSet(information);
    checkArgument(!recipients.isEmpty(), "recipients must not be empty");
    checkArgument(!purposes.isEmpty(), "purposes must not be empty");
    checkArgument(!information.isEmpty(), "information must not be empty");
    checkNotNull(permission, "permission");
    checkNotNull(reason, "reason");
    citations = ImmutableList.copyOf(citations);
  }

  /**
   * Whether the row covers a request.
   *
   * @param request not null
   * @return true when recipient kind, purpose and class of information are all covered
   */
  public boolean covers(DisclosureRequest request) {
    return recipients.contains(request.recipient().kind())
        && purposes.contains(request.purpose())
        && information.contains(request.information());
  }
}
