package org.rjkit.process.agreement;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.List;

/**
 * When an amount is paid: one or more instalments, in strictly increasing due dates, all in one
 * currency.
 *
 * @param instalments not empty
 * @since 1.0
 */
public record PaymentSchedule(List<Instalment> instalments) {

  /**
   * Checks the components: each is present and valid, or this throws.
   *
   * @param instalments not empty
   */
  public PaymentSchedule {
    instalments = ImmutableList.copyOf(instalments);
    checkArgument(!instalments.isEmpty(), "a payment schedule needs at least one instalment");
    for (int i = 1; i < instalments.size(); i++) {
      checkArgument(instalments.get(i).due().isAfter(instalments.get(i - 1).due()),
          "instalments[%s].due must be after the previous instalment", i);
      checkArgument(instalments.get(i).amount().currency()
              .equals(instalments.get(0).amount().currency()),
          "instalments[%s].amount must be in the same currency", i);
    }
  }

  /** {@return the sum of the instalments} */
  public Money total() {
    BigDecimal sum = instalments.stream().map(i -> i.amount().amount())
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    return new Money(sum, instalments.get(0).amount().currency());
  }
}
