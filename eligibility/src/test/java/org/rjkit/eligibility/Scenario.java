package org.rjkit.eligibility;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.rjkit.core.casefile.CaseFile;
import org.rjkit.core.casefile.CaseId;
import org.rjkit.core.casefile.Court;
import org.rjkit.core.casefile.Jurisdiction;
import org.rjkit.core.casefile.Prosecution;
import org.rjkit.core.casefile.Stage;
import org.rjkit.core.consent.ConsentForm;
import org.rjkit.core.consent.ConsentRecord;
import org.rjkit.core.offence.Offence;
import org.rjkit.core.offence.OffenceCategory;
import org.rjkit.core.offence.OffenceContext;
import org.rjkit.core.offence.OffenceId;
import org.rjkit.core.order.Order;
import org.rjkit.core.participant.Offender;
import org.rjkit.core.participant.OffenderFamilyMember;
import org.rjkit.core.participant.Participant;
import org.rjkit.core.participant.ParticipantId;
import org.rjkit.core.participant.Plea;
import org.rjkit.core.participant.Relationship;
import org.rjkit.core.participant.Supporter;
import org.rjkit.core.participant.Victim;
import org.rjkit.core.participant.VictimFamilyMember;
import org.rjkit.core.participant.VictimRepresentative;
import org.rjkit.core.safety.RiskLevel;
import org.rjkit.core.safety.SafetyAssessment;
import org.rjkit.core.screening.ProgrammeId;
import org.rjkit.core.screening.ScreeningRequest;
import org.rjkit.core.sentence.Imposition;
import org.rjkit.core.sentence.Sentence;
import org.rjkit.core.sentence.SentenceId;
import org.rjkit.core.sentence.Sentences;
import org.rjkit.core.sentence.SupervisionStatus;
import org.rjkit.core.truth.Truth;
import org.rjkit.eligibility.programmes.Programmes;
import org.rjkit.eligibility.screening.Eligibility;

/**
 * A case file as the tests tell it: a named starting case for each programme ("a registered
 * victim of an offender serving three years"), then plain-language changes read from the rule
 * tables ("term P2Y-1D; risk HIGH"). The victim is always P1 and the offender P2.
 */
public final class Scenario {

  /** The victim of the starting cases. */
  public static final ParticipantId VICTIM = ParticipantId.of("P1");
  /** The offender of the starting cases. */
  public static final ParticipantId OFFENDER = ParticipantId.of("P2");
  /** The date the starting cases are decided for. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 11, 21);
  /** The start of the starting CSC sentence. */
  public static final LocalDate SENTENCE_START = LocalDate.of(2022, 1, 10);

  private final ProgrammeId programme;
  private CaseFile.Builder file;
  private OffenderFile offender;
  private Victim victim;
  private ParticipantId requester;
  private Optional<ParticipantId> offenderId = Optional.empty();
  private LocalDate asOf = AS_OF;
  private LocalDate offenceDate;
  private OffenceCategory offenceCategory;
  private EnumSet<OffenceContext> offenceContexts = EnumSet.noneOf(OffenceContext.class);
  private boolean offencesKnown = true;
  private final List<Participant> others = new ArrayList<>();
  private final List<ConsentRecord> consents = new ArrayList<>();
  private final List<Order> orders = new ArrayList<>();

  private Scenario(ProgrammeId programme, String caseId) {
    this.programme = programme;
    this.file = CaseFile.builder(CaseId.of(caseId));
    this.victim = Victim.of(VICTIM, true);
    this.offender = new OffenderFile();
    this.requester = VICTIM;
  }

  // ---------------------------------------------------------------- starting cases

