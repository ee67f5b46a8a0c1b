package org.rjkit.core.json;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableMap;
import java.io.InputStream;
import java.io.Reader;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.rjkit.core.json.internal.ObjectInput;
import org.rjkit.core.json.internal.Problems;
import org.rjkit.core.casefile.CaseFile;
import org.rjkit.core.casefile.CaseId;
import org.rjkit.core.casefile.Court;
import org.rjkit.core.internal.Identifier;
import org.rjkit.core.casefile.Jurisdiction;
import org.rjkit.core.casefile.Prosecution;
import org.rjkit.core.casefile.Stage;
import org.rjkit.core.consent.ConsentForm;
import org.rjkit.core.consent.ConsentHistory;
import org.rjkit.core.consent.ConsentRecord;
import org.rjkit.core.language.Message;
import org.rjkit.core.input.InvalidInputException;
import org.rjkit.core.offence.Offence;
import org.rjkit.core.offence.OffenceCategory;
import org.rjkit.core.offence.OffenceContext;
import org.rjkit.core.offence.OffenceId;
import org.rjkit.core.order.Order;
import org.rjkit.core.order.OrderKind;
import org.rjkit.core.participant.CommunityMember;
import org.rjkit.core.participant.Facilitator;
import org.rjkit.core.participant.Offender;
import org.rjkit.core.participant.OffenderFamilyMember;
import org.rjkit.core.participant.Participant;
import org.rjkit.core.participant.ParticipantId;
import org.rjkit.core.participant.Plea;
import org.rjkit.core.participant.Relationship;
import org.rjkit.core.participant.Role;
import org.rjkit.core.participant.Supporter;
import org.rjkit.core.participant.Victim;
import org.rjkit.core.participant.VictimFamilyMember;
import org.rjkit.core.participant.VictimRepresentative;
import org.rjkit.core.safety.RiskLevel;
import org.rjkit.core.safety.SafetyAssessment;
import org.rjkit.core.sentence.Imposition;
import org.rjkit.core.sentence.Sentence;
import org.rjkit.core.sentence.SentenceId;
import org.rjkit.core.sentence.SentenceKind;
import org.rjkit.core.sentence.Sentences;
import org.rjkit.core.sentence.SupervisionStatus;
import org.rjkit.core.truth.Truth;
import org.rjkit.core.internal.Terms;

/**
 * Reads a case document (interchange format version 1, {@code interchange.md}) strictly.
 *
 * <p>The whole document is checked before any domain object is built, and every problem is
 * reported at once in one {@link InvalidInputException}: malformed JSON, unknown fields (a victim's
 * field on an offender is unknown), wrong types, missing required fields, JSON {@code null}s,
 * impossible dates, lengths of time that are not positive once added to the sentence's start,
 * duplicate ids, references to ids that do not exist, {@code consecutiveTo} pointing at the
 * sentence itself or into a cycle, unknown enum values, a consent withdrawn before it was given,
 * and {@code cohabitingSince} for anyone but a {@code CONJUGAL_PARTNER}. Each error names its JSON
 * path ({@code $.sentences[1].term}) and the rule broken; no message contains a value from the
 * document.
 *
 * <p>An absent field is unknown ({@code Optional.empty()}), except the marker flags
 * {@code chargedInSameOffence}, {@code deceased}, {@code incapable} and
 * {@code allowsFacilitatedContact} (absent means false) and the lists {@code orders},
 * {@code contexts}, {@code consents}, {@code safetyAssessments}, {@code participants} and a
 * sentence's {@code offenceIds} (absent means none). An absent {@code sentences} or
 * {@code offences} is unknown; an empty one says there is none.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 1.0
 */
public final class CaseDocumentReader {

