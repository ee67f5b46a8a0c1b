package org.rjkit.core.consent;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.rjkit.core.participant.ParticipantId;

/**
 * Every consent record of a case. Consent can be withdrawn at any time and given again later;
 * the person's latest act on or before a date decides (programmes.md, "current consent").
 *
 * @param records in document order; the order never changes a participant's consent
 * @since 1.0
 */
public record ConsentHistory(List<ConsentRecord> records) {

  /** No consent on record. */
  public static final ConsentHistory EMPTY = new ConsentHistory(List.of());

  /**
   * Records in an order that depends on their content only: by date given, then date withdrawn
   * (none first), then informed (unknown, no, yes), then form (unknown first). Used to break ties
   * between acts of the same kind on the same day, so that the document's order never counts.
   */
  static final Comparator<ConsentRecord> CANONICAL = Comparator
      .comparing(ConsentRecord::givenOn)
      .thenComparing(r -> r.withdrawnOn().orElse(LocalDate.MIN))
      .thenComparingInt(r -> switch (r.informed()) {
        case UNKNOWN -> 0;
        case NO -> 1;
        case YES -> 2;
      })
      .thenComparingInt(r -> r.form().map(f -> f.ordinal() + 1).orElse(0));

  /**
   * Checks the components.
   *
   * @param records in document order; the order never changes a participant's consent
   */
  public ConsentHistory {
    records = ImmutableList.copyOf(records);
  }

  /**
   * A participant's consent on a date: the person's latest act on or before the date decides.
   * Each record is a grant on {@code givenOn} and, if withdrawn, a withdrawal on
   * {@code withdrawnOn}; a withdrawal or grant dated after the date does not count. Between acts
   * of the same day a withdrawal prevails over a grant, and a grant not informed (or not known
   * to be informed) over an informed one. A withdrawal is the person's act: it withdraws consent
   * whichever record it is written on, even one older than a later grant. Consent is current
   * when the latest act is an informed grant; a grant after the latest withdrawal restores it.
   * The order of the records never changes the result.
   *
   * @param participant not null
   * @param on not null
   * @return the consent as it stands, with the grants made since the latest withdrawal
   */
  public CurrentConsent currentOn(ParticipantId participant, LocalDate on) {
    checkNotNull(participant, "participant");
    checkNotNull(on, "on");
    Act latest = null;
    Optional<LocalDate> latestWithdrawal = Optional.empty();
    // most people have one record: a list only from the second
    ConsentRecord first = null;
    List<ConsentRecord> own = null;
    for (int i = 0; i < records.size(); i++) {
      ConsentRecord r = records.get(i);
      if (!r.participantId().equals(participant) || r.givenOn().isAfter(on)) {
        continue;
      }
      if (first == null) {
        first = r;
      } else {
        if (own == null) {
          own = new ArrayList<>(4);
          own.add(first);
        }
        own.add(r);
      }
      Act grant = new Act(r.givenOn(), grantRank(r), r);
      latest = later(latest, grant);
      if (r.isWithdrawnOn(on)) {
        LocalDate w = r.withdrawnOn().orElseThrow();
        latest = later(latest, new Act(w, WITHDRAWAL, r));
        if (latestWithdrawal.isEmpty() || w.isAfter(latestWithdrawal.get())) {
          latestWithdrawal = Optional.of(w);
        }
      }
    }
    if (latest == null) {
      return CurrentConsent.NONE;
    }
    ConsentStatus status = switch (latest.rank()) {
      case WITHDRAWAL -> ConsentStatus.WITHDRAWN;
      case NOT_INFORMED -> ConsentStatus.NOT_INFORMED;
      case INFORMED_UNKNOWN -> ConsentStatus.INFORMED_UNKNOWN;
      default -> ConsentStatus.CURRENT;
    };
    Optional<LocalDate> since = latestWithdrawal;
    List<ConsentRecord> grants;
    if (own == null) {
      grants = since.isEmpty() || first.givenOn().isAfter(since.get())
          ? ImmutableList.of(first) : ImmutableList.of();
    } else {
      grants = own.stream()
          .filter(r -> since.isEmpty() || r.givenOn().isAfter(since.get()))
          .sorted(CANONICAL).toList();
    }
    return new CurrentConsent(status, Optional.of(latest.record()), grants);
  }

  private static final int INFORMED = 0;
  private static final int INFORMED_UNKNOWN = 1;
  private static final int NOT_INFORMED = 2;
  private static final int WITHDRAWAL = 3;

  private static int grantRank(ConsentRecord r) {
    return switch (r.informed()) {
      case YES -> INFORMED;
      case NO -> NOT_INFORMED;
      case UNKNOWN -> INFORMED_UNKNOWN;
    };
  }

  /** An act of the person: a grant or a withdrawal, on a date, with the record it is on. */
  private record Act(LocalDate on, int rank, ConsentRecord record) {}

  private static final Comparator<Act> ACTS = Comparator.comparing(Act::on)
      .thenComparingInt(Act::rank).thenComparing(Act::record, CANONICAL);

  private static Act later(Act a, Act b) {
    return a == null || ACTS.compare(b, a) > 0 ? b : a;
  }

  /**
   * This history with one more record.
   *
   * @param record not null
   * @return a new history
   */
  public ConsentHistory with(ConsentRecord record) {
    return new ConsentHistory(ImmutableList.<ConsentRecord>builder().addAll(records)
        .add(checkNotNull(record, "record")).build());
  }
}