  /**
   * CSC: a registered victim (P1) asks to communicate with the offender (P2), who is in custody
   * serving three years for a robbery; both consented in writing in October 2026; risk LOW.
   */
  public static Scenario registeredVictimOfOffenderServingThreeYears() {
    Scenario s = new Scenario(Programmes.CSC_RESTORATIVE_OPPORTUNITIES, "C-2026-0042");
    s.file.jurisdiction(Jurisdiction.country("CA")).stage(Stage.POST_SENTENCE)
        .sentence(term("S1", "P3Y", SENTENCE_START)).supervision(SupervisionStatus.IN_CUSTODY)
        .safetyAssessment(new SafetyAssessment(LocalDate.of(2026, 10, 5), RiskLevel.LOW));
    s.consents.add(ConsentRecord.informed(VICTIM, LocalDate.of(2026, 10, 1), ConsentForm.WRITTEN));
    s.consents.add(ConsentRecord.informed(OFFENDER, LocalDate.of(2026, 10, 3), ConsentForm.WRITTEN));
    s.offenceCategory = OffenceCategory.ROBBERY;
    s.offenceDate = LocalDate.of(2021, 3, 14);
    s.offender.dateOfBirth = Optional.of(LocalDate.of(1990, 2, 1));
    s.offender.acceptsResponsibility = Truth.YES;
    return s;
  }

  /**
   * Québec PMRG: an adult (P2) charged with shoplifting in Montréal asks for alternative
   * measures; does not deny it, does not want a trial, acknowledges the acts, was advised of
   * the right to counsel and consented; the prosecutor has sufficient evidence. The store
   * manager (P1) is the victim and has not been asked.
   */
  public static Scenario adultChargedWithShopliftingInMontreal() {
    Scenario s = new Scenario(Programmes.QC_PMRG, "QC-2026-0107");
    s.file.jurisdiction(Jurisdiction.parse("CA-QC")).stage(Stage.POST_CHARGE)
        .prosecution(Prosecution.of(true, false));
    s.consents.add(ConsentRecord.informed(OFFENDER, LocalDate.of(2026, 9, 14), ConsentForm.WRITTEN));
    s.offenceCategory = OffenceCategory.SHOPLIFTING;
    s.offenceDate = LocalDate.of(2026, 5, 2);
    s.offender.dateOfBirth = Optional.of(LocalDate.of(1990, 2, 1));
    s.offender.acceptsResponsibility = Truth.YES;
    s.offender.deniesInvolvement = Truth.NO;
    s.offender.wantsTrial = Truth.NO;
    s.offender.advisedOfRightToCounsel = Truth.YES;
    s.victim = Victim.of(VICTIM, false);
    s.requester = OFFENDER;
    return s;
  }

  /**
   * YCJA: a 15-year-old (P2) in Ontario, before charge, for mischief (graffiti); does not deny
   * it, accepts responsibility, was advised of counsel and had time to consult; consented.
   */
  public static Scenario fifteenYearOldGraffitiInOntario() {
    Scenario s = new Scenario(Programmes.YCJA_EXTRAJUDICIAL_SANCTIONS, "ON-Y-2026-0311");
    s.file.jurisdiction(Jurisdiction.parse("CA-ON")).stage(Stage.PRE_CHARGE)
        .prosecution(Prosecution.of(true, false));
    s.consents.add(ConsentRecord.informed(OFFENDER, LocalDate.of(2026, 10, 20), ConsentForm.ORAL));
    s.offenceCategory = OffenceCategory.MISCHIEF;
    s.offenceDate = LocalDate.of(2026, 4, 10);
    s.offender.dateOfBirth = Optional.of(LocalDate.of(2010, 6, 15));
    s.offender.acceptsResponsibility = Truth.YES;
    s.offender.deniesInvolvement = Truth.NO;
    s.offender.wantsTrial = Truth.NO;
    s.offender.advisedOfRightToCounsel = Truth.YES;
    s.offender.opportunityToConsultCounsel = Truth.YES;
    s.victim = Victim.of(VICTIM, false);
    s.requester = OFFENDER;
    return s;
  }

