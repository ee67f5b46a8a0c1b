package org.rjkit.process.agreement;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * An amount of money in a currency, positive, with no more decimals than the currency uses. The
 * amount is held at the currency's scale ({@code 300} CAD is {@code 300.00}), so equality does not
 * depend on how it was written, and {@link #toString()} is exact ({@code 300.00 CAD}, never
 * {@code 3E+2}).
 *
 * @param amount positive, not null
 * @param currency not null
 * @since 1.0
 */
public record Money(BigDecimal amount, Currency currency) {

  /**
   * Checks the components: each is present and valid, or this throws.
   *
   * @param amount positive, not null
   * @param currency not null
   */
  public Money {
    checkNotNull(amount, "amount");
    checkNotNull(currency, "currency");
    checkArgument(amount.signum() > 0, "amount must be positive");
    int digits = Math.max(0, currency.getDefaultFractionDigits());
    checkArgument(amount.stripTrailingZeros().scale() <= digits,
        "amount has more decimals than its currency uses");
    amount = amount.setScale(digits);
  }

  /** {@return the amount as an exact decimal string at the currency's scale ({@code "300.00"})} */
  public String amountText() {
    return amount.toPlainString();
  }

  /** {@code 300.00 CAD}. */
  @Override
  public String toString() {
    return amountText() + " " + currency.getCurrencyCode();
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

  /**
   * {@return whether two amounts are equal in value and currency, whatever their scale}
   *
   * @param other the amount compared, not null
   */
  public boolean isSameAmountAs(Money other) {
    return currency.equals(other.currency) && amount.compareTo(other.amount) == 0;
  }
}
