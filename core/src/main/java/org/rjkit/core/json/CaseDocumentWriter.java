package org.rjkit.core.json;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Optional;
import org.rjkit.core.casefile.CaseFile;
import org.rjkit.core.casefile.Prosecution;
import org.rjkit.core.consent.ConsentRecord;
import org.rjkit.core.offence.Offence;
import org.rjkit.core.offence.OffenceContext;
import org.rjkit.core.offence.OffenceId;
import org.rjkit.core.order.Order;
import org.rjkit.core.participant.CommunityMember;
import org.rjkit.core.participant.Facilitator;
import org.rjkit.core.participant.Offender;
import org.rjkit.core.participant.OffenderFamilyMember;
import org.rjkit.core.participant.Participant;
import org.rjkit.core.participant.Supporter;
import org.rjkit.core.participant.Victim;
import org.rjkit.core.participant.VictimFamilyMember;
import org.rjkit.core.participant.VictimRepresentative;
import org.rjkit.core.safety.SafetyAssessment;
import org.rjkit.core.sentence.Sentence;
import org.rjkit.core.truth.Truth;

/**
 * Writes a case as a case document (interchange format version 1), the exact inverse of
 * {@link CaseDocumentReader}: {@code reader.read(writer.write(c))} equals {@code c}.
 *
 * <p>Unknown facts are omitted, never written as {@code null}; marker flags
 * ({@code chargedInSameOffence}, {@code deceased}, {@code incapable},
 * {@code allowsFacilitatedContact}) and the lists whose absence means none ({@code contexts},
 * {@code offenceIds}, {@code consents}, {@code safetyAssessments}, {@code orders}) are written only
 * when they say something. Fields come in the order of {@code interchange.md}, so the output is
 * the same for equal cases. Dates must lie in the years 0000 to 9999 ({@code YYYY-MM-DD}); a
 * writer given another date throws {@link IllegalArgumentException}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 1.0
 */
public final class CaseDocumentWriter {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** A writer; it holds no state. */
  public CaseDocumentWriter() {}

  /**
   * The case document as a JSON tree.
   *
   * @param caseFile not null
   * @return a new object node
   */
  public ObjectNode toTree(CaseFile caseFile) {
    checkNotNull(caseFile, "caseFile");
    ObjectNode n = NODES.objectNode();
    n.put("caseId", caseFile.caseId().value());
    caseFile.jurisdiction().ifPresent(j -> n.put("jurisdiction", j.toString()));
    caseFile.stage().ifPresent(s -> n.put("stage", s.name()));
    caseFile.offences().ifPresent(list -> {
      ArrayNode a = n.putArray("offences");
      list.forEach(o -> a.add(offence(o)));
    });
    caseFile.sentences().ifPresent(s -> {
      ArrayNode a = n.putArray("sentences");
      s.all().forEach(sentence -> a.add(sentence(sentence)));
    });
    caseFile.supervision().ifPresent(s -> n.putObject("supervision").put("status", s.name()));
    ArrayNode participants = n.putArray("participants");
    caseFile.participants().forEach(p -> participants.add(participant(p)));
    if (!caseFile.consents().records().isEmpty()) {
      ArrayNode a = n.putArray("consents");
      caseFile.consents().records().forEach(c -> a.add(consent(c)));
    }
    if (!caseFile.safetyAssessments().isEmpty()) {
      ArrayNode a = n.putArray("safetyAssessments");
      caseFile.safetyAssessments().forEach(s -> a.add(assessment(s)));
    }
    if (!caseFile.orders().isEmpty()) {
      ArrayNode a = n.putArray("orders");
      caseFile.orders().forEach(o -> a.add(order(o)));
    }
    caseFile.court().ifPresent(c -> n.put("court", c.name()));
    Prosecution p = caseFile.prosecution();
    if (p.sufficientEvidence().isKnown() || p.barredAtLaw().isKnown()) {
      ObjectNode pn = n.putObject("prosecution");
      putBoolean(pn, "sufficientEvidence", p.sufficientEvidence());
      putBoolean(pn, "barredAtLaw", p.barredAtLaw());
    }
    putBoolean(n, "priorRestorativeProcess", caseFile.priorRestorativeProcess());
    putBoolean(n, "restorativeServiceAvailable", caseFile.restorativeServiceAvailable());
    return n;
  }

  /**
   * The case document as JSON text on one line.
   *
   * @param caseFile not null
   * @return the JSON text
   */
  public String write(CaseFile caseFile) {
    return RjkitJson.write(toTree(caseFile));
  }

  /**
   * The case document as indented JSON text.
   *
   * @param caseFile not null
   * @return the JSON text, two-space indented, {@code \n} line ends
   */
  public String writePretty(CaseFile caseFile) {
    return RjkitJson.writePretty(toTree(caseFile));
  }

