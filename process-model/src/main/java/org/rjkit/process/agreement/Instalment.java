package org.rjkit.process.agreement;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;

/**
 * One payment due on a date.
 *
 * @param due the date the payment is due, not null
 * @param amount the amount due, not null
 * @since 1.0
 */
public record Instalment(LocalDate due, Money amount) {

  /**
   * Checks the components: each is present and valid, or this throws.
   *
   * @param due the date the payment is due, not null
   * @param amount the amount due, not null
   */
  public Instalment {
    checkNotNull(due, "due");
    checkNotNull(amount, "amount");
  }
}