  static final List<String> CASE_FIELDS = List.of("caseId", "jurisdiction", "stage", "offences",
      "sentences", "supervision", "participants", "consents", "safetyAssessments", "orders",
      "court", "prosecution", "priorRestorativeProcess", "restorativeServiceAvailable");
  static final List<String> OFFENCE_FIELDS = List.of("id", "category", "committedOn", "contexts");
  static final List<String> SENTENCE_COMMON_FIELDS =
      List.of("id", "offenceIds", "kind", "imposedOn", "startsOn", "consecutiveTo");
  static final List<String> SENTENCE_FIELDS_WITH_TERM =
      List.of("id", "offenceIds", "kind", "term", "imposedOn", "startsOn", "consecutiveTo");
  static final List<String> SUPERVISION_FIELDS = List.of("status");
  static final List<String> CONSENT_FIELDS =
      List.of("participantId", "givenOn", "informed", "form", "withdrawnOn");
  static final List<String> ASSESSMENT_FIELDS = List.of("assessedOn", "riskToVictim");
  static final List<String> ORDER_FIELDS =
      List.of("kind", "protectedParticipantId", "allowsFacilitatedContact");
  static final List<String> PROSECUTION_FIELDS = List.of("sufficientEvidence", "barredAtLaw");

  /** The fields of a participant record, by role, in the order the writer writes them. */
  static final ImmutableMap<Role, List<String>> PARTICIPANT_FIELDS =
      ImmutableMap.<Role, List<String>>builder()
          .put(Role.VICTIM, List.of("id", "role", "registeredVictim", "deceased", "incapable",
              "residesInCanada", "canadianCitizenOrPermanentResident", "chargedInSameOffence"))
          .put(Role.VICTIM_REPRESENTATIVE,
              List.of("id", "role", "actsFor", "chargedInSameOffence"))
          .put(Role.VICTIM_FAMILY_MEMBER, List.of("id", "role", "relatedTo", "relationship",
              "cohabitingSince", "chargedInSameOffence"))
          .put(Role.OFFENDER, List.of("id", "role", "dateOfBirth", "acceptsResponsibility",
              "acknowledgesBasicFacts", "deniesInvolvement", "wantsTrial", "plea",
              "advisedOfRightToCounsel", "hadReasonableOpportunityToConsultCounsel",
              "chargedInSameOffence"))
          .put(Role.OFFENDER_FAMILY_MEMBER,
              List.of("id", "role", "relatedTo", "relationship", "chargedInSameOffence"))
          .put(Role.SUPPORTER, List.of("id", "role", "relatedTo", "chargedInSameOffence"))
          .put(Role.COMMUNITY_MEMBER, List.of("id", "role", "chargedInSameOffence"))
          .put(Role.FACILITATOR, List.of("id", "role", "chargedInSameOffence"))
          .build();

  private static final List<String> ANY_PARTICIPANT_FIELDS = PARTICIPANT_FIELDS.values().stream()
      .flatMap(List::stream).distinct().toList();

  private static final Pattern JURISDICTION = Pattern.compile("[A-Z]{2}(?:-[A-Z0-9]{1,3})?");
  private static final Message JURISDICTION_MESSAGE = Message.of("input.case.jurisdiction");

  /** A reader; it holds no state. */
  public CaseDocumentReader() {}

  /**
   * Reads a case document.
   *
   * @param json the document, not null
   * @return the case
   * @throws InvalidInputException carrying every problem found, if the document is not a valid
   *     case document
   */
  public CaseFile read(String json) {
    return read(RjkitJson.readObject(json), "$");
  }

  /**
   * Reads a case document from characters.
   *
   * @param reader the document, not null; read to its end, not closed
   * @return the case
   * @throws InvalidInputException carrying every problem found
   * @throws java.io.UncheckedIOException if the reader fails
   */
  public CaseFile read(Reader reader) {
    return read(RjkitJson.readObject(reader), "$");
  }

