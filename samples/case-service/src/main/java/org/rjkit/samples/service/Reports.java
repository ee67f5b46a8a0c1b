package org.rjkit.samples.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The funders' statistics, computed from the stored cases (each replayed through the process
 * model) for a date range. Each count carries its rule; no report carries an id, a name or
 * content; counts from 1 to 4 are shown as {@code "<5"}.
 */
final class Reports {

  /** The smallest count shown as a number (besides 0, which describes nobody). */
  static final int SMALLEST_SHOWN = 5;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** One count: its name, its rule, and the counts by group, in group order. */
  record Count(String name, String rule, Map<String, Integer> groups) {
    Count {
      groups = ImmutableSortedMap.copyOf(groups);
    }
  }

  /** A report for a date range. */
  record Report(LocalDate from, LocalDate to, List<Count> counts) {
    Report {
      counts = ImmutableList.copyOf(counts);
    }

    ObjectNode json() {
      ObjectNode root = NODES.objectNode();
      root.put("from", from.toString());
      root.put("to", to.toString());
      root.put("smallCounts", "counts from 1 to 4 are shown as \"<5\"");
      ArrayNode all = root.putArray("counts");
      for (Count c : counts) {
        ObjectNode n = all.addObject();
        n.put("name", c.name());
        n.put("rule", c.rule());
        ArrayNode groups = n.putArray("groups");
        c.groups().forEach((k, v) -> groups.addObject().put("group", k).put("count", shown(v)));
      }
      return root;
    }

    String csv() {
      StringBuilder out = new StringBuilder("count,group,value,rule\r\n");
      for (Count c : counts) {
        if (c.groups().isEmpty()) {
          out.append(c.name()).append(",,0,").append(quote(c.rule())).append("\r\n");
        }
        c.groups().forEach((k, v) -> out.append(c.name()).append(',').append(quote(k))
            .append(',').append(quote(shown(v))).append(',').append(quote(c.rule()))
            .append("\r\n"));
      }
      return out.toString();
    }
  }

  static String shown(int count) {
    return count > 0 && count < SMALLEST_SHOWN ? "<5" : Integer.toString(count);
  }

  private static String quote(String s) {
    return "\"" + s.replace("\"", "\"\"") + "\"";
  }

  static final String REFERRALS = "Cases opened (referred) with a referral date in the range, by"
      + " programme and the case role of the requester. Date: the screening request's asOf at"
      + " intake. Excluded: nothing.";
  static final String SCREENING = "Cases opened with a referral date in the range, by programme"
      + " and the outcome of the screening at intake. Date: referral date. Excluded: screenings"
      + " without a case (POST /screenings keeps nothing).";
  static final String PROCESS_TYPES = "Cases opened with a referral date in the range, by their"
      + " current process type. Date: referral date. Excluded: nothing.";
  static final String AGREEMENTS = "Cases opened with a referral date in the range whose"
      + " agreement was reached (every item assented to by its parties). Date: referral date."
      + " Excluded: cases without a proposed agreement.";
  static final String ITEMS = "Agreement items recorded as COMPLETED, in cases opened with a"
      + " referral date in the range. Date: referral date of the case. Excluded:"
      + " items pending or not completed.";
  static final String CLOSURES = "Closures with a closure date in the range, by reason. Date:"
      + " the date of the command that closed the case, a close or a withdrawal the process"
      + " model closes the case on; a case closed, reopened and closed again counts twice."
      + " Excluded: nothing.";
  static final String WITHDRAWALS = "Consent withdrawals with a withdrawal date in the range, by"
      + " the stage the case was in. Date: the withdrawal's date. Excluded: nothing.";
  static final String FIRST_COMMUNICATION = "Cases opened with a referral date in the range"
      + " that have a first message, by days from referral to the first message submitted"
      + " (0-30, 31-90, 91-180, over 180). Date: referral date. Excluded: cases with no message.";

  private final CaseStore store;
  private final CaseEngine engine;

  Reports(CaseStore store, CaseEngine engine) {
    this.store = store;
    this.engine = engine;
  }

  Report compute(LocalDate from, LocalDate to) {
    Map<String, Integer> referrals = new TreeMap<>();
    Map<String, Integer> screening = new TreeMap<>();
    Map<String, Integer> types = new TreeMap<>();
    Map<String, Integer> agreements = new TreeMap<>();
    Map<String, Integer> items = new TreeMap<>();
    Map<String, Integer> closures = new TreeMap<>();
    Map<String, Integer> withdrawals = new TreeMap<>();
    Map<String, Integer> firstCommunication = new TreeMap<>();
    for (String id : store.caseIds()) {
      Optional<CaseStore.Stored> stored = store.load(id);
      if (stored.isEmpty()) {
        continue;
      }
      List<JsonNode> commands = stored.get().commands();
      CaseEngine.Replayed c = engine.open(commands.get(0));
      LocalDate referred = c.openedOn();
      String atIntake = c.outcome();  // the count is of the screening at intake, not a later one
      boolean inRange = !referred.isBefore(from) && !referred.isAfter(to);
      Optional<LocalDate> firstMessage = Optional.empty();
      for (JsonNode command : commands.subList(1, commands.size())) {
        String type = command.path("type").asText();
        LocalDate on = LocalDate.parse(command.path("on").asText());
        boolean dated = !on.isBefore(from) && !on.isAfter(to);
        if (type.equals("withdrawal") && dated) {
          withdrawals.merge(c.stage(), 1, Integer::sum);
        }
        if (type.equals("message") && firstMessage.isEmpty()) {
          firstMessage = Optional.of(on);
        }
        boolean wasClosed = c.closure().isPresent();
        c = engine.apply(c, command);
        if (!wasClosed && c.closure().isPresent() && dated) {
          closures.merge(c.closure().get(), 1, Integer::sum);
        }
      }
      if (!inRange) {
        continue;
      }
      referrals.merge(c.programme() + " / " + c.requesterRole(), 1, Integer::sum);
      screening.merge(c.programme() + " / " + atIntake, 1, Integer::sum);
      types.merge(c.processType(), 1, Integer::sum);
      if (c.agreementReached()) {
        agreements.merge("reached", 1, Integer::sum);
      }
      if (c.itemsCompleted() > 0) {
        items.merge("completed", c.itemsCompleted(), Integer::sum);
      }
      firstMessage.ifPresent(m -> {
        long days = ChronoUnit.DAYS.between(referred, m);
        String bucket = days <= 30 ? "0-30 days" : days <= 90 ? "31-90 days"
            : days <= 180 ? "91-180 days" : "over 180 days";
        firstCommunication.merge(bucket, 1, Integer::sum);
      });
    }
    return new Report(from, to, List.of(
        new Count("referrals", REFERRALS, referrals),
        new Count("screeningOutcomes", SCREENING, screening),
        new Count("casesByProcessType", PROCESS_TYPES, types),
        new Count("agreementsReached", AGREEMENTS, agreements),
        new Count("itemsCompleted", ITEMS, items),
        new Count("closuresByReason", CLOSURES, closures),
        new Count("withdrawalsByStage", WITHDRAWALS, withdrawals),
        new Count("referralToFirstMessage", FIRST_COMMUNICATION, firstCommunication)));
  }
}
