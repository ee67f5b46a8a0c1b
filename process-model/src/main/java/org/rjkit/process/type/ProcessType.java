package org.rjkit.process.type;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.rjkit.process.type.Participation.MAY_JOIN;
import static org.rjkit.process.type.Participation.NOT_INVOLVED;
import static org.rjkit.process.type.Participation.REQUIRED;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import java.util.List;
import java.util.Set;
import org.rjkit.core.citation.Citation;
import org.rjkit.core.language.Message;
import org.rjkit.core.language.Messages;
import org.rjkit.core.language.Text;
import org.rjkit.process.citation.ProcessSources;

/**
 * The restorative processes rjkit models (domain-rules §11; CSC formats CA-RO-31; seeds 000-004).
 * For each: who must take part, which channels it uses, what the facilitator does, whether
 * supporters and community members may join, and whether it ends in an outcome agreement that is
 * followed up. A case may change its process type (a victim who will not meet may write instead).
 *
 * <p>Never persist {@link #ordinal()}: persist {@link #name()}.
 *
 * @since 1.0
 */
public enum ProcessType {
  /** Direct mediation: the parties meet, face to face or by telephone or video conference. */
  DIRECT_MEDIATION(Facilitation.ATTENDS, REQUIRED, REQUIRED, MAY_JOIN, NOT_INVOLVED, false,
      Sets.immutableEnumSet(Channel.FACE_TO_FACE, Channel.TELEPHONE, Channel.VIDEO_CONFERENCE),
      List.of(ProcessSources.CSC_FACT_SHEET_OFFENDERS, ProcessSources.HOME_OFFICE,
          ProcessSources.EDUCALOI)),
  /** Indirect (shuttle) mediation: the facilitator relays messages between the parties. */
  INDIRECT_MEDIATION(Facilitation.RELAYS, REQUIRED, REQUIRED, NOT_INVOLVED, NOT_INVOLVED, false,
      Sets.immutableEnumSet(Channel.RELAYED_MESSAGE, Channel.LETTER, Channel.VIDEO_RECORDING,
          Channel.AUDIO_RECORDING),
      List.of(ProcessSources.CSC_FACT_SHEET_OFFENDERS, ProcessSources.HOME_OFFICE,
          ProcessSources.UN_HANDBOOK)),
  /** An exchange of letters passed on by the facilitator. */
  LETTERS(Facilitation.RELAYS, REQUIRED, REQUIRED, NOT_INVOLVED, NOT_INVOLVED, false,
      Sets.immutableEnumSet(Channel.LETTER),
      List.of(ProcessSources.CSC_FACT_SHEET_OFFENDERS, ProcessSources.VICTIM_CARE_UNIT)),
  /** Recorded video messages passed on by the facilitator. */
  VIDEO_MESSAGES(Facilitation.RELAYS, REQUIRED, REQUIRED, NOT_INVOLVED, NOT_INVOLVED, false,
      Sets.immutableEnumSet(Channel.VIDEO_RECORDING),
      List.of(ProcessSources.CSC_BROCHURE, ProcessSources.VICTIM_CARE_UNIT)),
  /** Recorded audio (verbal) messages passed on by the facilitator. */
  AUDIO_MESSAGES(Facilitation.RELAYS, REQUIRED, REQUIRED, NOT_INVOLVED, NOT_INVOLVED, false,
      Sets.immutableEnumSet(Channel.AUDIO_RECORDING),
      List.of(ProcessSources.CSC_FACT_SHEET_OFFENDERS, ProcessSources.VICTIM_CARE_UNIT)),
  /** A conference of the parties with their supporters (family group conferencing). */
  CONFERENCING(Facilitation.ATTENDS, REQUIRED, REQUIRED, MAY_JOIN, MAY_JOIN, false,
      Sets.immutableEnumSet(Channel.FACE_TO_FACE, Channel.VIDEO_CONFERENCE),
      List.of(ProcessSources.HOME_OFFICE, ProcessSources.EU_RECITAL_46)),
  /** A talking circle: the parties, their families and the community, guided by a keeper. */
  TALKING_CIRCLE(Facilitation.ATTENDS, REQUIRED, REQUIRED, MAY_JOIN, MAY_JOIN, false,
      Sets.immutableEnumSet(Channel.FACE_TO_FACE),
      List.of(ProcessSources.EDUCALOI)),
  /** A healing circle. */
  HEALING_CIRCLE(Facilitation.ATTENDS, REQUIRED, REQUIRED, MAY_JOIN, MAY_JOIN, false,
      Sets.immutableEnumSet(Channel.FACE_TO_FACE),
      List.of(ProcessSources.EDUCALOI)),
  /** A sentencing circle. */
  SENTENCING_CIRCLE(Facilitation.ATTENDS, REQUIRED, REQUIRED, MAY_JOIN, MAY_JOIN, false,
      Sets.immutableEnumSet(Channel.FACE_TO_FACE),
      List.of(ProcessSources.EU_RECITAL_46)),
  /** A letter of apology from the responsible party, passed on by the facilitator. */
  LETTER_OF_APOLOGY(Facilitation.RELAYS, REQUIRED, REQUIRED, NOT_INVOLVED, NOT_INVOLVED, false,
      Sets.immutableEnumSet(Channel.LETTER),
      List.of(ProcessSources.EDUCALOI, ProcessSources.NZ_SENTENCING_ACT_S10)),
  /** Financial compensation of the harmed party, agreed and followed up. */
  FINANCIAL_COMPENSATION(Facilitation.ARRANGES, REQUIRED, REQUIRED, NOT_INVOLVED, NOT_INVOLVED, true,
      Sets.immutableEnumSet(List.<Channel>of()),
      List.of(ProcessSources.EDUCALOI, ProcessSources.NZ_SENTENCING_ACT_S10)),
  /** A donation to a community organisation; the harmed party may propose it but need not take part. */
  COMMUNITY_DONATION(Facilitation.ARRANGES, MAY_JOIN, REQUIRED, NOT_INVOLVED, MAY_JOIN, true,
      Sets.immutableEnumSet(List.<Channel>of()),
      List.of(ProcessSources.EDUCALOI)),
  /**
   * Community reparation (community service, repairing damage); it can go ahead without the
   * harmed party.
   */
  COMMUNITY_REPARATION(Facilitation.ARRANGES, MAY_JOIN, REQUIRED, NOT_INVOLVED, MAY_JOIN, true,
      Sets.immutableEnumSet(List.<Channel>of()),
      List.of(ProcessSources.EDUCALOI, ProcessSources.HOME_OFFICE,
          ProcessSources.NZ_SENTENCING_ACT_S10));