  /**
   * Reads a case document from UTF-8 bytes.
   *
   * @param in the document in UTF-8, not null; read to its end, not closed
   * @return the case
   * @throws InvalidInputException carrying every problem found (bytes that are not UTF-8 too)
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public CaseFile read(InputStream in) {
    return read(RjkitJson.readObject(in), "$");
  }

  /**
   * Reads a case document from a parsed JSON value (parse it with {@link RjkitJson} to keep the
   * limits and the duplicate-field check).
   *
   * @param node the case document's JSON value, not null
   * @return the case
   * @throws InvalidInputException carrying every problem found
   */
  public CaseFile read(JsonNode node) {
    return read(node, "$");
  }

  /**
   * Reads a case document that is part of a larger document.
   *
   * @param node the case document's JSON value, not null
   * @param path the JSON path of that value, for error messages ({@code $}, {@code $.case})
   * @return the case
   * @throws InvalidInputException carrying every problem found, with paths under {@code path}
   */
  public CaseFile read(JsonNode node, String path) {
    checkNotNull(node, "node");
    checkNotNull(path, "path");
    Problems problems = new Problems();
    Result result = walk(node, path, problems);
    problems.throwIfAny();
    return result.caseFile().orElseThrow();
  }

  /** What a walk over a case found: the case when it is valid, and the participants' ids. */
  record Result(Optional<CaseFile> caseFile, Set<ParticipantId> participantIds) {}

  /**
   * Walks a case document, reporting every problem; the case is built only when none was found
   * anywhere in {@code problems} (including problems reported before the walk).
   */
  static Result walk(JsonNode node, String path, Problems problems) {
    return new Walk(problems).run(node, path);
  }

  /** The state of one walk. */
  private static final class Walk {
    private final Problems problems;
    private final Map<ParticipantId, Integer> participantIndex = new LinkedHashMap<>();
    private final Map<OffenceId, Integer> offenceIndex = new LinkedHashMap<>();
    private boolean offencesKnown;
    private final Map<SentenceId, Integer> sentenceIndex = new LinkedHashMap<>();
    /**
     * Found while reading each sentence, for {@link #checkChains}: whether it is the first with
     * its (valid) id, and the index of the sentence its valid {@code consecutiveTo} names (-2 when
     * none has the id; -1 when it names none, or is not an object).
     */
    private boolean[] firstOfId = new boolean[0];
    private int[] servedAfter = new int[0];

    Walk(Problems problems) {
      this.problems = problems;
    }

    Result run(JsonNode node, String path) {
      Optional<ObjectInput> root = ObjectInput.of(node, path, problems);
      if (root.isEmpty()) {
        return new Result(Optional.empty(), Set.of());
      }
      ObjectInput c = root.get();
      c.allowOnly(CASE_FIELDS, Message.of("input.what.case"));

      // First pass: the ids each kind of record declares, so references can be checked.
      collectIds(c, "participants", "id", ParticipantId::new, participantIndex);
      offencesKnown = c.peek("offences").filter(JsonNode::isArray).isPresent();
      collectIds(c, "offences", "id", OffenceId::new, offenceIndex);
      collectIds(c, "sentences", "id", SentenceId::new, sentenceIndex);
      c.peek("sentences").filter(JsonNode::isArray).ifPresent(list -> {
        firstOfId = new boolean[list.size()];
        servedAfter = new int[list.size()];
        Arrays.fill(servedAfter, -1);
      });

      Optional<CaseId> caseId = c.id("caseId", true, CaseId::new);
      Optional<Jurisdiction> jurisdiction = c.text("jurisdiction", false)
          .flatMap(s -> jurisdiction(s, c.path("jurisdiction")));
      Optional<Stage> stage = c.enumValue("stage", false, Stage.class);
      Optional<Optional<List<Offence>>> offences = optionalList(c, "offences", this::offence);
      Optional<Optional<List<Sentence>>> sentences = optionalList(c, "sentences", this::sentence);
      checkChains(c);
      Optional<Optional<SupervisionStatus>> supervision = supervision(c);
      Optional<List<Participant>> participants = list(c, "participants", this::participant);
      Optional<List<ConsentRecord>> consents = list(c, "consents", this::consent);
      Optional<List<SafetyAssessment>> assessments =
          list(c, "safetyAssessments", this::assessment);
      Optional<List<Order>> orders = list(c, "orders", this::order);
      Optional<Court> court = c.enumValue("court", false, Court.class);
      Optional<Prosecution> prosecution = prosecution(c);
      Truth prior = c.truth("priorRestorativeProcess");
      Truth available = c.truth("restorativeServiceAvailable");

      Set<ParticipantId> ids = Set.copyOf(participantIndex.keySet());
      if (!problems.isEmpty()) {
        return new Result(Optional.empty(), ids);
      }
      CaseFile caseFile = new CaseFile(caseId.orElseThrow(), jurisdiction, stage,
          offences.orElseThrow(), sentences.orElseThrow().map(Sentences::new),
          supervision.orElseThrow(), participants.orElseThrow(),
          new ConsentHistory(consents.orElseThrow()),
          assessments.orElseThrow(), orders.orElseThrow(), court, prosecution.orElseThrow(),
          prior, available);
      return new Result(Optional.of(caseFile), ids);
    }

