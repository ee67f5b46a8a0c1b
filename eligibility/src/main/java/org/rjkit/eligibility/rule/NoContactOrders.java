package org.rjkit.eligibility.rule;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rjkit.core.language.Message;
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
 * @since 1.0
 */
public record NoContactOrders(RuleStatus whenOrderInForce) implements RuleDefinition {

  private static final Message NONE = Message.of("reason.NoContactOrders.none");
  private static final List<String> NONE_FACTS = List.of("orders");

  /**
   * Checks the status.
   *
   * @param whenOrderInForce REVIEW (the request goes to a central unit) or NOT_MET
   */
  public NoContactOrders {
    checkNotNull(whenOrderInForce, "whenOrderInForce");
    checkArgument(whenOrderInForce == RuleStatus.REVIEW || whenOrderInForce == RuleStatus.NOT_MET,
        "whenOrderInForce must be REVIEW or NOT_MET");
  }

  @Override
  public Finding evaluate(ScreeningFacts facts) {
    List<Order> orders = facts.caseFile().orders();
    List<String> used = List.of();  // a list only once an order names who it protects
    for (int i = 0; i < orders.size(); i++) {
      Order order = orders.get(i);
      if (order.kind() != OrderKind.NO_CONTACT) {
        continue;
      }
      String base = "orders[" + i + "]";
      if (used.isEmpty()) {
        used = new ArrayList<>();
      }
      used.add(base + ".protectedParticipantId");
      used.add(base + ".allowsFacilitatedContact");
      Optional<Participant> protectedParticipant =
          facts.caseFile().participant(order.protectedParticipantId());
      boolean concerned = order.protectedParticipantId().equals(facts.requesterId())
          || protectedParticipant.map(p -> p.role().isVictimSide()).orElse(false);
      if (concerned && !order.allowsFacilitatedContact()) {
        return Finding.of(whenOrderInForce, Finding.text(whenOrderInForce == RuleStatus.REVIEW
                ? "reason.NoContactOrders.inForce.review" : "reason.NoContactOrders.inForce",
                order.protectedParticipantId().value()),
            List.of(base + ".protectedParticipantId", base + ".allowsFacilitatedContact"));
      }
    }
    if (used.isEmpty()) {
      return Finding.met(NONE, NONE_FACTS);
    }
    return Finding.met(Finding.text("reason.NoContactOrders.allAllow"), used);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
