package org.rjkit.process.lifecycle;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Maps;
import com.google.common.collect.Sets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.rjkit.core.participant.ParticipantId;
import org.rjkit.process.agreement.Agreement;
import org.rjkit.process.communication.RelayedMessage;
import org.rjkit.process.communication.Statement;
import org.rjkit.process.confidentiality.ContentRef;
import org.rjkit.process.confidentiality.DisclosureDecision;
import org.rjkit.process.confidentiality.ExceptionGround;
import org.rjkit.process.confidentiality.RecipientKind;
import org.rjkit.process.lifecycle.ProcessEvent.DisclosureAgreed;
import org.rjkit.process.lifecycle.ProcessEvent.DisclosureAgreementRevoked;
import org.rjkit.process.lifecycle.ProcessEvent.ExceptionEstablished;
import org.rjkit.process.lifecycle.ProcessEvent.ExceptionRevoked;

/**
 * The disclosures of a case, part of its state: the parties' standing agreements to disclosure
 * (by kind of recipient, with the date each party agreed), the exceptions established and not
 * revoked, and every disclosure decision recorded. Immutable; each event gives a new value.
 *
 * @param agreements the standing agreements to disclosure, by recipient kind and party
 * @param exceptions the exceptions established and not revoked, in order
 * @param decisions every disclosure decision recorded, in order
 */
record DisclosureState(Map<RecipientKind, Map<ParticipantId, LocalDate>> agreements,
    List<ExceptionEstablished> exceptions, List<DisclosureDecision> decisions) {

  /** Nothing agreed, established or disclosed. */
  static final DisclosureState NONE = new DisclosureState(Map.of(), List.of(), List.of());

  DisclosureState {
    EnumMap<RecipientKind, Map<ParticipantId, LocalDate>> copy =
        new EnumMap<>(RecipientKind.class);
    agreements.forEach((k, v) -> copy.put(k, ImmutableSortedMap.copyOf(v)));
    agreements = Maps.immutableEnumMap(copy);
    exceptions = ImmutableList.copyOf(exceptions);
    decisions = ImmutableList.copyOf(decisions);
  }

  private Map<RecipientKind, Map<ParticipantId, LocalDate>> mutableAgreements() {
    EnumMap<RecipientKind, Map<ParticipantId, LocalDate>> m = new EnumMap<>(RecipientKind.class);
    agreements.forEach((k, v) -> m.put(k, new TreeMap<>(v)));
    return m;
  }

  /** With a party's agreement to disclosure to a kind of recipient, from its date. */
  DisclosureState agreed(DisclosureAgreed d) {
    Map<RecipientKind, Map<ParticipantId, LocalDate>> m = mutableAgreements();
    m.computeIfAbsent(d.recipient(), k -> new TreeMap<>()).put(d.party(), d.on());
    return new DisclosureState(m, exceptions, decisions);
  }

  /** Without a party's agreement to disclosure to a kind of recipient. */
  DisclosureState revoked(DisclosureAgreementRevoked r) {
    Map<RecipientKind, Map<ParticipantId, LocalDate>> m = mutableAgreements();
    m.getOrDefault(r.recipient(), new TreeMap<>()).remove(r.party());
    return new DisclosureState(m, exceptions, decisions);
  }

  /** Without any agreement of a participant who withdrew (their agreements lapse). */
  DisclosureState lapsed(ParticipantId participant) {
    Map<RecipientKind, Map<ParticipantId, LocalDate>> m = mutableAgreements();
    m.values().forEach(x -> x.remove(participant));
    return new DisclosureState(m, exceptions, decisions);
  }

  /** With an exception established. */
  DisclosureState established(ExceptionEstablished x) {
    List<ExceptionEstablished> all = new ArrayList<>(exceptions);
    all.add(x);
    return new DisclosureState(agreements, all, decisions);
  }

  /** Without the exceptions of a ground for a kind of recipient. */
  DisclosureState revoked(ExceptionRevoked x) {
    List<ExceptionEstablished> all = new ArrayList<>(exceptions);
    all.removeIf(y -> y.ground() == x.ground() && y.recipient() == x.recipient());
    return new DisclosureState(agreements, all, decisions);
  }

  /** With a disclosure decision recorded. */
  DisclosureState recorded(DisclosureDecision d) {
    List<DisclosureDecision> all = new ArrayList<>(decisions);
    all.add(d);
    return new DisclosureState(agreements, exceptions, all);
  }

  /**
   * The exception grounds established for a kind of recipient on a date: those established that
   * hold, and {@link ExceptionGround#PARTY_AGREEMENT} when every party has a standing agreement.
   */
  Set<ExceptionGround> establishedExceptions(RecipientKind recipient, LocalDate on,
      List<ParticipantId> parties) {
    EnumSet<ExceptionGround> grounds = EnumSet.noneOf(ExceptionGround.class);
    exceptions.stream().filter(x -> x.recipient() == recipient && x.holdsOn(on))
        .forEach(x -> grounds.add(x.ground()));
    Map<ParticipantId, LocalDate> agreed = agreements.getOrDefault(recipient, Map.of());
    if (!parties.isEmpty() && agreed.keySet().containsAll(parties)) {
      grounds.add(ExceptionGround.PARTY_AGREEMENT);
    }
    return Sets.immutableEnumSet(grounds);
  }

  /**
   * The content items an established ground opens to a kind of recipient on a date: for an
   * exception, the items it names; for party agreement, the items every one of whose speakers
   * agreed after the item was recorded.
   */
  Set<ContentRef> openedItems(RecipientKind recipient, ExceptionGround ground, LocalDate on,
      CommunicationState communication, Optional<Agreement> agreement) {
    if (ground != ExceptionGround.PARTY_AGREEMENT) {
      return exceptions.stream()
          .filter(x -> x.recipient() == recipient && x.ground() == ground && x.holdsOn(on))
          .flatMap(x -> x.items().stream())
          .collect(ImmutableSortedSet.toImmutableSortedSet(Comparator.naturalOrder()));
    }
    Map<ParticipantId, LocalDate> agreed = agreements.getOrDefault(recipient, Map.of());
    ImmutableSortedSet.Builder<ContentRef> out = ImmutableSortedSet.naturalOrder();
    for (RelayedMessage m : communication.messages()) {
      if (agreedSince(agreed, List.of(m.author()), m.submittedOn())) {
        out.add(ContentRef.message(m.id().value()));
      }
    }
    for (Statement st : communication.statements()) {
      if (agreedSince(agreed, List.of(st.author()), st.on())) {
        out.add(ContentRef.statement(st.id()));
      }
    }
    agreement.ifPresent(a -> a.items().forEach(i -> {
      if (agreedSince(agreed, i.concerned(), a.proposedOn())) {
        out.add(ContentRef.agreementItem(i.id().value()));
      }
    }));
    return out.build();
  }

  private static boolean agreedSince(Map<ParticipantId, LocalDate> agreed,
      List<ParticipantId> speakers, LocalDate recorded) {
    return speakers.stream().allMatch(p -> agreed.containsKey(p)
        && !agreed.get(p).isBefore(recorded));
  }

  /** Counts only: never who agreed or what an exception opens. */
  @Override
  public String toString() {
    return "DisclosureState[" + exceptions.size() + " exceptions, " + decisions.size()
        + " decisions]";
  }
}