    private <T> void collectIds(ObjectInput c, String field, String idField,
        Function<String, T> constructor, Map<T, Integer> index) {
      Optional<JsonNode> list = c.peek(field).filter(JsonNode::isArray);
      if (list.isEmpty()) {
        return;
      }
      for (int i = 0; i < list.get().size(); i++) {
        JsonNode id = list.get().get(i).get(idField);
        if (id != null && id.isTextual() && Identifier.isValid(
            id.textValue())) {
          index.putIfAbsent(constructor.apply(id.textValue()), i);
        }
      }
    }

    /** Reads an element of the array at {@code arrayPath}; empty when it had a problem. */
    interface ElementReader<T> {
      Optional<T> read(JsonNode element, String arrayPath, int index);
    }

    /** A list that may be absent (unknown): empty outer optional when an element was invalid. */
    private <T> Optional<Optional<List<T>>> optionalList(ObjectInput c, String field,
        ElementReader<T> reader) {
      if (!c.has(field)) {
        return Optional.of(Optional.empty());
      }
      return c.array(field, false).flatMap(items -> elements(items, c.path(field), reader))
          .map(Optional::of);
    }

    /** A list whose absence means none. */
    private <T> Optional<List<T>> list(ObjectInput c, String field, ElementReader<T> reader) {
      if (!c.has(field)) {
        return Optional.of(List.of());
      }
      return c.array(field, false).flatMap(items -> elements(items, c.path(field), reader));
    }

    private <T> Optional<List<T>> elements(List<JsonNode> items, String path,
        ElementReader<T> reader) {
      List<T> out = new ArrayList<>();
      boolean complete = true;
      for (int i = 0; i < items.size(); i++) {
        Optional<T> element = reader.read(items.get(i), path, i);
        if (element.isPresent()) {
          out.add(element.get());
        } else {
          complete = false;
        }
      }
      return complete ? Optional.of(out) : Optional.empty();
    }

    private Optional<Jurisdiction> jurisdiction(String text, String path) {
      if (JURISDICTION.matcher(text).matches()) {
        try {
          return Optional.of(Jurisdiction.parse(text));
        } catch (IllegalArgumentException e) {
          // an unknown country: reported below
        }
      }
      problems.add(path, JURISDICTION_MESSAGE);
      return Optional.empty();
    }

    private <T> Optional<T> uniqueId(ObjectInput o, Function<String, T> constructor,
        Map<T, Integer> index, int position, String listName) {
      Optional<T> id = o.id("id", true, constructor);
      if (id.isPresent()) {
        Integer first = index.get(id.get());
        if (first != null && first != position) {
          problems.report(o.path("id"), "input.case.repeatedId", listName, String.valueOf(first));
          return Optional.empty();
        }
      }
      return id;
    }

    // ----- offences

