package org.rjkit.eligibility.rule;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.rjkit.core.casefile.CaseFile;
import org.rjkit.core.participant.Offender;
import org.rjkit.core.participant.OffenderFamilyMember;
import org.rjkit.core.participant.Participant;
import org.rjkit.core.participant.ParticipantId;

/**
 * What a rule is evaluated against: a case, the participant who asks, the date decided for, and
 * the offender the request names, if it names one. Also names facts the way the interchange
 * format does ({@code participants[P2].plea}, {@code sentences[0].term}), so that every rule
 * writes its fact paths alike.
 *
 * @param caseFile the case, not null
 * @param requesterId the participant who asks, a participant of the case
 * @param asOf the date the decision is made for, not null
 * @param offenderId the offender the request concerns, when the request names one: a
 *     participant of the case with the {@code OFFENDER} role
 * @since 1.0
 */
public record ScreeningFacts(CaseFile caseFile, ParticipantId requesterId, LocalDate asOf,
    Optional<ParticipantId> offenderId) {

  /** The fact path used when the case has no participant with the {@code OFFENDER} role. */
  public static final String OFFENDER_PARTICIPANT = "participants[role=OFFENDER]";

  /**
   * The fact path used when the case has several offenders and the request does not say which
   * one it concerns.
   */
  public static final String OFFENDER_ID = "offenderId";

  /** The fact path used when the case has no participant with the {@code VICTIM} role. */
  public static final String VICTIM_PARTICIPANT = "participants[role=VICTIM]";

  /**
   * Checks that the requester is a participant of the case, and the offender named an offender
   * of the case.
    *
    * @param caseFile the case, not null
    * @param requesterId the participant who asks, a participant of the case
    * @param asOf the date the decision is made for, not null
    * @param offenderId the offender the request concerns, when the request names one: a participant
    *     of the case with the {@code OFFENDER} role
   */
  public ScreeningFacts {
    checkNotNull(caseFile, "caseFile");
    checkNotNull(requesterId, "requesterId");
    checkNotNull(asOf, "asOf");
    checkNotNull(offenderId, "offenderId");
    checkArgument(find(caseFile, requesterId) != null,
        "requesterId must name a participant of the case");
    checkArgument(offenderId.isEmpty() || find(caseFile, offenderId.get()) instanceof Offender,
        "offenderId must name a participant with the OFFENDER role");
  }

  /**
   * A request that does not name the offender it concerns.
   *
   * @param caseFile the case, not null
   * @param requesterId the participant who asks, a participant of the case
   * @param asOf the date the decision is made for, not null
   */
  public ScreeningFacts(CaseFile caseFile, ParticipantId requesterId, LocalDate asOf) {
    this(caseFile, requesterId, asOf, Optional.empty());
  }

  /** {@return the participant who asks} */
  public Participant requester() {
    Participant requester = find(caseFile, requesterId);
    if (requester == null) {
      throw new java.util.NoSuchElementException("No value present");
    }
    return requester;
  }

  /**
   * The participant with an id, or null: {@link CaseFile#participant} without a stream or an
   * {@code Optional}, since every rule looks up the requester or the offender.
   */
  static Participant find(CaseFile caseFile, ParticipantId id) {
    List<Participant> all = caseFile.participants();
    for (int i = 0; i < all.size(); i++) {
      Participant p = all.get(i);
      if (p.id().equals(id)) {
        return p;
      }
    }
    return null;
  }

  /**
   * The offender concerned by the request (programmes.md, "the offender concerned"): the
   * requester, when an {@code OFFENDER}; the offender an {@code OFFENDER_FAMILY_MEMBER}
   * requester is {@code relatedTo}; otherwise the request's {@code offenderId}; otherwise the
   * case's only {@code OFFENDER}. Never "the first offender listed": with several offenders and
   * none of these, there is none (and the rules about the offender are UNKNOWN).
   *
   * @return the offender concerned, if known
   */
  public Optional<Offender> offender() {
    return Optional.ofNullable(offenderOrNull());
  }

  /** {@link #offender()}, or null when it is empty. */
  Offender offenderOrNull() {
    Participant requester = requester();
    if (requester instanceof Offender o) {
      return o;
    }
    if (requester instanceof OffenderFamilyMember f) {
      Participant related = find(caseFile, f.relatedTo());
      if (related == null) {
        throw new java.util.NoSuchElementException("No value present");
      }
      if (related instanceof Offender o) {
        return o;
      }
    }
    if (offenderId.isPresent()) {
      return (Offender) find(caseFile, offenderId.get());
    }
    Offender only = null;
    List<Participant> all = caseFile.participants();
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i) instanceof Offender o) {
        if (only != null) {
          return null;
        }
        only = o;
      }
    }
    return only;
  }

  /**
   * What a rule about the offender finds when {@link #offender()} is empty: UNKNOWN, with
   * {@code offenderId} missing when the case has several offenders, or the offender missing
   * when it has none.
   *
   * @return the finding
   */
  Finding offenderUnknown() {
    long offenders = caseFile.participants().stream().filter(Offender.class::isInstance)
        .count();
    if (offenders > 1) {
      return Finding.unknown(Finding.text("reason.offender.several"), List.of(OFFENDER_ID));
    }
    return Finding.unknown(Finding.text("reason.offender.none"), List.of(OFFENDER_PARTICIPANT));
  }

  /**
   * The path of a participant's field: {@code participants[P2].acceptsResponsibility}.
   *
   * @param id not null
   * @param field the field name, not null
   * @return the path
   */
  public static String participant(ParticipantId id, String field) {
    String value = id.value();
    int slot = (value.hashCode() * 31 + field.hashCode()) & (PARTICIPANT_PATHS.length - 1);
    Path known = PARTICIPANT_PATHS[slot];
    if (known != null && known.field.equals(field) && known.id.equals(value)) {
      return known.path;
    }
    String path = "participants[" + value + "]." + field;
    PARTICIPANT_PATHS[slot] = new Path(value, field, path);
    return path;
  }

  /**
   * A fact path already built, for an id and a field. The paths of the ids that recur from case
   * to case ({@code P1}, {@code P2}) are built once instead of for every decision: each table
   * below keeps the last path built in each of its slots (a fixed size, so at most that many
   * paths are kept, whatever the number of cases). Entries are immutable and published through
   * final fields, so threads that share the table see either a whole entry or none.
   */
  private static final class Path {
    final String id;
    final String field;
    final String path;

    Path(String id, String field, String path) {
      this.id = id;
      this.field = field;
      this.path = path;
    }
  }

  private static final Path[] PARTICIPANT_PATHS = new Path[512];

  private static final Path[] CONSENT_PATHS = new Path[128];

  /**
   * The path of a sentence's field: {@code sentences[0].term}.
   *
   * @param index the position in the document, 0 or more
   * @param field the field name, not null
   * @return the path
   */
  public static String sentence(int index, String field) {
    if (index >= 0 && index < SENTENCE_PATHS.length) {
      for (int f = 0; f < SENTENCE_FIELDS.length; f++) {
        if (SENTENCE_FIELDS[f].equals(field)) {
          return SENTENCE_PATHS[index][f];
        }
      }
    }
    return "sentences[" + index + "]." + field;
  }

  /** The sentence fields the rules name, whose paths for the first sentences are constants. */
  private static final String[] SENTENCE_FIELDS =
      {"kind", "term", "consecutiveTo", "startsOn", "imposedOn"};

  /** {@code sentences[i].field} for the first sixteen sentences, built once. */
  private static final String[][] SENTENCE_PATHS = new String[16][SENTENCE_FIELDS.length];

  static {
    for (int i = 0; i < SENTENCE_PATHS.length; i++) {
      for (int f = 0; f < SENTENCE_FIELDS.length; f++) {
        SENTENCE_PATHS[i][f] = "sentences[" + i + "]." + SENTENCE_FIELDS[f];
      }
    }
  }

  /**
   * The path of an offence's field: {@code offences[0].committedOn}.
   *
   * @param index the position in the document, 0 or more
   * @param field the field name, not null
   * @return the path
   */
  public static String offence(int index, String field) {
    return "offences[" + index + "]." + field;
  }

  /**
   * The path of a participant's consent: {@code consents[P1]}, optionally with a field
   * ({@code consents[P1].form}).
   *
   * @param id not null
   * @return the path
   */
  public static String consent(ParticipantId id) {
    String value = id.value();
    int slot = value.hashCode() & (CONSENT_PATHS.length - 1);
    Path known = CONSENT_PATHS[slot];
    if (known != null && known.id.equals(value)) {
      return known.path;
    }
    String path = "consents[" + value + "]";
    CONSENT_PATHS[slot] = new Path(value, "", path);
    return path;
  }
}
