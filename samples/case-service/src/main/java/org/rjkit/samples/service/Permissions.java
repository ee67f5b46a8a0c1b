package org.rjkit.samples.service;

import static org.rjkit.samples.service.Permissions.Access.ALLOW;
import static org.rjkit.samples.service.Permissions.Access.DENY;
import static org.rjkit.samples.service.Permissions.Access.OWN;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;

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
    SCREEN("POST /screenings", "Screening is for the programme's staff and facilitators.",
        "Le tri est réservé au personnel du programme et aux facilitateurs."),
    READ_PROGRAMMES("GET /programmes, GET /programmes/{id}", "Programmes and rules are public.",
        "Les programmes et leurs règles sont publics."),
    CREATE_CASE("POST /cases", "Intake is done by the programme's staff.",
        "L'accueil des demandes revient au personnel du programme."),
    READ_CASE("GET /cases/{id}", "A case is read by those who conduct it; a participant sees only"
        + " its stage.", "Un dossier est lu par ceux qui le mènent ; un participant n'en voit que"
        + " l'étape."),
    RECORD_CONSENT("POST /cases/{id}/consents", "A consent is given by the participant or recorded"
        + " by staff.", "Un consentement est donné par le participant ou consigné par le"
        + " personnel."),
    RECORD_WITHDRAWAL("POST /cases/{id}/withdrawals", "A withdrawal is made by the participant or"
        + " recorded by staff.", "Un retrait est fait par le participant ou consigné par le"
        + " personnel."),
    RECORD_SAFETY("POST /cases/{id}/safety", "The facilitator records safety assessments.",
        "Le facilitateur consigne les évaluations de sécurité."),
    RECORD_REVIEW("POST /cases/{id}/reviews", "The programme's staff record review outcomes.",
        "Le personnel du programme consigne les résultats d'examen."),
    CHANGE_STAGE("POST /cases/{id}/stage", "Stages are changed by those who conduct the case.",
        "Les étapes sont changées par ceux qui mènent le dossier."),
    SUBMIT_MESSAGE("POST /cases/{id}/messages", "A participant writes only as themselves.",
        "Un participant n'écrit qu'en son propre nom."),
    RELAY_MESSAGE("POST /cases/{id}/messages/{messageId}/relay, POST …/return",
        "Only the facilitator relays or returns messages.",
        "Seul le facilitateur transmet ou renvoie les messages."),
    PROPOSE_AGREEMENT("POST /cases/{id}/agreement", "The facilitator records a proposed agreement.",
        "Le facilitateur consigne l'entente proposée."),
    ASSENT_AGREEMENT("POST /cases/{id}/agreement/items/{itemId}/assent",
        "A party assents only for themselves.", "Une partie ne donne son accord que pour"
        + " elle-même."),
    FOLLOW_UP("POST /cases/{id}/agreement/items/{itemId}/follow-up",
        "Follow-up is recorded by those who conduct the case.",
        "Le suivi est consigné par ceux qui mènent le dossier."),
    CLOSE_CASE("POST /cases/{id}/close", "A case is closed by those who conduct it.",
        "Un dossier est fermé par ceux qui le mènent."),
    REOPEN_CASE("POST /cases/{id}/reopen", "Only the programme's staff reopen a case.",
        "Seul le personnel du programme rouvre un dossier."),
    READ_HISTORY("GET /cases/{id}/history", "The stored history is for the programme's own staff.",
        "L'historique enregistré est réservé au personnel du programme."),
    VIEW_CASE("GET /cases/{id}/view", "A recipient's view is asked by that recipient, or by staff.",
        "La vue d'un destinataire est demandée par ce destinataire ou par le personnel."),
    READ_REPORTS("GET /reports", "Reports are for the programme's staff and researchers.",
        "Les rapports sont destinés au personnel du programme et aux chercheurs."),
    READ_AUDIT("GET /audit", "Only auditors read the audit log.",
        "Seuls les vérificateurs lisent le journal d'audit.");

    private final String endpoints;
    private final String reasonEn;
    private final String reasonFr;

    Action(String endpoints, String reasonEn, String reasonFr) {
      this.endpoints = endpoints;
      this.reasonEn = reasonEn;
      this.reasonFr = reasonFr;
    }

    String endpoints() {
      return endpoints;
    }

    /** The rule id a refusal names. */
    String rule() {
      return "SERVICE-PERM-" + name().replace('_', '-');
    }

    String reason(boolean french) {
      return french ? reasonFr : reasonEn;
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
