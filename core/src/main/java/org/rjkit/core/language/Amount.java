package org.rjkit.core.language;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * A sum of money as a message argument: formatted by the reader's locale ({@code CAD 300.00},
 * {@code 300,00 CAD}), keeping its scale.
 *
 * @param value the amount, not null
 * @param currency its ISO 4217 currency, not null
 * @since 1.0
 */
public record Amount(BigDecimal value, Currency currency) {

  /**
   * Checks both parts are present.
   *
   * @param value the amount, not null
   * @param currency its ISO 4217 currency, not null
   */
  public Amount {
    checkNotNull(value, "value");
    checkNotNull(currency, "currency");
  }
}