  /**
   * New Zealand: an offender (P2) who pleaded guilty to a burglary appears before the District
   * Court before sentencing; there is a victim (P1); no restorative process has taken place and
   * a provider is available.
   */
  public static Scenario guiltyPleaBeforeTheDistrictCourt() {
    Scenario s = new Scenario(Programmes.NZ_SENTENCING_ACT_S24A, "NZ-CRI-2026-0042");
    s.file.jurisdiction(Jurisdiction.country("NZ")).stage(Stage.PRE_SENTENCE)
        .court(Court.DISTRICT_COURT).priorRestorativeProcess(false)
        .restorativeServiceAvailable(true);
    s.offenceCategory = OffenceCategory.BREAK_AND_ENTER;
    s.offenceDate = LocalDate.of(2026, 2, 1);
    s.offender.plea = Optional.of(Plea.GUILTY);
    s.victim = Victim.of(VICTIM, false);
    s.requester = OFFENDER;
    return s;
  }

  /**
   * EU: a victim of an assault in France (P1) asks for mediation; informed consent given; the
   * offender (P2) has acknowledged the basic facts; risk LOW.
   */
  public static Scenario assaultVictimInFrance() {
    Scenario s = new Scenario(Programmes.EU_VICTIMS_DIRECTIVE_ART12, "FR-2026-0093");
    s.file.jurisdiction(Jurisdiction.country("FR")).stage(Stage.POST_CHARGE)
        .safetyAssessment(new SafetyAssessment(LocalDate.of(2026, 10, 5), RiskLevel.LOW));
    s.consents.add(ConsentRecord.informed(VICTIM, LocalDate.of(2026, 10, 1), ConsentForm.ORAL));
    s.offenceCategory = OffenceCategory.ASSAULT;
    s.offenceDate = LocalDate.of(2026, 3, 1);
    s.offender.acknowledgesBasicFacts = Truth.YES;
    s.victim = Victim.of(VICTIM, false);
    return s;
  }

  /**
   * England: the victim of a burglary in Devon (P1) asks the police Victim Care Unit for
   * restorative justice; the offender (P2), now in prison, admits responsibility; both consented
   * in writing; risk LOW.
   */
  public static Scenario burglaryVictimInEngland() {
    Scenario s = new Scenario(Programmes.GB_EW_VICTIM_INITIATED, "EW-2026-0777");
    s.file.jurisdiction(Jurisdiction.parse("GB-ENG")).stage(Stage.POST_SENTENCE)
        .safetyAssessment(new SafetyAssessment(LocalDate.of(2026, 10, 5), RiskLevel.LOW));
    s.consents.add(ConsentRecord.informed(VICTIM, LocalDate.of(2026, 10, 1), ConsentForm.WRITTEN));
    s.consents.add(ConsentRecord.informed(OFFENDER, LocalDate.of(2026, 10, 3), ConsentForm.WRITTEN));
    s.offenceCategory = OffenceCategory.BREAK_AND_ENTER;
    s.offenceDate = LocalDate.of(2025, 8, 30);
    s.offender.acceptsResponsibility = Truth.YES;
    s.victim = Victim.of(VICTIM, false);
    return s;
  }

  // ---------------------------------------------------------------- results

  /** The case file as it now stands. */
  public CaseFile caseFile() {
    CaseFile.Builder b = file;
    List<Participant> people = new ArrayList<>();
    if (victim != null) {
      people.add(victim);
    }
    if (offender != null) {
      people.add(offender.build());
    }
    people.addAll(others);
    CaseFile.Builder copy = b.build().toBuilder().participants(people).consents(consents)
        .orders(orders);
    if (offencesKnown) {
      copy.offences(Optional.of(List.of(new Offence(OffenceId.of("O1"),
          Optional.ofNullable(offenceCategory), Optional.ofNullable(offenceDate),
          offenceContexts))));
    } else {
      copy.offences(Optional.empty());
    }
    return copy.build();
  }

  /** The screening request. */
  public ScreeningRequest request() {
    return new ScreeningRequest(programme, requester, asOf, caseFile(), offenderId);
  }

  /** The decision of the built-in programme. */
  public Decision decide() {
    return Eligibility.screen(request());
  }

  // ---------------------------------------------------------------- changes

