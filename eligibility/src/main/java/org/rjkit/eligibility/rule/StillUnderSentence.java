package org.rjkit.eligibility.rule;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rjkit.core.language.Message;
import org.rjkit.core.sentence.PenitentiaryService;
import org.rjkit.core.sentence.Sentence;
import org.rjkit.core.sentence.SentenceId;
import org.rjkit.core.sentence.Sentences;
import org.rjkit.core.sentence.SupervisionStatus;
import org.rjkit.core.truth.Truth;

/**
 * The offender is still under sentence on {@code asOf} (CCRA s.2(1) "offender", s.2.1). A stated
 * {@code supervision.status} decides: in custody, on day or full parole, on statutory release or
 * under long-term supervision (a deemed offender) is MET; {@code WARRANT_EXPIRED} gives
 * {@code whenExpired}. Without a status it is derived from the penitentiary sentences only, the
 * same sentences as {@link FederalSentence} (Criminal Code s.743.1): life and indeterminate
 * sentences never expire; a chain of two years or more in the aggregate ends at its start plus
 * its aggregate term; a term imposed while one of them was being served is served in a
 * penitentiary too and extends it (s.743.1(2)). MET while one of them is being served,
 * {@code whenExpired} once all have ended. A provincial term still being served does not count:
 * it is not a federal sentence.
 *
 * @param whenExpired the status once the sentence has expired: REVIEW where the programme's
 *     practice after warrant expiry is not established, NOT_MET where it is known to end
 * @since 1.0
 */
public record StillUnderSentence(RuleStatus whenExpired) implements RuleDefinition {

  private static final String STATUS = "supervision.status";
  private static final List<String> STATUS_FACTS = List.of(STATUS);
  private static final Map<SupervisionStatus, Message> UNDER_SENTENCE =
      Finding.byValue("reason.StillUnderSentence.status", SupervisionStatus.class);
  private static final Message SERVING = Message.of("reason.StillUnderSentence.serving");
  private static final Message AFTER_EXPIRY_REVIEWED =
      Message.of("reason.StillUnderSentence.afterExpiry.review");
  private static final Message AFTER_EXPIRY_REFUSED =
      Message.of("reason.StillUnderSentence.afterExpiry.notMet");

  /**
   * Checks that the status after expiry is a decided one.
   *
   * @param whenExpired the status once the sentence has expired: REVIEW where the programme's
   *     practice after warrant expiry is not established, NOT_MET where it is known to end
   */
  public StillUnderSentence {
    checkNotNull(whenExpired, "whenExpired");
    checkArgument(whenExpired == RuleStatus.REVIEW || whenExpired == RuleStatus.NOT_MET,
        "whenExpired must be REVIEW or NOT_MET");
  }

  @Override
  public Finding evaluate(ScreeningFacts facts) {
    Optional<SupervisionStatus> status = facts.caseFile().supervision();
    if (status.isPresent()) {
      if (status.get().isUnderSentence()) {
        return Finding.met(UNDER_SENTENCE.get(status.get()), STATUS_FACTS);
      }
      return Finding.of(whenExpired, Finding.text("reason.StillUnderSentence.warrantExpired",
          afterExpiry()), List.of(STATUS));
    }
    Optional<Sentences> known = facts.caseFile().sentences();
    if (known.isEmpty()) {
      return Finding.unknown(Finding.text("reason.StillUnderSentence.unknown"),
          List.of(STATUS, "sentences"));
    }
    Sentences sentences = known.get();
    List<String> used = new ArrayList<>();
    if (sentences.hasIndefiniteSentence()) {
      for (int i = 0; i < sentences.all().size(); i++) {
        used.add(ScreeningFacts.sentence(i, "kind"));
      }
      return Finding.met(Finding.text("reason.StillUnderSentence.indefinite"), used);
    }
    PenitentiaryService service = sentences.penitentiaryServiceOn(facts.asOf());
    SentenceFacts index = new SentenceFacts(sentences);
    // the fields of distinct sentences, each named once
    used = new SentenceFacts.Distinct(2 * sentences.all().size() + 1);
    for (int i = 0; i < sentences.all().size(); i++) {
      if (sentences.all().get(i) instanceof Sentence.Imprisonment) {
        index.addTermAt(i, true, used);
      }
    }
    for (SentenceId id : service.servedInPenitentiary()) {
      used.add(index.fact(id, "imposedOn"));
    }
    if (service.serving() == Truth.YES) {
      return Finding.met(service.servedInPenitentiary().isEmpty()
          ? SERVING
          : Finding.text("reason.StillUnderSentence.serving.extended",
              Vocabulary.ids(service.servedInPenitentiary())), used);
    }
    if (service.serving() == Truth.UNKNOWN) {
      List<String> missing = new ArrayList<>();
      missing.add(STATUS);
      List<String> withStatus = new ArrayList<>(used.size() + 1);
      withStatus.add(STATUS);
      withStatus.addAll(used);
      used = withStatus;
      for (SentenceId first : service.startNeeded()) {
        missing.add(index.fact(first, "startsOn"));
      }
      return Finding.unknown(Finding.text("reason.StillUnderSentence.startNeeded"), used,
          missing);
    }
    if (used.isEmpty()) {
      used.add("sentences");
    }
    return Finding.of(whenExpired, Finding.text("reason.StillUnderSentence.expired",
        afterExpiry()), used);
  }

  private Message afterExpiry() {
    return whenExpired == RuleStatus.REVIEW ? AFTER_EXPIRY_REVIEWED : AFTER_EXPIRY_REFUSED;
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
