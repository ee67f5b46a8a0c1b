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
import org.rjkit.core.language.Language;

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
  record Count(String name, Map<String, Integer> groups) {
    /** The rule of the count, from the bundle's {@code report.<name>}. */
    String rule(Language language) {
      return ServiceText.format(language, "report." + name);
    }

    Count {
      groups = ImmutableSortedMap.copyOf(groups);
    }
  }

  /** A report for a date range. */
  record Report(LocalDate from, LocalDate to, List<Count> counts) {
    Report {
      counts = ImmutableList.copyOf(counts);
    }

    ObjectNode json(Language language) {
      ObjectNode root = NODES.objectNode();
      root.put("from", from.toString());
      root.put("to", to.toString());
      root.put("smallCounts", ServiceText.format(language, "report.smallCounts"));
      ArrayNode all = root.putArray("counts");
      for (Count c : counts) {
        ObjectNode n = all.addObject();
        n.put("name", c.name());
        n.put("rule", c.rule(language));
        ArrayNode groups = n.putArray("groups");
        c.groups().forEach((k, v) -> groups.addObject().put("group", k).put("count", shown(v)));
      }
      return root;
    }

    String csv(Language language) {
      StringBuilder out = new StringBuilder("count,group,value,rule\r\n");
      for (Count c : counts) {
        if (c.groups().isEmpty()) {
          out.append(c.name()).append(",,0,").append(quote(c.rule(language))).append("\r\n");
        }
        c.groups().forEach((k, v) -> out.append(c.name()).append(',').append(quote(k))
            .append(',').append(quote(shown(v))).append(',').append(quote(c.rule(language)))
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

  // The rules of the counts, in English (the README prints them); the bundle has them all.
  static final String REFERRALS = ServiceText.format(Language.EN, "report.referrals");
  static final String SCREENING = ServiceText.format(Language.EN, "report.screeningOutcomes");
  static final String PROCESS_TYPES = ServiceText.format(Language.EN, "report.casesByProcessType");
  static final String AGREEMENTS = ServiceText.format(Language.EN, "report.agreementsReached");
  static final String ITEMS = ServiceText.format(Language.EN, "report.itemsCompleted");
  static final String CLOSURES = ServiceText.format(Language.EN, "report.closuresByReason");
  static final String WITHDRAWALS = ServiceText.format(Language.EN, "report.withdrawalsByStage");
  static final String FIRST_COMMUNICATION = ServiceText.format(Language.EN, "report.referralToFirstMessage");

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
        new Count("referrals", referrals),
        new Count("screeningOutcomes", screening),
        new Count("casesByProcessType", types),
        new Count("agreementsReached", agreements),
        new Count("itemsCompleted", items),
        new Count("closuresByReason", closures),
        new Count("withdrawalsByStage", withdrawals),
        new Count("referralToFirstMessage", firstCommunication)));
  }
}
