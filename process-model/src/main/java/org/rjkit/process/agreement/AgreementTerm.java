package org.rjkit.process.agreement;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.rjkit.process.confidentiality.ProcessContent;

/**
 * What an agreement item commits to. The terms of an agreement are process content: every
 * variant's {@link Object#toString()} shows only its kind.
 *
 * @since 1.0
 */
public sealed interface AgreementTerm {

  /** {@return the kind of item} */
  ItemKind kind();

  /** {@return the pieces of process content the term holds} */
  java.util.List<ProcessContent> contents();

  /**
   * An apology.
   *
   * @param form how the apology is made (a letter, at a meeting...), not null
   */
  record Apology(ProcessContent form) implements AgreementTerm {
    /**
     * Checks the components: each is present and valid, or this throws.
     *
     * @param form how the apology is made (a letter, at a meeting...), not null
     */
    public Apology {
      checkNotNull(form, "form");
    }

    @Override
    public ItemKind kind() {
      return ItemKind.APOLOGY;
    }

    @Override
    public java.util.List<ProcessContent> contents() {
      return java.util.List.of(form);
    }

    @Override
    public String toString() {
      return "Apology[redacted]";
    }
  }

  /**
   * Financial compensation.
   *
   * @param amount the total, not null
   * @param schedule when it is paid; its total equals {@code amount}
   * @param purpose what the compensation is for, not null
   */
  record FinancialCompensation(Money amount, PaymentSchedule schedule, ProcessContent purpose)
      implements AgreementTerm {
    /**
     * Checks the components: each is present and valid, or this throws.
     *
     * @param amount the total, not null
     * @param schedule when it is paid; its total equals {@code amount}
     * @param purpose what the compensation is for, not null
     */
    public FinancialCompensation {
      checkNotNull(amount, "amount");
      checkNotNull(schedule, "schedule");
      checkNotNull(purpose, "purpose");
      checkArgument(schedule.total().isSameAmountAs(amount),
          "schedule must add up to amount, in its currency");
    }

    @Override
    public ItemKind kind() {
      return ItemKind.FINANCIAL_COMPENSATION;
    }

    @Override
    public java.util.List<ProcessContent> contents() {
      return java.util.List.of(purpose);
    }

    @Override
    public String toString() {
      return "FinancialCompensation[redacted]";
    }
  }

  /**
   * A donation to a community organisation.
   *
   * @param amount not null
   * @param organisation which organisation, not null
   */
  record Donation(Money amount, ProcessContent organisation) implements AgreementTerm {
    /**
     * Checks the components: each is present and valid, or this throws.
     *
     * @param amount not null
     * @param organisation which organisation, not null
     */
    public Donation {
      checkNotNull(amount, "amount");
      checkNotNull(organisation, "organisation");
    }

    @Override
    public ItemKind kind() {
      return ItemKind.DONATION;
    }

    @Override
    public java.util.List<ProcessContent> contents() {
      return java.util.List.of(organisation);
    }

    @Override
    public String toString() {
      return "Donation[redacted]";
    }
  }

  /**
   * Hours of community service.
   *
   * @param hours 1 or more
   * @param description where and what, not null
   */
  record CommunityService(int hours, ProcessContent description) implements AgreementTerm {
    /**
     * Checks the components: each is present and valid, or this throws.
     *
     * @param hours 1 or more
     * @param description where and what, not null
     */
    public CommunityService {
      checkArgument(hours > 0, "hours must be positive");
      checkNotNull(description, "description");
    }

    @Override
    public ItemKind kind() {
      return ItemKind.COMMUNITY_SERVICE;
    }

    @Override
    public java.util.List<ProcessContent> contents() {
      return java.util.List.of(description);
    }

    @Override
    public String toString() {
      return "CommunityService[redacted]";
    }
  }

  /**
   * Repairing damage.
   *
   * @param description what is repaired, not null
   */
  record Repair(ProcessContent description) implements AgreementTerm {
    /**
     * Checks the components: each is present and valid, or this throws.
     *
     * @param description what is repaired, not null
     */
    public Repair {
      checkNotNull(description, "description");
    }

    @Override
    public ItemKind kind() {
      return ItemKind.REPAIR;
    }

    @Override
    public java.util.List<ProcessContent> contents() {
      return java.util.List.of(description);
    }

    @Override
    public String toString() {
      return "Repair[redacted]";
    }
  }

  /**
   * Anything else the parties agree.
   *
   * @param description not null
   */
  record Other(ProcessContent description) implements AgreementTerm {
    /**
     * Checks the components: each is present and valid, or this throws.
     *
     * @param description not null
     */
    public Other {
      checkNotNull(description, "description");
    }

    @Override
    public ItemKind kind() {
      return ItemKind.OTHER;
    }

    @Override
    public java.util.List<ProcessContent> contents() {
      return java.util.List.of(description);
    }

    @Override
    public String toString() {
      return "Other[redacted]";
    }
  }
}