  private static ObjectNode offence(Offence o) {
    ObjectNode n = NODES.objectNode();
    n.put("id", o.id().value());
    o.category().ifPresent(c -> n.put("category", c.name()));
    putDate(n, "committedOn", o.committedOn());
    if (!o.contexts().isEmpty()) {
      ArrayNode a = n.putArray("contexts");
      for (OffenceContext c : OffenceContext.values()) {
        if (o.contexts().contains(c)) {
          a.add(c.name());
        }
      }
    }
    return n;
  }

  private static ObjectNode sentence(Sentence s) {
    ObjectNode n = NODES.objectNode();
    n.put("id", s.id().value());
    if (!s.offenceIds().isEmpty()) {
      ArrayNode a = n.putArray("offenceIds");
      for (OffenceId id : s.offenceIds()) {
        a.add(id.value());
      }
    }
    n.put("kind", s.kind().name());
    s.length().ifPresent(t -> n.put("term", t.toString()));
    putDate(n, "imposedOn", s.imposition().imposedOn());
    putDate(n, "startsOn", s.imposition().startsOn());
    s.consecutiveTo().ifPresent(c -> n.put("consecutiveTo", c.value()));
    return n;
  }

  private static ObjectNode participant(Participant p) {
    ObjectNode n = NODES.objectNode();
    n.put("id", p.id().value());
    n.put("role", p.role().name());
    if (p instanceof Victim v) {
      putBoolean(n, "registeredVictim", v.registeredVictim());
      putFlag(n, "deceased", v.deceased());
      putFlag(n, "incapable", v.incapable());
      putBoolean(n, "residesInCanada", v.residesInCanada());
      putBoolean(n, "canadianCitizenOrPermanentResident", v.canadianCitizenOrPermanentResident());
    } else if (p instanceof VictimRepresentative r) {
      n.put("actsFor", r.actsFor().value());
    } else if (p instanceof VictimFamilyMember f) {
      n.put("relatedTo", f.relatedTo().value());
      f.relationship().ifPresent(r -> n.put("relationship", r.name()));
      putDate(n, "cohabitingSince", f.cohabitingSince());
    } else if (p instanceof Offender o) {
      putDate(n, "dateOfBirth", o.dateOfBirth());
      putBoolean(n, "acceptsResponsibility", o.acceptsResponsibility());
      putBoolean(n, "acknowledgesBasicFacts", o.acknowledgesBasicFacts());
      putBoolean(n, "deniesInvolvement", o.deniesInvolvement());
      putBoolean(n, "wantsTrial", o.wantsTrial());
      o.plea().ifPresent(plea -> n.put("plea", plea.name()));
      putBoolean(n, "advisedOfRightToCounsel", o.advisedOfRightToCounsel());
      putBoolean(n, "hadReasonableOpportunityToConsultCounsel",
          o.hadReasonableOpportunityToConsultCounsel());
    } else if (p instanceof OffenderFamilyMember f) {
      n.put("relatedTo", f.relatedTo().value());
      f.relationship().ifPresent(r -> n.put("relationship", r.name()));
    } else if (p instanceof Supporter s) {
      s.relatedTo().ifPresent(r -> n.put("relatedTo", r.value()));
    } else if (!(p instanceof CommunityMember) && !(p instanceof Facilitator)) {
      throw new IllegalStateException("a participant role the writer does not know");
    }
    putFlag(n, "chargedInSameOffence", p.chargedInSameOffence());
    return n;
  }

  private static ObjectNode consent(ConsentRecord c) {
    ObjectNode n = NODES.objectNode();
    n.put("participantId", c.participantId().value());
    n.put("givenOn", date(c.givenOn()));
    putBoolean(n, "informed", c.informed());
    c.form().ifPresent(f -> n.put("form", f.name()));
    putDate(n, "withdrawnOn", c.withdrawnOn());
    return n;
  }

  private static ObjectNode assessment(SafetyAssessment s) {
    ObjectNode n = NODES.objectNode();
    n.put("assessedOn", date(s.assessedOn()));
    n.put("riskToVictim", s.riskToVictim().name());
    return n;
  }

  private static ObjectNode order(Order o) {
    ObjectNode n = NODES.objectNode();
    n.put("kind", o.kind().name());
    n.put("protectedParticipantId", o.protectedParticipantId().value());
    putFlag(n, "allowsFacilitatedContact", o.allowsFacilitatedContact());
    return n;
  }

  private static void putBoolean(ObjectNode n, String field, Truth value) {
    if (value.isKnown()) {
      n.put(field, value == Truth.YES);
    }
  }

  private static void putFlag(ObjectNode n, String field, boolean value) {
    if (value) {
      n.put(field, true);
    }
  }

  private static void putDate(ObjectNode n, String field, Optional<LocalDate> value) {
    value.ifPresent(d -> n.put(field, date(d)));
  }

  /** Dates are written {@code YYYY-MM-DD}: only years 0000 to 9999 can be. */
  static String date(LocalDate d) {
    checkArgument(d.getYear() >= 0 && d.getYear() <= 9999,
        "a date in a document must be in the years 0000 to 9999");
    return d.toString();
  }
}
