package org.rjkit.process.agreement;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * An amount of money in a currency, positive, with no more decimals than the currency uses.
 *
 * @param amount positive, not null
 * @param currency not null
 */
public record Money(BigDecimal amount, Currency currency) {

  public Money {
    checkNotNull(amount, "amount");
    checkNotNull(currency, "currency");
    checkArgument(amount.signum() > 0, "amount must be positive");
    checkArgument(amount.stripTrailingZeros().scale() <= Math.max(0,
        currency.getDefaultFractionDigits()), "amount has more decimals than its currency uses");
  }

  /**
   * An amount.
   *
   * @param amount positive, e.g. {@code "250.00"}
   * @param currency an ISO 4217 code, e.g. {@code "CAD"}
   * @return the money
   */
  public static Money of(String amount, String currency) {
    return new Money(new BigDecimal(checkNotNull(amount, "amount")),
        Currency.getInstance(checkNotNull(currency, "currency")));
  }

  /** Whether two amounts are equal in value and currency, whatever their scale. */
  public boolean isSameAmountAs(Money other) {
    return currency.equals(other.currency) && amount.compareTo(other.amount) == 0;
  }
}