    private Optional<Offence> offence(JsonNode node, String arrayPath, int i) {
      return ObjectInput.element(node, arrayPath, i, problems).flatMap(o -> {
        int before = problems.count();
        o.allowOnly(OFFENCE_FIELDS, Message.of("input.what.offence"));
        Optional<OffenceId> id = uniqueId(o, OffenceId::new, offenceIndex, i, "offences");
        Optional<OffenceCategory> category =
            o.enumValue("category", false, OffenceCategory.class);
        Optional<LocalDate> committedOn = o.date("committedOn", false);
        Set<OffenceContext> contexts = EnumSet.noneOf(OffenceContext.class);
        o.array("contexts", false).ifPresent(items -> {
          for (int k = 0; k < items.size(); k++) {
            String at = ObjectInput.index(o.path("contexts"), k);
            o.enumOf(items.get(k), at, OffenceContext.class).ifPresent(context -> {
              if (!contexts.add(context)) {
                problems.report(at, "input.case.repeatedContext");
              }
            });
          }
        });
        if (problems.count() > before) {
          return Optional.empty();
        }
        return Optional.of(new Offence(id.orElseThrow(), category, committedOn, contexts));
      });
    }

    // ----- sentences

    private Optional<Sentence> sentence(JsonNode node, String arrayPath, int i) {
      return ObjectInput.element(node, arrayPath, i, problems).flatMap(o -> {
        int before = problems.count();
        Optional<SentenceKind> kind = o.enumValue("kind", true, SentenceKind.class);
        boolean hasTerm = kind.map(k -> k == SentenceKind.IMPRISONMENT
            || k == SentenceKind.CONDITIONAL_SENTENCE || k == SentenceKind.PROBATION)
            .orElse(true);
        o.allowOnly(hasTerm ? SENTENCE_FIELDS_WITH_TERM : SENTENCE_COMMON_FIELDS,
            kind.map(k -> Message.of("input.what.sentenceOfKind", k.name()))
                .orElse(Message.of("input.what.sentence")));
        Optional<SentenceId> id = uniqueId(o, SentenceId::new, sentenceIndex, i, "sentences");
        firstOfId[i] = id.isPresent();
        List<OffenceId> offenceIds = new ArrayList<>();
        Set<OffenceId> listed = new HashSet<>();
        o.array("offenceIds", false).ifPresent(items -> {
          for (int k = 0; k < items.size(); k++) {
            String at = ObjectInput.index(o.path("offenceIds"), k);
            o.idOf(items.get(k), at, OffenceId::new).ifPresent(ref -> {
              if (!offenceIndex.containsKey(ref)) {
                problems.report(at, offencesKnown
                    ? "input.case.noOffence"
                    : "input.case.noOffences");
              } else if (!listed.add(ref)) {
                problems.report(at, "input.case.repeatedOffence");
              } else {
                offenceIds.add(ref);
              }
            });
          }
        });
        Optional<LocalDate> imposedOn = o.date("imposedOn", false);
        Optional<LocalDate> startsOn = o.date("startsOn", false);
        Optional<SentenceId> consecutiveTo = o.id("consecutiveTo", false, SentenceId::new);
        consecutiveTo.ifPresent(ref -> {
          Integer target = sentenceIndex.get(ref);
          servedAfter[i] = target == null ? -2 : target;
          if (id.isPresent() && ref.equals(id.get())) {
            problems.report(o.path("consecutiveTo"), "input.case.selfConsecutive");
          } else if (target == null) {
            problems.report(o.path("consecutiveTo"), "input.case.noSentence");
          }
        });
        Optional<Period> term = Optional.empty();
        if (hasTerm) {
          boolean required = kind.equals(Optional.of(SentenceKind.IMPRISONMENT));
          term = o.period("term", required && kind.isPresent());
          Optional<LocalDate> anchor = startsOn.or(() -> imposedOn);
          if (term.isPresent() && !isAcceptableTerm(term.get(), anchor, o)) {
            term = Optional.empty();
          }
        }
        if (problems.count() > before) {
          return Optional.empty();
        }
        Imposition imposition = new Imposition(id.orElseThrow(), offenceIds, imposedOn,
            startsOn, consecutiveTo);
        return Optional.of(switch (kind.orElseThrow()) {
          case IMPRISONMENT -> new Sentence.Imprisonment(imposition, term.orElseThrow());
          case LIFE -> new Sentence.Life(imposition);
          case INDETERMINATE -> new Sentence.Indeterminate(imposition);
          case CONDITIONAL_SENTENCE -> new Sentence.ConditionalSentence(imposition, term);
          case PROBATION -> new Sentence.Probation(imposition, term);
          case FINE -> new Sentence.Fine(imposition);
          case DISCHARGE -> new Sentence.Discharge(imposition);
        });
      });
    }

