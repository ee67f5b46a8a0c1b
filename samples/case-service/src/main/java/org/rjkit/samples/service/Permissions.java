package org.rjkit.samples.service;

import static org.rjkit.samples.service.Permissions.Access.ALLOW;
import static org.rjkit.samples.service.Permissions.Access.DENY;
import static org.rjkit.samples.service.Permissions.Access.OWN;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import org.rjkit.core.language.Text;

/**
 * Who may do what: the service's one permission table (the module README prints it, and
 * {@code AuthorisationTest} executes every cell). {@link Access#OWN} lets a caller act only on their
 * own side: a participant on themselves, a parole-board liaison on views for the parole board.
 */
final class Permissions {

  /** What a role may do with an action. */
  enum Access { ALLOW, OWN, DENY }

  /** Every endpoint that needs a token, with the rule that guards it. */
  enum Action {
    SCREEN("POST /screenings"),
    READ_PROGRAMMES("GET /programmes, GET /programmes/{id}"),
    CREATE_CASE("POST /cases"),
    READ_CASE("GET /cases/{id}"),
    RECORD_CONSENT("POST /cases/{id}/consents"),
    RECORD_WITHDRAWAL("POST /cases/{id}/withdrawals"),
    RECORD_SAFETY("POST /cases/{id}/safety"),
    RECORD_REVIEW("POST /cases/{id}/reviews"),
    CHANGE_STAGE("POST /cases/{id}/stage"),
    SUBMIT_MESSAGE("POST /cases/{id}/messages"),
    RELAY_MESSAGE("POST /cases/{id}/messages/{messageId}/relay, POST …/return"),
    PROPOSE_AGREEMENT("POST /cases/{id}/agreement"),
    ASSENT_AGREEMENT("POST /cases/{id}/agreement/items/{itemId}/assent"),
    FOLLOW_UP("POST /cases/{id}/agreement/items/{itemId}/follow-up"),
    CLOSE_CASE("POST /cases/{id}/close"),
    REOPEN_CASE("POST /cases/{id}/reopen"),
    READ_HISTORY("GET /cases/{id}/history"),
    VIEW_CASE("GET /cases/{id}/view"),
    READ_REPORTS("GET /reports"),
    READ_AUDIT("GET /audit");

    private final String endpoints;

    Action(String endpoints) {
      this.endpoints = endpoints;
    }

    String endpoints() {
      return endpoints;
    }

    /** The rule id a refusal names. */
    String rule() {
      return "SERVICE-PERM-" + name().replace('_', '-');
    }

    /** Why the table guards the action, from the bundle's {@code Action.<NAME>}. */
    Text reason() {
      return ServiceText.text("Action." + name());
    }
  }

  /** The roles, in the table's column order. */
  static final List<CallerRole> COLUMNS = ImmutableList.of(CallerRole.FACILITATOR,
      CallerRole.PROGRAMME_STAFF, CallerRole.PARTICIPANT, CallerRole.PAROLE_BOARD,
      CallerRole.RESEARCHER, CallerRole.AUDITOR);

  //                              FACILITATOR PROGRAMME_STAFF PARTICIPANT PAROLE_BOARD RESEARCHER AUDITOR
  private static final Map<Action, List<Access>> TABLE = ImmutableMap.<Action, List<Access>>builder()
      .put(Action.SCREEN,            List.of(ALLOW, ALLOW, DENY, DENY, DENY,  DENY))
      .put(Action.READ_PROGRAMMES,   List.of(ALLOW, ALLOW, ALLOW, ALLOW, ALLOW, ALLOW))
      .put(Action.CREATE_CASE,       List.of(DENY,  ALLOW, DENY, DENY, DENY,  DENY))
      .put(Action.READ_CASE,         List.of(ALLOW, ALLOW, OWN,  DENY, DENY,  DENY))
      .put(Action.RECORD_CONSENT,    List.of(ALLOW, ALLOW, OWN,  DENY, DENY,  DENY))
      .put(Action.RECORD_WITHDRAWAL, List.of(ALLOW, ALLOW, OWN,  DENY, DENY,  DENY))
      .put(Action.RECORD_SAFETY,     List.of(ALLOW, DENY,  DENY, DENY, DENY,  DENY))
      .put(Action.RECORD_REVIEW,     List.of(DENY,  ALLOW, DENY, DENY, DENY,  DENY))
      .put(Action.CHANGE_STAGE,      List.of(ALLOW, ALLOW, DENY, DENY, DENY,  DENY))
      .put(Action.SUBMIT_MESSAGE,    List.of(ALLOW, DENY,  OWN,  DENY, DENY,  DENY))
      .put(Action.RELAY_MESSAGE,     List.of(ALLOW, DENY,  DENY, DENY, DENY,  DENY))
      .put(Action.PROPOSE_AGREEMENT, List.of(ALLOW, DENY,  DENY, DENY, DENY,  DENY))
      .put(Action.ASSENT_AGREEMENT,  List.of(ALLOW, DENY,  OWN,  DENY, DENY,  DENY))
      .put(Action.FOLLOW_UP,         List.of(ALLOW, ALLOW, DENY, DENY, DENY,  DENY))
      .put(Action.CLOSE_CASE,        List.of(ALLOW, ALLOW, DENY, DENY, DENY,  DENY))
      .put(Action.REOPEN_CASE,       List.of(DENY,  ALLOW, DENY, DENY, DENY,  DENY))
      .put(Action.READ_HISTORY,      List.of(ALLOW, ALLOW, DENY, DENY, DENY,  DENY))
      .put(Action.VIEW_CASE,         List.of(ALLOW, ALLOW, OWN,  OWN,  DENY,  DENY))
      .put(Action.READ_REPORTS,      List.of(DENY,  ALLOW, DENY, DENY, ALLOW, DENY))
      .put(Action.READ_AUDIT,        List.of(DENY,  DENY,  DENY, DENY, DENY,  ALLOW))
      .build();

  static {
    for (Action a : Action.values()) {
      if (!TABLE.containsKey(a) || TABLE.get(a).size() != COLUMNS.size()) {
        throw new ExceptionInInitializerError("permission table row missing for " + a);
      }
    }
  }

  private Permissions() {}

  static Access access(Action action, CallerRole role) {
    return TABLE.get(action).get(COLUMNS.indexOf(role));
  }

  /** The table as Markdown, the form the module README shows. */
  static String markdown() {
    StringBuilder out = new StringBuilder("| action | endpoints |");
    COLUMNS.forEach(r -> out.append(' ').append(r.name()).append(" |"));
    out.append("\n|---|---|");
    COLUMNS.forEach(r -> out.append("---|"));
    out.append('\n');
    for (Action a : Action.values()) {
      out.append("| ").append(a.name()).append(" | `").append(a.endpoints()).append("` |");
      for (CallerRole r : COLUMNS) {
        out.append(' ').append(access(a, r).name().toLowerCase(java.util.Locale.ROOT)).append(" |");
      }
      out.append('\n');
    }
    return out.toString();
  }
}