  /**
   * Applies changes separated by {@code ;}, each a short phrase of the rule tables.
   *
   * @param changes the phrases, or {@code none}
   * @return this scenario
   */
  public Scenario with(String changes) {
    for (String change : changes.split(";")) {
      apply(change.trim());
    }
    return this;
  }

  private void apply(String change) {
    String[] w = change.split("\\s+");
    String rest = change.contains(" ") ? change.substring(change.indexOf(' ') + 1) : "";
    switch (w[0]) {
      case "none", "" -> { }
      case "stage" -> file.stage(Stage.valueOf(w[1]));
      case "no" -> no(rest);
      case "jurisdiction" -> file.jurisdiction(Jurisdiction.parse(w[1]));
      case "court" -> file.court(Court.valueOf(w[1]));
      case "term" -> file.sentences(Optional.of(Sentences.of(w.length > 3
          ? term("S1", w[1], LocalDate.parse(w[3])) : term("S1", w[1], SENTENCE_START))));
      case "undated" -> file.sentences(Optional.of(Sentences.of(new Sentence.Imprisonment(
          new Imposition(SentenceId.of("S1"), List.of(), Optional.empty(), Optional.empty(),
              Optional.empty()), Period.parse(w[2])))));
      case "consecutive" -> file.sentences(Optional.of(w.length > 3
          ? chain(w[1].split("\\+"), true, LocalDate.parse(w[3]))
          : chain(w[1].split("\\+"), true)));
      // issue 8 (sentences): "also term P12M imposed 2026-06-01", optionally "undated"
      case "also" -> file.sentences(Optional.of(alsoTerm(file.build().sentences().orElseThrow(),
          w)));
      case "concurrent" -> file.sentences(Optional.of(chain(w[1].split("\\+"), false)));
      case "life" -> file.sentences(Optional.of(Sentences.of(new Sentence.Life(
          Imposition.startingOn(SentenceId.of("S1"), SENTENCE_START)))));
      case "indeterminate" -> file.sentences(Optional.of(Sentences.of(new Sentence.Indeterminate(
          Imposition.startingOn(SentenceId.of("S1"), SENTENCE_START)))));
      case "conditional" -> file.sentences(Optional.of(Sentences.of(
          new Sentence.ConditionalSentence(Imposition.startingOn(SentenceId.of("S1"),
              SENTENCE_START), Optional.of(Period.parse(w[2]))))));
      case "probation" -> file.sentences(Optional.of(Sentences.of(new Sentence.Probation(
          Imposition.startingOn(SentenceId.of("S1"), SENTENCE_START),
          Optional.of(Period.parse(w[1]))))));
      case "fine" -> file.sentences(Optional.of(Sentences.of(new Sentence.Fine(
          Imposition.startingOn(SentenceId.of("S1"), SENTENCE_START)))));
      case "sentences" -> {
        checkArgument(rest.equals("unknown"), change);
        file.sentences(Optional.empty());
      }
      case "supervision" -> file.supervision(SupervisionStatus.valueOf(w[1]));
      case "requester" -> requester = ParticipantId.of(w[1]);
      case "offenderId" -> offenderId = Optional.of(ParticipantId.of(w[1]));
      case "add" -> add(w);
      case "victim" -> victim(rest);
      case "accepts", "acknowledges", "denies", "wants", "advised", "opportunity", "plea",
          "born" -> offenderFact(w);
      case "offence" -> offence(w);
      case "offences" -> offencesKnown = false;
      case "consent" -> consent(w);
      case "risk" -> file.safetyAssessment(new SafetyAssessment(
          w.length > 3 ? LocalDate.parse(w[3]) : LocalDate.of(2026, 11, 1),
          RiskLevel.valueOf(w[1])));
      case "no-contact" -> orders.add(Order.noContact(ParticipantId.of(w[2]),
          change.endsWith("allowing facilitated contact")));
      case "evidence" -> file.prosecution(new Prosecution(Truth.of(w[1].equals("sufficient")),
          file.build().prosecution().barredAtLaw()));
      case "prosecution" -> file.prosecution(new Prosecution(
          file.build().prosecution().sufficientEvidence(), Truth.of(w[1].equals("barred"))));
      case "prior" -> file.priorRestorativeProcess(true);
      case "service" -> file.restorativeServiceAvailable(!rest.equals("unavailable"));
      case "as" -> asOf = LocalDate.parse(w[2]);
      default -> throw new IllegalArgumentException("unknown change: " + change);
    }
  }