    private boolean isAcceptableTerm(Period term, Optional<LocalDate> anchor, ObjectInput o) {
      if (!Terms.isWithinLimit(term)) {
        problems.report(o.path("term"), "input.case.termTooLong");
        return false;
      }
      if (!Terms.isPositive(term, anchor)) {
        problems.report(o.path("term"), anchor.isPresent()
            ? "input.case.termNotPositive"
            : "input.case.termNotPositiveUnknownStart");
        return false;
      }
      return true;
    }

    /**
     * Reports every sentence that lies on a cycle of {@code consecutiveTo}, in document order.
     * Sentences are followed by their index (the first sentence with an id), each walked once, so
     * that any number of links takes linear time.
     */
    private void checkChains(ObjectInput c) {
      Optional<JsonNode> list = c.peek("sentences").filter(JsonNode::isArray);
      if (list.isEmpty()) {
        return;
      }
      int n = list.get().size();
      // next[i]: the sentence a first-of-its-id sentence i is served after; -1 when it names
      // none (or is not the first with its id), -2 when it names an id no sentence has; as
      // found while reading the sentences
      int[] next = new int[n];
      for (int i = 0; i < n; i++) {
        next[i] = firstOfId[i] ? servedAfter[i] : -1;
      }
      // Each sentence is walked once: 1 while on the walk in progress, 2 once its end is known.
      byte[] state = new byte[n];
      boolean[] onCycle = new boolean[n];
      int[] walk = new int[n];
      for (int first = 0; first < n; first++) {
        if (next[first] == -1) {
          continue;
        }
        int length = 0;
        int cursor = first;
        while (cursor >= 0 && state[cursor] == 0) {
          state[cursor] = 1;
          walk[length++] = cursor;
          int after = next[cursor];
          if (after == cursor) {
            break; // the self-reference is reported on the sentence itself
          }
          cursor = after;
        }
        if (cursor >= 0 && state[cursor] == 1 && next[cursor] != cursor) {
          // the walk came back to a sentence of its own: the cycle is the walk from there on
          int from = 0;
          while (walk[from] != cursor) {
            from++;
          }
          for (int k = from; k < length; k++) {
            onCycle[walk[k]] = true;
          }
        }
        for (int k = 0; k < length; k++) {
          state[walk[k]] = 2;
        }
      }
      String sentences = null;
      for (int i = 0; i < n; i++) {
        if (onCycle[i]) {
          if (sentences == null) {
            sentences = c.path("sentences");
          }
          problems.report(ObjectInput.index(sentences, i) + ".consecutiveTo",
              "input.case.cycle");
        }
      }
    }

    // ----- supervision and prosecution

    private Optional<Optional<SupervisionStatus>> supervision(ObjectInput c) {
      if (!c.has("supervision")) {
        return Optional.of(Optional.empty());
      }
      return c.object("supervision", false).flatMap(o -> {
        int before = problems.count();
        o.allowOnly(SUPERVISION_FIELDS, Message.of("input.what.supervision"));
        Optional<SupervisionStatus> status = o.enumValue("status", false, SupervisionStatus.class);
        return problems.count() > before ? Optional.empty() : Optional.of(status);
      });
    }

