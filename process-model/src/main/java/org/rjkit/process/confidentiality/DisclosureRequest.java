package org.rjkit.process.confidentiality;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A question put to a disclosure policy: may this class of information go to this recipient for
 * this purpose?
 *
 * @param information the class of information, not null
 * @param recipient who would receive it, not null
 * @param purpose why, not null
 * @since 1.0
 */
public record DisclosureRequest(InformationClass information, Recipient recipient,
    Purpose purpose) {

  /**
   * Checks the components: each is present and valid, or this throws.
   *
   * @param information the class of information, not null
   * @param recipient who would receive it, not null
   * @param purpose why, not null
   */
  public DisclosureRequest {
    checkNotNull(information, "information");
    checkNotNull(recipient, "recipient");
    checkNotNull(purpose, "purpose");
  }
}