  private void no(String what) {
    switch (what) {
      case "stage" -> file.stage(Optional.empty());
      case "jurisdiction" -> file.jurisdiction(Optional.empty());
      case "court" -> file.court(Optional.empty());
      case "sentence" -> file.sentences(Optional.of(Sentences.NONE));
      case "supervision status" -> file.supervision(Optional.empty());
      case "safety assessment" -> file.safetyAssessments(List.of());
      case "victim" -> {
        victim = null;
        dropRecordsOf(VICTIM);
      }
      case "offender" -> {
        offender = null;
        dropRecordsOf(OFFENDER);
      }
      case "prosecution facts" -> file.prosecution(Prosecution.UNKNOWN);
      case "prior process stated" -> file.priorRestorativeProcess(Truth.UNKNOWN);
      case "service stated" -> file.restorativeServiceAvailable(Truth.UNKNOWN);
      default -> {
        if (what.startsWith("consent of ")) {
          dropConsentsOf(ParticipantId.of(what.substring("consent of ".length())));
        } else {
          throw new IllegalArgumentException("unknown change: no " + what);
        }
      }
    }
  }

  private void dropRecordsOf(ParticipantId id) {
    dropConsentsOf(id);
    orders.removeIf(o -> o.protectedParticipantId().equals(id));
  }

  private void dropConsentsOf(ParticipantId id) {
    consents.removeIf(c -> c.participantId().equals(id));
  }

  /**
   * {@code add victim-family P3 of P1 SPOUSE [co-accused]}, {@code add offender-family P4 of P2},
   * {@code add victim-family P3 of P1 CONJUGAL_PARTNER since 2025-06-01},
   * {@code add victim-family P3 of P1 unknown}, {@code add offender P7 [born 1990-01-01]
   * [accepting responsibility]}, {@code add victim P8 [deceased|incapable] [co-accused]}, ...
   */
  private void add(String[] w) {
    ParticipantId id = ParticipantId.of(w[2]);
    boolean coAccused = w[w.length - 1].equals("co-accused");
    List<String> words = List.of(w);
    Participant p = switch (w[1]) {
      case "victim-family" -> new VictimFamilyMember(id, ParticipantId.of(w[4]),
          w[5].equals("unknown") ? Optional.empty() : Optional.of(Relationship.valueOf(w[5])),
          words.contains("since")
              ? Optional.of(LocalDate.parse(w[words.indexOf("since") + 1])) : Optional.empty(),
          coAccused);
      case "offender" -> Offender.builder(id)
          .dateOfBirth(words.contains("born")
              ? Optional.of(LocalDate.parse(w[words.indexOf("born") + 1])) : Optional.empty())
          .acceptsResponsibility(words.contains("accepting") ? Truth.YES : Truth.UNKNOWN)
          .chargedInSameOffence(coAccused)
          .build();
      case "offender-family" -> new OffenderFamilyMember(id, ParticipantId.of(w[4]),
          Optional.of(Relationship.PARENT), coAccused);
      case "representative" -> new VictimRepresentative(id, ParticipantId.of(w[4]), coAccused);
      case "supporter" -> new Supporter(id, Optional.empty(), coAccused);
      case "victim" -> Victim.builder(id)
          .registeredVictim(false)
          .deceased(words.contains("deceased"))
          .incapable(words.contains("incapable"))
          .chargedInSameOffence(coAccused)
          .build();
      default -> throw new IllegalArgumentException("unknown participant: " + w[1]);
    };
    others.add(p);
  }