    private Optional<Prosecution> prosecution(ObjectInput c) {
      if (!c.has("prosecution")) {
        return Optional.of(Prosecution.UNKNOWN);
      }
      return c.object("prosecution", false).flatMap(o -> {
        int before = problems.count();
        o.allowOnly(PROSECUTION_FIELDS, Message.of("input.what.prosecution"));
        Truth sufficient = o.truth("sufficientEvidence");
        Truth barred = o.truth("barredAtLaw");
        return problems.count() > before
            ? Optional.empty()
            : Optional.of(new Prosecution(sufficient, barred));
      });
    }

    // ----- participants

    private Optional<Participant> participant(JsonNode node, String arrayPath, int i) {
      return ObjectInput.element(node, arrayPath, i, problems).flatMap(o -> {
        int before = problems.count();
        Optional<ParticipantId> id =
            uniqueId(o, ParticipantId::new, participantIndex, i, "participants");
        Optional<Role> role = o.enumValue("role", true, Role.class);
        o.allowOnly(role.map(PARTICIPANT_FIELDS::get).orElse(ANY_PARTICIPANT_FIELDS),
            role.map(r -> Message.of("input.what.participantWithRole", r.name()))
                .orElse(Message.of("input.what.participant")));
        boolean charged = o.flag("chargedInSameOffence");
        if (role.isEmpty()) {
          return Optional.empty();
        }
        Optional<Participant> participant = switch (role.get()) {
          case VICTIM -> {
            Truth registered = o.truth("registeredVictim");
            boolean deceased = o.flag("deceased");
            boolean incapable = o.flag("incapable");
            Truth resides = o.truth("residesInCanada");
            Truth citizen = o.truth("canadianCitizenOrPermanentResident");
            yield id.map(pid -> new Victim(pid, registered, deceased, incapable, resides,
                citizen, charged));
          }
          case VICTIM_REPRESENTATIVE -> {
            Optional<ParticipantId> actsFor = reference(o, "actsFor", true, id);
            yield id.flatMap(pid -> actsFor.map(a -> new VictimRepresentative(pid, a, charged)));
          }
          case VICTIM_FAMILY_MEMBER -> {
            Optional<ParticipantId> relatedTo = reference(o, "relatedTo", true, id);
            Optional<Relationship> relationship =
                o.enumValue("relationship", false, Relationship.class);
            Optional<LocalDate> since = o.date("cohabitingSince", false);
            if (o.has("cohabitingSince")
                && !relationship.equals(Optional.of(Relationship.CONJUGAL_PARTNER))) {
              problems.report(o.path("cohabitingSince"), "input.case.cohabitingSince");
              yield Optional.empty();
            }
            yield id.flatMap(pid -> relatedTo.map(r -> new VictimFamilyMember(pid, r,
                relationship, since, charged)));
          }
          case OFFENDER -> {
            Optional<LocalDate> dateOfBirth = o.date("dateOfBirth", false);
            Truth accepts = o.truth("acceptsResponsibility");
            Truth acknowledges = o.truth("acknowledgesBasicFacts");
            Truth denies = o.truth("deniesInvolvement");
            Truth wantsTrial = o.truth("wantsTrial");
            Optional<Plea> plea = o.enumValue("plea", false, Plea.class);
            Truth advised = o.truth("advisedOfRightToCounsel");
            Truth consulted = o.truth("hadReasonableOpportunityToConsultCounsel");
            yield id.map(pid -> new Offender(pid, dateOfBirth, accepts, acknowledges, denies,
                wantsTrial, plea, advised, consulted, charged));
          }
          case OFFENDER_FAMILY_MEMBER -> {
            Optional<ParticipantId> relatedTo = reference(o, "relatedTo", true, id);
            Optional<Relationship> relationship =
                o.enumValue("relationship", false, Relationship.class);
            yield id.flatMap(pid -> relatedTo.map(r -> new OffenderFamilyMember(pid, r,
                relationship, charged)));
          }
          case SUPPORTER -> {
            Optional<ParticipantId> relatedTo = reference(o, "relatedTo", false, id);
            yield id.map(pid -> new Supporter(pid, relatedTo, charged));
          }
          case COMMUNITY_MEMBER -> id.map(pid -> new CommunityMember(pid, charged));
          case FACILITATOR -> id.map(pid -> new Facilitator(pid, charged));
        };
        return problems.count() > before ? Optional.empty() : participant;
      });
    }

