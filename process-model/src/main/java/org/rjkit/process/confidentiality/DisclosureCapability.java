package org.rjkit.process.confidentiality;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.rjkit.core.casefile.CaseId;

/**
 * The authority to read process content, minted only by the library's disclosure entry point
 * ({@code Disclosures.disclose}) after it decided under the case's own policy and recorded the
 * decision in the case's history. It is bound to one case, one recipient, one purpose, one date
 * and the exact content items it covers; it cannot be constructed, copied onto another case or
 * widened by code outside the library (no public constructor, no method that adds anything).
 *
 * <p>{@link ProcessContent#reveal(DisclosureCapability)}, the views and the authorised JSON writer
 * check it: content of an item it does not name, or of another case, stays hidden.
 *
 * <p>{@link #toString()} shows the case, recipient, purpose, date and the number of items only.
 *
 * @since 1.0
 */
public final class DisclosureCapability {

  private final CaseId caseId;
  private final String policyId;
  private final Recipient recipient;
  private final Purpose purpose;
  private final LocalDate on;
  private final Permission administrative;
  private final Permission content;
  private final Set<ContentRef> items;
  private final Set<ProcessContent> covered;

  private DisclosureCapability(CaseId caseId, String policyId, Recipient recipient,
      Purpose purpose, LocalDate on, Permission administrative, Permission content,
      Collection<ContentRef> items, Collection<ProcessContent> covered) {
    this.caseId = caseId;
    this.policyId = policyId;
    this.recipient = recipient;
    this.purpose = purpose;
    this.on = on;
    this.administrative = administrative;
    this.content = content;
    this.items = ImmutableSortedSet.copyOf(items);
    Set<ProcessContent> identity = Collections.newSetFromMap(new IdentityHashMap<>());
    identity.addAll(covered);
    this.covered = Collections.unmodifiableSet(identity);
  }

  /**
   * Not API: mints a capability. Only the library's disclosure entry point may call it.
   *
   * @param administrative the decision about administrative facts, not null
   * @param contentDecision the decision about process content for the same recipient, purpose
   *     and policy, not null
   * @param caseId the case, not null
   * @param on the date of the disclosure, not null
   * @param items the exact items covered; empty unless process content is permitted
   * @param covered the content objects of those items
   * @return the capability
   * @throws IllegalStateException when called from outside the library's disclosure entry point
   */
  public static DisclosureCapability mint(DisclosureDecision administrative,
      DisclosureDecision contentDecision, CaseId caseId, LocalDate on,
      Collection<ContentRef> items, Collection<ProcessContent> covered) {
    Trusted.require(DisclosureCapability.class, "minting a disclosure capability",
        Trusted.DISCLOSURES);
    checkNotNull(administrative, "administrative");
    checkNotNull(contentDecision, "contentDecision");
    checkNotNull(caseId, "caseId");
    checkNotNull(on, "on");
    checkArgument(administrative.request().information() == InformationClass.ADMINISTRATIVE
        && contentDecision.request().information() == InformationClass.PROCESS_CONTENT,
        "one decision about administrative facts, one about process content");
    checkArgument(administrative.request().recipient().equals(
            contentDecision.request().recipient())
        && administrative.request().purpose() == contentDecision.request().purpose()
        && administrative.policyId().equals(contentDecision.policyId()),
        "both decisions must be for the same recipient, purpose and policy");
    checkArgument(contentDecision.permitsProcessContent() || (items.isEmpty()
        && covered.isEmpty()), "a capability covers items only when process content is permitted");
    return new DisclosureCapability(caseId, administrative.policyId(),
        administrative.request().recipient(), administrative.request().purpose(), on,
        administrative.permission(), contentDecision.permission(), items, covered);
  }

  /** {@return the case it is bound to} */
  public CaseId caseId() {
    return caseId;
  }

  /** {@return the policy that decided} */
  public String policyId() {
    return policyId;
  }

  /** {@return the recipient it is bound to} */
  public Recipient recipient() {
    return recipient;
  }

  /** {@return the purpose it is bound to} */
  public Purpose purpose() {
    return purpose;
  }

  /** {@return the date of the disclosure} */
  public LocalDate on() {
    return on;
  }

  /** {@return what the policy allowed of administrative facts} */
  public Permission administrative() {
    return administrative;
  }

  /** {@return what the policy allowed of process content} */
  public Permission content() {
    return content;
  }

  /** {@return the exact content items covered, in kind and id order} */
  public Set<ContentRef> items() {
    return items;
  }

  /**
   * Whether the capability covers an item of a case.
   *
   * @param caseId not null
   * @param item not null
   * @return true only for this case and an item it names
   */
  public boolean covers(CaseId caseId, ContentRef item) {
    checkNotNull(caseId, "caseId");
    checkNotNull(item, "item");
    return this.caseId.equals(caseId) && items.contains(item);
  }

  /**
   * Whether this very piece of content (the same object, not an equal text) is covered.
   *
   * @param c not null
   * @return true when the capability covers it
   */
  public boolean covers(ProcessContent c) {
    checkNotNull(c, "content");
    return covered.contains(c);
  }

  /**
   * {@return whether a writer on this capability may write a case's administrative history in full}
   */
  public boolean permitsAdministrativeFacts() {
    return administrative == Permission.PERMITTED;
  }

  /** {@code DisclosureCapability[case, recipient, purpose, on, n items]}. */
  @Override
  public String toString() {
    return "DisclosureCapability[" + caseId + ", " + recipient + ", " + purpose + ", " + on
        + ", " + items.size() + " items]";
  }
}