  /**
   * {@code victim deceased}, {@code victim incapable}, {@code victim co-accused},
   * {@code victim unregistered}, {@code victim registration unknown}.
   */
  private void victim(String what) {
    victim = switch (what) {
      case "deceased" -> Victim.builder(VICTIM)
          .registeredVictim(victim.registeredVictim())
          .deceased(true)
          .chargedInSameOffence(victim.chargedInSameOffence())
          .build();
      case "incapable" -> Victim.builder(VICTIM)
          .registeredVictim(victim.registeredVictim())
          .incapable(true)
          .chargedInSameOffence(victim.chargedInSameOffence())
          .build();
      case "unregistered" -> Victim.builder(VICTIM)
          .registeredVictim(false)
          .deceased(victim.deceased())
          .incapable(victim.incapable())
          .chargedInSameOffence(victim.chargedInSameOffence())
          .build();
      case "registration unknown" -> Victim.builder(VICTIM)
          .deceased(victim.deceased())
          .incapable(victim.incapable())
          .chargedInSameOffence(victim.chargedInSameOffence())
          .build();
      case "co-accused" -> Victim.builder(VICTIM)
          .registeredVictim(victim.registeredVictim())
          .deceased(victim.deceased())
          .chargedInSameOffence(true)
          .build();
      default -> throw new IllegalArgumentException("unknown change: victim " + what);
    };
  }

  /** {@code accepts responsibility no}, {@code born 2008-02-29}, {@code plea NOT_GUILTY}, ... */
  private void offenderFact(String[] w) {
    String last = w[w.length - 1];
    Truth value = switch (last) {
      case "yes" -> Truth.YES;
      case "no" -> Truth.NO;
      default -> Truth.UNKNOWN;
    };
    switch (w[0]) {
      case "accepts" -> offender.acceptsResponsibility = value;
      case "acknowledges" -> offender.acknowledgesBasicFacts = value;
      case "denies" -> offender.deniesInvolvement = value;
      case "wants" -> offender.wantsTrial = value;
      case "advised" -> offender.advisedOfRightToCounsel = value;
      case "opportunity" -> offender.opportunityToConsultCounsel = value;
      case "plea" -> offender.plea = last.equals("unknown") ? Optional.empty()
          : Optional.of(Plea.valueOf(last));
      case "born" -> offender.dateOfBirth = last.equals("unknown") ? Optional.empty()
          : Optional.of(LocalDate.parse(last));
      default -> throw new IllegalArgumentException(w[0]);
    }
  }

  /**
   * {@code offence on 2020-01-01}, {@code offence SEXUAL_ASSAULT}, {@code offence in
   * INTIMATE_PARTNER context}, {@code offence category unknown}.
   */
  private void offence(String[] w) {
    switch (w[1]) {
      case "category" -> {
        if (!w[2].equals("unknown")) {
          throw new IllegalArgumentException(w[2]);
        }
        offenceCategory = null;
      }
      case "on" -> offenceDate = w[2].equals("unknown") ? null : LocalDate.parse(w[2]);
      case "in" -> offenceContexts.add(OffenceContext.valueOf(w[2]));
      default -> offenceCategory = OffenceCategory.valueOf(w[1]);
    }
  }