    /** A reference from a participant to another participant of the case. */
    private Optional<ParticipantId> reference(ObjectInput o, String field, boolean required,
        Optional<ParticipantId> self) {
      Optional<ParticipantId> ref = o.id(field, required, ParticipantId::new);
      if (ref.isPresent()) {
        if (ref.equals(self)) {
          problems.report(o.path(field), "input.case.selfReference");
          return Optional.empty();
        }
        if (!participantIndex.containsKey(ref.get())) {
          problems.report(o.path(field), "input.case.noParticipant");
          return Optional.empty();
        }
      }
      return ref;
    }

    private Optional<ParticipantId> participantReference(ObjectInput o, String field) {
      Optional<ParticipantId> ref = o.id(field, true, ParticipantId::new);
      if (ref.isPresent() && !participantIndex.containsKey(ref.get())) {
        problems.report(o.path(field), "input.case.noParticipant");
        return Optional.empty();
      }
      return ref;
    }

    // ----- consents, assessments, orders

    private Optional<ConsentRecord> consent(JsonNode node, String arrayPath, int i) {
      return ObjectInput.element(node, arrayPath, i, problems).flatMap(o -> {
        int before = problems.count();
        o.allowOnly(CONSENT_FIELDS, Message.of("input.what.consent"));
        Optional<ParticipantId> participant = participantReference(o, "participantId");
        Optional<LocalDate> givenOn = o.date("givenOn", true);
        Truth informed = o.truth("informed");
        Optional<ConsentForm> form = o.enumValue("form", false, ConsentForm.class);
        Optional<LocalDate> withdrawnOn = o.date("withdrawnOn", false);
        if (givenOn.isPresent() && withdrawnOn.isPresent()
            && withdrawnOn.get().isBefore(givenOn.get())) {
          problems.report(o.path("withdrawnOn"), "input.case.withdrawnBeforeGiven");
        }
        if (problems.count() > before) {
          return Optional.empty();
        }
        return Optional.of(new ConsentRecord(participant.orElseThrow(), givenOn.orElseThrow(),
            informed, form, withdrawnOn));
      });
    }

    private Optional<SafetyAssessment> assessment(JsonNode node, String arrayPath, int i) {
      return ObjectInput.element(node, arrayPath, i, problems).flatMap(o -> {
        int before = problems.count();
        o.allowOnly(ASSESSMENT_FIELDS, Message.of("input.what.assessment"));
        Optional<LocalDate> assessedOn = o.date("assessedOn", true);
        Optional<RiskLevel> risk = o.enumValue("riskToVictim", true, RiskLevel.class);
        if (problems.count() > before) {
          return Optional.empty();
        }
        return Optional.of(new SafetyAssessment(assessedOn.orElseThrow(), risk.orElseThrow()));
      });
    }

    private Optional<Order> order(JsonNode node, String arrayPath, int i) {
      return ObjectInput.element(node, arrayPath, i, problems).flatMap(o -> {
        int before = problems.count();
        o.allowOnly(ORDER_FIELDS, Message.of("input.what.order"));
        Optional<OrderKind> kind = o.enumValue("kind", true, OrderKind.class);
        Optional<ParticipantId> protectedId = participantReference(o, "protectedParticipantId");
        boolean facilitated = o.flag("allowsFacilitatedContact");
        if (problems.count() > before) {
          return Optional.empty();
        }
        return Optional.of(new Order(kind.orElseThrow(), protectedId.orElseThrow(), facilitated));
      });
    }
  }
}