  private final Facilitation facilitation;
  private final Participation harmed;
  private final Participation responsible;
  private final Participation supporters;
  private final Participation community;
  private final boolean needsAgreement;
  private final Set<Channel> channels;
  private final List<Citation> citations;

  ProcessType(Facilitation facilitation, Participation harmed,
      Participation responsible, Participation supporters, Participation community,
      boolean needsAgreement, Set<Channel> channels, List<Citation> citations) {
    this.facilitation = facilitation;
    this.harmed = harmed;
    this.responsible = responsible;
    this.supporters = supporters;
    this.community = community;
    this.needsAgreement = needsAgreement;
    this.channels = channels;
    this.citations = ImmutableList.copyOf(citations);
  }

  /**
   * The name of the process type ("direct mediation", « médiation directe »), from the process
   * bundle by the key {@code ProcessType.<CONSTANT>}.
   *
   * @return the name, never null
   */
  public Text label() {
    return Message.of(Messages.enumKey(this));
  }

  /**
   * One sentence saying what happens in the process, from the process bundle by the key
   * {@code ProcessType.<CONSTANT>.description}.
   *
   * @return the description, never null
   */
  public Text description() {
    return Message.of(Messages.enumKey(this) + ".description");
  }

  /** {@return what the facilitator does} */
  public Facilitation facilitation() {
    return facilitation;
  }

  /**
   * {@return the channels the process uses, in declaration order; empty when the parties do not communicate}
   */
  public Set<Channel> channels() {
    return channels;
  }

  /**
   * Whether a participant in a process role takes part, and whether the process needs them.
   * Facilitators are {@link Participation#NOT_INVOLVED}: they conduct the process and no consent
   * guard applies to them.
   *
   * @param role not null
   * @return the participation
   */
  public Participation participation(ProcessRole role) {
    checkNotNull(role, "role");
    return switch (role) {
      case HARMED_PARTY -> harmed;
      case RESPONSIBLE_PARTY -> responsible;
      case SUPPORTER -> supporters;
      case COMMUNITY_MEMBER -> community;
      case FACILITATOR -> NOT_INVOLVED;
    };
  }

  /**
   * {@return whether the process can go ahead without the harmed party (community reparation can)}
   */
  public boolean canProceedWithoutHarmedParty() {
    return harmed != REQUIRED;
  }

  /** {@return whether supporters may join} */
  public boolean supportersMayJoin() {
    return supporters.takesPart();
  }

  /** {@return whether the process holds meetings (in person, by telephone or video)} */
  public boolean holdsMeetings() {
    return channels.stream().anyMatch(Channel::isMeeting);
  }

  /** {@return whether the facilitator relays messages between the participants} */
  public boolean relaysMessages() {
    return facilitation == Facilitation.RELAYS;
  }

  /**
   * {@return whether the process is complete only once an outcome agreement has been followed up}
   */
  public boolean needsAgreement() {
    return needsAgreement;
  }

  /** {@return the sources that describe the process type} */
  public List<Citation> citations() {
    return citations;
  }
}
