package org.rjkit.eligibility.rule;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rjkit.core.order.Order;
import org.rjkit.core.order.OrderKind;
import org.rjkit.core.participant.Participant;

/**
 * No no-contact order protects the victim's side or the requester, unless the order allows
 * contact facilitated by the programme ({@code allowsFacilitatedContact}, the wording GL 785-1
 * recommends). Such an order without that wording gives {@code whenOrderInForce}; no order is
 * MET.
 *
 * @param whenOrderInForce REVIEW (the request goes to a central unit) or NOT_MET
 */
public record NoContactOrders(RuleStatus whenOrderInForce) implements RuleDefinition {

  /** Checks the status. */
  public NoContactOrders {
    checkNotNull(whenOrderInForce, "whenOrderInForce");
    checkArgument(whenOrderInForce == RuleStatus.REVIEW || whenOrderInForce == RuleStatus.NOT_MET,
        "whenOrderInForce must be REVIEW or NOT_MET");
  }

  @Override
  public Finding evaluate(ScreeningFacts facts) {
    List<Order> orders = facts.caseFile().orders();
    List<String> used = new ArrayList<>();
    for (int i = 0; i < orders.size(); i++) {
      Order order = orders.get(i);
      if (order.kind() != OrderKind.NO_CONTACT) {
        continue;
      }
      String base = "orders[" + i + "]";
      used.add(base + ".protectedParticipantId");
      used.add(base + ".allowsFacilitatedContact");
      Optional<Participant> protectedParticipant =
          facts.caseFile().participant(order.protectedParticipantId());
      boolean concerned = order.protectedParticipantId().equals(facts.requesterId())
          || protectedParticipant.map(p -> p.role().isVictimSide()).orElse(false);
      if (concerned && !order.allowsFacilitatedContact()) {
        return Finding.of(whenOrderInForce, "A no-contact order protects participant "
                + order.protectedParticipantId() + " and does not allow contact facilitated by"
                + " the programme"
                + (whenOrderInForce == RuleStatus.REVIEW
                    ? ": the request must go to the responsible central unit." : "."),
            "Une ordonnance de non-communication protège le participant "
                + order.protectedParticipantId() + " et ne permet pas de contact facilité par"
                + " le programme"
                + (whenOrderInForce == RuleStatus.REVIEW
                    ? " : la demande doit être transmise à l'unité centrale responsable."
                    : "."),
            List.of(base + ".protectedParticipantId", base + ".allowsFacilitatedContact"));
      }
    }
    if (used.isEmpty()) {
      used.add("orders");
      return Finding.met("No no-contact order is in force.",
          "Aucune ordonnance de non-communication n'est en vigueur.", used);
    }
    return Finding.met("Every no-contact order that protects the victim's side or the requester"
            + " allows contact facilitated by the programme.",
        "Toute ordonnance de non-communication protégeant la victime ou la personne requérante"
            + " permet un contact facilité par le programme.", used);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