  /**
   * {@code consent P1 withdrawn 2026-11-02}, {@code consent P1 given 2026-11-10 WRITTEN},
   * {@code consent P1 not informed}, {@code consent P1 informed unknown},
   * {@code consent P1 form unknown}.
   */
  private void consent(String[] w) {
    ParticipantId id = ParticipantId.of(w[1]);
    List<ConsentRecord> records = consents;
    int last = -1;
    for (int i = 0; i < records.size(); i++) {
      if (records.get(i).participantId().equals(id)) {
        last = i;
      }
    }
    if (last < 0 && !w[2].equals("given")) {
      return;  // no record to change: the change leaves the case as it is
    }
    switch (w[2]) {
      case "withdrawn" -> {
        LocalDate on = LocalDate.parse(w[3]);
        for (int i = records.size() - 1; i >= 0; i--) {
          ConsentRecord r = records.get(i);
          if (r.participantId().equals(id) && !r.givenOn().isAfter(on)) {
            records.set(i, r.withdrawn(on));  // the consent standing on that day is withdrawn
            break;
          }
        }
      }
      case "given" -> records.add(ConsentRecord.informed(id, LocalDate.parse(w[3]),
          ConsentForm.valueOf(w[4])));
      case "not" -> {
        ConsentRecord r = records.get(last);
        records.set(last, new ConsentRecord(id, r.givenOn(), Truth.NO, r.form(),
            r.withdrawnOn()));
      }
      case "informed" -> {
        ConsentRecord r = records.get(last);
        records.set(last, new ConsentRecord(id, r.givenOn(), Truth.UNKNOWN, r.form(),
            r.withdrawnOn()));
      }
      case "form" -> {
        ConsentRecord r = records.get(last);
        records.set(last, new ConsentRecord(id, r.givenOn(), r.informed(),
            w[3].equals("unknown") ? Optional.empty() : Optional.of(ConsentForm.valueOf(w[3])),
            r.withdrawnOn()));
      }
      default -> throw new IllegalArgumentException("unknown consent change: " + w[2]);
    }
  }

  // ---------------------------------------------------------------- sentences

  /** A term of imprisonment starting on a date. */
  public static Sentence term(String id, String term, LocalDate start) {
    return new Sentence.Imprisonment(Imposition.startingOn(SentenceId.of(id), start),
        Period.parse(term));
  }

  /** Adds a concurrent term S9 imposed (and, unless undated, starting) on a date. */
  private static Sentences alsoTerm(Sentences before, String[] w) {
    LocalDate imposed = LocalDate.parse(w[4]);
    boolean undated = w.length > 5 && w[5].equals("undated");
    List<Sentence> list = new ArrayList<>(before.all());
    list.add(new Sentence.Imprisonment(new Imposition(SentenceId.of("S9"), List.of(),
        Optional.of(imposed), undated ? Optional.empty() : Optional.of(imposed),
        Optional.empty()), Period.parse(w[2])));
    return new Sentences(list);
  }

  private static Sentences chain(String[] terms, boolean consecutive) {
    return chain(terms, consecutive, SENTENCE_START);
  }

  private static Sentences chain(String[] terms, boolean consecutive, LocalDate start) {
    List<Sentence> list = new ArrayList<>();
    for (int i = 0; i < terms.length; i++) {
      SentenceId id = SentenceId.of("S" + (i + 1));
      Imposition imposition = consecutive && i > 0
          ? new Imposition(id, List.of(), Optional.of(start), Optional.empty(),
              Optional.of(SentenceId.of("S" + i)))
          : Imposition.startingOn(id, start);
      list.add(new Sentence.Imprisonment(imposition, Period.parse(terms[i])));
    }
    return new Sentences(list);
  }

  /** The offender's facts, changed one at a time. */
  private static final class OffenderFile {
    Optional<LocalDate> dateOfBirth = Optional.empty();
    Truth acceptsResponsibility = Truth.UNKNOWN;
    Truth acknowledgesBasicFacts = Truth.UNKNOWN;
    Truth deniesInvolvement = Truth.UNKNOWN;
    Truth wantsTrial = Truth.UNKNOWN;
    Optional<Plea> plea = Optional.empty();
    Truth advisedOfRightToCounsel = Truth.UNKNOWN;
    Truth opportunityToConsultCounsel = Truth.UNKNOWN;

    Offender build() {
      return Offender.builder(OFFENDER)
          .dateOfBirth(dateOfBirth)
          .acceptsResponsibility(acceptsResponsibility)
          .acknowledgesBasicFacts(acknowledgesBasicFacts)
          .deniesInvolvement(deniesInvolvement)
          .wantsTrial(wantsTrial)
          .plea(plea)
          .advisedOfRightToCounsel(advisedOfRightToCounsel)
          .hadReasonableOpportunityToConsultCounsel(opportunityToConsultCounsel)
          .build();
    }
  }

  @Override
  public String toString() {
    return "Scenario[" + programme + "]".toLowerCase(Locale.ROOT);
  }
}
