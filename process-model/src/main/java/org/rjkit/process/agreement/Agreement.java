package org.rjkit.process.agreement;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import org.rjkit.core.participant.ParticipantId;

/**
 * An outcome agreement as it stands: the items proposed, who has assented to each, and where each
 * stands in follow-up. The agreement is reached when every party concerned has assented to every
 * item (EU-5: arrived at voluntarily).
 *
 * @param proposedOn when the items were proposed, not null
 * @param items the items, not empty, ids unique
 * @param assents for each item, the parties who have assented, not null
 * @param statuses for each item, its follow-up status, not null; an absent item is PENDING
 * @since 1.0
 */
public record Agreement(LocalDate proposedOn, List<AgreementItem> items,
    Map<AgreementItemId, Set<ParticipantId>> assents, Map<AgreementItemId, ItemStatus> statuses) {

  /**
   * Checks the components: each is present and valid, or this throws.
   *
   * @param proposedOn when the items were proposed, not null
   * @param items the items, not empty, ids unique
   * @param assents for each item, the parties who have assented, not null
   * @param statuses for each item, its follow-up status, not null; an absent item is PENDING
   */
  public Agreement {
    checkNotNull(proposedOn, "proposedOn");
    items = ImmutableList.copyOf(items);
    checkArgument(!items.isEmpty(), "an agreement has at least one item");
    checkArgument(items.stream().map(AgreementItem::id).distinct().count() == items.size(),
        "agreement item ids must be unique");
    ImmutableSortedMap.Builder<AgreementItemId, Set<ParticipantId>> a =
        ImmutableSortedMap.naturalOrder();
    assents.forEach((k, v) -> a.put(k, ImmutableSortedSet.copyOf(v)));
    assents = a.build();
    statuses = ImmutableSortedMap.copyOf(statuses);
  }

  /**
   * A newly proposed agreement: no assent yet, every item pending.
   *
   * @param on not null
   * @param items not empty
   * @return the agreement
   */
  public static Agreement proposed(LocalDate on, List<AgreementItem> items) {
    return new Agreement(on, items, Map.of(), Map.of());
  }

  /**
   * The item with an id.
   *
   * @param id not null
   * @return the item, if the agreement has one with this id
   */
  public Optional<AgreementItem> item(AgreementItemId id) {
    return items.stream().filter(i -> i.id().equals(id)).findFirst();
  }

  /**
   * {@return the parties who have assented to an item, in id order}
   *
   * @param id an item of this agreement, not null
   */
  public SortedSet<ParticipantId> assentsTo(AgreementItemId id) {
    Set<ParticipantId> s = assents.get(id);
    return s == null ? ImmutableSortedSet.of() : ImmutableSortedSet.copyOf(s);
  }

  /** {@return whether every party concerned has assented to every item} */
  public boolean isReached() {
    return items.stream().allMatch(i -> assentsTo(i.id()).containsAll(i.concerned()));
  }

  /**
   * {@return the follow-up status of an item}
   *
   * @param id an item of this agreement, not null
   */
  public ItemStatus status(AgreementItemId id) {
    return statuses.getOrDefault(id, ItemStatus.PENDING);
  }

  /** {@return whether every item has been followed up to an end: completed or not completed} */
  public boolean isFollowedUp() {
    return items.stream().allMatch(i -> status(i.id()) != ItemStatus.PENDING);
  }

  /** {@return whether every item was completed} */
  public boolean isCompleted() {
    return items.stream().allMatch(i -> status(i.id()) == ItemStatus.COMPLETED);
  }

  /**
   * This agreement with one more assent.
   *
   * @param id an item of this agreement
   * @param party a party concerned by the item
   * @return the new agreement
   */
  public Agreement withAssent(AgreementItemId id, ParticipantId party) {
    AgreementItem item = item(id).orElseThrow(() -> new IllegalArgumentException(
        "agreement has no item with this id"));
    checkArgument(item.concerned().contains(party), "only a party concerned may assent to an item");
    ImmutableSortedMap.Builder<AgreementItemId, Set<ParticipantId>> b =
        ImmutableSortedMap.naturalOrder();
    assents.forEach((k, v) -> {
      if (!k.equals(id)) {
        b.put(k, v);
      }
    });
    b.put(id, ImmutableSortedSet.<ParticipantId>naturalOrder().addAll(assentsTo(id)).add(party)
        .build());
    return new Agreement(proposedOn, items, b.build(), statuses);
  }

  /**
   * This agreement with an item's follow-up status.
   *
   * @param id an item of this agreement
   * @param status not null
   * @return the new agreement
   */
  public Agreement withStatus(AgreementItemId id, ItemStatus status) {
    checkArgument(item(id).isPresent(), "agreement has no item with this id");
    checkNotNull(status, "status");
    ImmutableSortedMap.Builder<AgreementItemId, ItemStatus> b = ImmutableSortedMap.naturalOrder();
    statuses.forEach((k, v) -> {
      if (!k.equals(id)) {
        b.put(k, v);
      }
    });
    b.put(id, status);
    return new Agreement(proposedOn, items, assents, b.build());
  }

  /**
   * This agreement without any assent of a party (their assents lapse on withdrawal).
   *
   * @param party not null
   * @return the new agreement
   */
  public Agreement withoutAssentsOf(ParticipantId party) {
    checkNotNull(party, "party");
    ImmutableSortedMap.Builder<AgreementItemId, Set<ParticipantId>> b =
        ImmutableSortedMap.naturalOrder();
    assents.forEach((k, v) -> b.put(k, v.stream().filter(p -> !p.equals(party))
        .collect(ImmutableSortedSet.toImmutableSortedSet(java.util.Comparator.naturalOrder()))));
    return new Agreement(proposedOn, items, b.build(), statuses);
  }
}
